package io.notewell.user.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A US National Provider Identifier: ten digits whose last is the Luhn check digit computed over the
 * card-issuer prefix 80840 and the first nine (the CMS standard).
 */
@Constraint(validatedBy = NationalProviderIdentifier.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NationalProviderIdentifier {
    String message() default "must be a 10-digit National Provider Identifier with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NationalProviderIdentifier, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValidNpi(value);
        }

        static boolean isValidNpi(String npi) {
        if (!npi.matches("[0-9]{10}")) {
            return false;
        }
        String digits = "80840" + npi;
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
        }
    }
}

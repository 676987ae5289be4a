package io.notewell.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The string must be the name of a constant of the given enum (case-sensitive, as the contract spells
 * them). Keeps enum fields as strings at the edge so that a wrong value is reported against its field
 * with the allowed values, rather than as an unreadable body.
 */
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    Class<? extends Enum<?>> value();

    String message() default "must be one of: {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {
        private String allowed;
        private java.util.Set<String> names;

        @Override
        public void initialize(OneOf annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            allowed = String.join(", ", names);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || names.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of: " + allowed.replace("{", "\\{"))
                    .addConstraintViolation();
            return false;
        }
    }
}

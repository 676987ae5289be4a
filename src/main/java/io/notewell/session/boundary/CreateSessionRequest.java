package io.notewell.session.boundary;

import io.notewell.platform.OneOf;
import io.notewell.platform.Uuid;
import io.notewell.session.control.SessionDates;
import io.notewell.session.entity.RecordingContent;
import io.notewell.session.entity.SessionType;
import io.notewell.user.entity.Pronouns;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The create-session request of the contract, with every rule of the specification. A class with public
 * fields rather than a record: Payara's OpenAPI scanner fails on constraints propagated to record
 * constructor parameters.
 */
@Schema(name = "CreateSessionRequest", description = "Therapy session creation request")
@CreateSessionRequest.Consistent
public class CreateSessionRequest {

    public static final int MAX_PLAN = 100_000;
    public static final int MAX_TEXT = 500_000;

    @Schema(required = true, description = "The provider's userId (returned when the provider was created). "
            + "Your own ids (partnerUserId) are not accepted here.")
    @NotBlank @Uuid
    public String providerUserId;

    @Schema(description = "The client's userId. The provider must have access to the client.")
    @Uuid
    public String clientUserId;

    @Schema(description = "Pronouns of the client, used when clientUserId is not given. Cannot be used with clientUserId.",
            implementation = Pronouns.class)
    @OneOf(Pronouns.class)
    public String clientPronouns;

    @Schema(required = true, implementation = SessionType.class,
            description = "Note format. Couple sessions (CoupleStandard, CoupleSoap, CoupleDap) are not supported yet.")
    @NotBlank @OneOf(SessionType.class)
    public String sessionType;

    @Schema(required = true, description = "Exactly one of recording or text")
    @NotNull @Valid
    public Input input;

    @Schema(description = "Date and time of the session, ISO 8601; now when absent", example = "2025-03-14T15:00:00Z")
    public String date;

    @Schema(description = "Your identifier of the appointment; included in webhook payloads")
    @Size(max = 255)
    public String partnerAppointmentId;

    @Schema(description = "Markdown treatment plan used as context for the note; erased once the note is written. "
            + "It cannot be added or changed later.", maxLength = MAX_PLAN)
    @Size(max = MAX_PLAN)
    public String externalTreatmentPlan;

    @Schema(name = "SessionInput", description = "Either a recording or text notes")
    public static class Input {
        @Valid
        public Recording recording;
        @Valid
        public Text text;
    }

    @Schema(name = "RecordingInput")
    public static class Recording {
        @Schema(required = true, description = "URLs of the recording files (from /recording-url), concatenated in this order")
        @NotEmpty @Size(max = 50)
        public List<@NotNull @RecordingUri String> recordingUrls;

        @Schema(required = true, implementation = RecordingContent.class,
                description = "DictatedNotes: the clinician speaking about the session; Recording: the session itself")
        @NotBlank @OneOf(RecordingContent.class)
        public String recordingContent;
    }

    @Schema(name = "TextInput")
    public static class Text {
        @Schema(required = true, description = "The provider's notes of the session, or a transcript of it",
                maxLength = MAX_TEXT)
        @NotBlank @Size(max = MAX_TEXT)
        public String text;
    }

    /** An absolute http(s) URI with a host. Where it may point is checked when recordings are fetched. */
    @Constraint(validatedBy = RecordingUri.Validator.class)
    @Target({ElementType.TYPE_USE, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface RecordingUri {
        String message() default "must be an absolute https, http or s3 URL";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<RecordingUri, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                if (value == null) {
                    return true;
                }
                try {
                    URI uri = new URI(value.strip());
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    return uri.isAbsolute() && (scheme.equals("https") || scheme.equals("http") || scheme.equals("s3")) && uri.getHost() != null;
                } catch (URISyntaxException e) {
                    return false;
                }
            }
        }
    }

    /** The rules that span fields: one input kind, pronouns only without a client, a readable date. */
    @Constraint(validatedBy = Consistent.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Consistent {
        String message() default "inconsistent request";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Consistent, CreateSessionRequest> {
            @Override
            public boolean isValid(CreateSessionRequest r, ConstraintValidatorContext context) {
                if (r == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (r.clientUserId != null && r.clientPronouns != null) {
                    valid = violation(context, "clientPronouns",
                            "cannot be used together with clientUserId: the client's own pronouns are used");
                }
                if (r.input != null && (r.input.recording == null) == (r.input.text == null)) {
                    valid = violation(context, "input", r.input.recording == null
                            ? "must contain either recording or text"
                            : "must contain only one of recording or text, not both");
                }
                if (r.date != null && SessionDates.parse(r.date).isEmpty()) {
                    valid = violation(context, "date", "must be " + SessionDates.FORMS);
                }
                return valid;
            }

            private static boolean violation(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}

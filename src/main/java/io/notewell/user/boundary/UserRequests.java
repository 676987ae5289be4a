package io.notewell.user.boundary;

import io.notewell.platform.IsoDate;
import io.notewell.platform.OneOf;
import io.notewell.platform.Uuid;
import io.notewell.session.entity.SessionType;
import io.notewell.user.control.NationalProviderIdentifier;
import io.notewell.user.entity.NoteIdentifier;
import io.notewell.user.entity.Pronouns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the user endpoints, validated at the edge. Plain classes with public fields rather
 * than records: Payara's OpenAPI scanner fails on Bean Validation annotations that records propagate to
 * their constructor parameters.
 */
public final class UserRequests {

    static final String LOCALE = "[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*";

    private UserRequests() {
    }

    @Schema(name = "CreateProviderRequest")
    public static class CreateProvider {
        @Schema(required = true, example = "Ada") @NotBlank @Size(max = 100)
        public String firstName;
        @Schema(required = true, example = "Byron") @NotBlank @Size(max = 100)
        public String lastName;
        @Schema(required = true, example = "ada@clinic.example") @NotBlank @Email @Size(max = 254)
        public String email;
        @Schema(description = "Your own id of this user") @Size(min = 1, max = 255)
        public String partnerUserId;
        @Pattern(regexp = "[0-9 ()./-]{4,20}", message = "must be 4 to 20 digits, spaces or ()./-")
        public String phoneNumber;
        @Pattern(regexp = "\\+?[0-9]{1,4}", message = "must be a calling code such as +1 or 44")
        public String phoneCountryCode;
        @Schema(example = "en-US") @Pattern(regexp = LOCALE, message = "must be a language tag such as en-US")
        public String locale;
        @Schema(implementation = SessionType.class) @OneOf(SessionType.class)
        public String defaultSessionType;
        @Schema(example = "1234567893") @NationalProviderIdentifier
        public String nationalProviderIdentifier;
        @Size(max = 100)
        public String therapyLicence;
        @Schema(implementation = NoteIdentifier.class) @OneOf(NoteIdentifier.class)
        public String noteIdentifier;
    }

    @Schema(name = "CreateClientRequest")
    public static class CreateClient {
        @Schema(required = true, description = "userId of the client's provider") @NotBlank @Uuid
        public String therapistUserId;
        @Schema(required = true, example = "Sam") @NotBlank @Size(max = 100)
        public String firstName;
        @Schema(required = true, example = "Rivera") @NotBlank @Size(max = 100)
        public String lastName;
        @Email @Size(max = 254)
        public String email;
        @Schema(example = "en-US") @Pattern(regexp = LOCALE, message = "must be a language tag such as en-US")
        public String locale;
        @Schema(implementation = Pronouns.class) @OneOf(Pronouns.class)
        public String pronoun;
        @Size(min = 1, max = 255)
        public String partnerUserId;
        @Schema(implementation = SessionType.class) @OneOf(SessionType.class)
        public String defaultSessionType;
        @Schema(example = "1988-04-23", format = "date") @IsoDate
        public String dateOfBirth;
    }

    @Schema(name = "CheckUserRequest")
    public static class CheckUser {
        @Schema(required = true) @NotBlank @Email @Size(max = 254)
        public String email;
    }

    @Schema(name = "CheckUserResponse")
    public record CheckUserResult(boolean exists, String userId, String type) {
    }
}

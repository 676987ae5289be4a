package io.notewell.user.boundary;

import io.notewell.user.entity.User;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the API shows it; absent attributes are omitted. */
@Schema(name = "User")
public record UserView(String userId, @Schema(enumeration = {"Provider", "Client"}) String type, String partnerUserId,
                       String firstName, String lastName, String email, String phoneNumber, String phoneCountryCode,
                       String locale, String defaultSessionType, String nationalProviderIdentifier, String therapyLicence,
                       String noteIdentifier, String pronoun, LocalDate dateOfBirth, String therapistUserId,
                       Instant createdAt) {

    static UserView of(User u) {
        return new UserView(u.id(), u.kind().name(), u.partnerUserId(), u.firstName(), u.lastName(), u.email(),
                u.phoneNumber(), u.phoneCountryCode(), u.locale(), u.defaultSessionType(), u.nationalProviderIdentifier(),
                u.therapyLicence(), u.noteIdentifier() == null ? null : u.noteIdentifier().name(),
                u.pronoun() == null ? null : u.pronoun().name(), u.dateOfBirth(), u.therapistUserId(), u.createdAt());
    }
}

package io.notewell.session.boundary;

import io.notewell.session.entity.TherapySession;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it. The input text and the treatment plan are never returned. */
@Schema(name = "Session")
public record SessionView(
        String sessionId,
        String sessionType,
        Instant date,
        String providerUserId,
        List<String> clientUserIds,
        @Schema(enumeration = {"MasculineHim", "FeminineHer", "NeutralThem"}) String clientPronouns,
        String partnerAppointmentId,
        @Schema(description = "When the session was created; never changes") Instant sessionCreatedAt,
        @Schema(enumeration = {"InProgress", "Processing", "Done", "Error"}) String state,
        SessionError error,
        @Schema(enumeration = {"Text", "Recording"}) String inputType,
        @Schema(enumeration = {"DictatedNotes", "Recording"}) String recordingContent) {

    @Schema(name = "SessionError")
    public record SessionError(String code, String message) {
    }

    static SessionView of(TherapySession s) {
        return new SessionView(s.id(), s.sessionType().name(), s.date(), s.providerId(),
                s.clientId() == null ? List.of() : List.of(s.clientId()),
                s.clientPronouns() == null ? null : s.clientPronouns().name(),
                s.partnerAppointmentId(), s.createdAt(), s.state().name(),
                s.errorCode() == null ? null : new SessionError(s.errorCode(), s.errorMessage()),
                s.inputKind().name(), s.recordingContent() == null ? null : s.recordingContent().name());
    }
}

package io.notewell.session.entity;

import io.notewell.user.entity.Pronouns;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A session's summary as a query reads it, without its content. */
public record SessionRow(String id, SessionType sessionType, Instant date, String providerId, String clientId, Pronouns clientPronouns,
                         String partnerAppointmentId, Instant createdAt, SessionState state, String errorCode, String errorMessage,
                         ProcessingStep step, Instant stateChangedAt, Instant retryAt, InputKind inputKind,
                         RecordingContent recordingContent, Long recordingDurationMs) implements SessionSummary {

    /**
     * The select clause of a JPQL query over {@code TherapySession s} that reads rows: each component is the entity's
     * attribute of the same name.
     */
    public static final String SELECT = Arrays.stream(SessionRow.class.getRecordComponents())
            .map(component -> "s." + component.getName())
            .collect(Collectors.joining(", ", "SELECT NEW " + SessionRow.class.getName() + "(", ")"));
}

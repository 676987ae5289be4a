package io.notewell.session.entity;

import io.notewell.user.entity.Pronouns;
import java.time.Instant;

/** A session's summary as a query reads it, without its content: {@link #SELECT} names the columns in component order. */
public record SessionRow(String id, SessionType sessionType, Instant date, String providerId, String clientId, Pronouns clientPronouns,
                         String partnerAppointmentId, Instant createdAt, SessionState state, String errorCode, String errorMessage,
                         ProcessingStep step, Instant stateChangedAt, Instant retryAt, InputKind inputKind,
                         RecordingContent recordingContent, Long recordingDurationMs) implements SessionSummary {

    /** The select clause of a JPQL query over {@code TherapySession s} that reads rows. */
    public static final String SELECT = "SELECT NEW " + SessionRow.class.getName() + "(s.id, s.sessionType, s.date, s.providerId, "
            + "s.clientId, s.clientPronouns, s.partnerAppointmentId, s.createdAt, s.state, s.errorCode, s.errorMessage, s.step, "
            + "s.stateChangedAt, s.retryAt, s.inputKind, s.recordingContent, s.recordingDurationMs)";
}

package io.notewell.session.entity;

import io.notewell.user.entity.Pronouns;
import java.time.Instant;

/**
 * What a session shows of itself apart from its content: the fields of a listing, read without the encrypted
 * input text and treatment plan (a page of 20 sessions would otherwise decrypt 40 values it never shows).
 */
public interface SessionSummary {

    String id();

    SessionType sessionType();

    Instant date();

    String providerId();

    String clientId();

    Pronouns clientPronouns();

    String partnerAppointmentId();

    Instant createdAt();

    SessionState state();

    String errorCode();

    String errorMessage();

    ProcessingStep step();

    Instant stateChangedAt();

    Instant retryAt();

    InputKind inputKind();

    RecordingContent recordingContent();

    Long recordingDurationMs();
}

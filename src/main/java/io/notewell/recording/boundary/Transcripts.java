package io.notewell.recording.boundary;

import io.notewell.recording.entity.StoredTranscript;
import io.notewell.recording.entity.Transcript;
import io.notewell.session.entity.ProcessingStep;
import io.notewell.session.entity.SessionState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Transcripts of sessions, stored encrypted; and the bookkeeping of a transcription in progress, each in a
 * transaction of its own so that it is visible while the long transcription runs.
 */
@Stateless
public class Transcripts {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Transcript> of(String sessionId) {
        return Optional.ofNullable(em.find(StoredTranscript.class, sessionId)).map(t -> JSONB.fromJson(t.content(), Transcript.class));
    }

    /** The transcript made for {@code revision}, if one was stored (a redelivered message need not transcribe again). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Transcript> forRevision(String sessionId, int revision) {
        StoredTranscript stored = em.find(StoredTranscript.class, sessionId);
        return stored == null || stored.inputRevision() != revision ? Optional.empty()
                : Optional.of(JSONB.fromJson(stored.content(), Transcript.class));
    }

    /** Stores the transcript and the recording's length; the first transcript stored for a session wins. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Transcript store(String sessionId, int revision, String engine, Transcript transcript) {
        StoredTranscript existing = em.find(StoredTranscript.class, sessionId);
        if (existing != null) {
            return JSONB.fromJson(existing.content(), Transcript.class);
        }
        em.persist(new StoredTranscript(sessionId, revision, engine, transcript.durationMs(), JSONB.toJson(transcript)));
        em.createQuery("UPDATE TherapySession s SET s.recordingDurationMs = :duration WHERE s.id = :id")
                .setParameter("duration", transcript.durationMs()).setParameter("id", sessionId).executeUpdate();
        return transcript;
    }

    /** Marks the session as transcribing and keeps its lease fresh; false when it no longer waits for this revision. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean heartbeat(String sessionId, int revision) {
        return em.createQuery("UPDATE TherapySession s SET s.step = :step, s.updatedAt = :now "
                        + "WHERE s.id = :id AND s.state = :processing AND s.inputRevision = :revision")
                .setParameter("step", ProcessingStep.transcribing).setParameter("now", Instant.now())
                .setParameter("id", sessionId).setParameter("processing", SessionState.Processing)
                .setParameter("revision", revision).executeUpdate() == 1;
    }
}

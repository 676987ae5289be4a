package io.notewell.session.boundary;

import io.notewell.note.boundary.NoteWriter;
import io.notewell.note.boundary.Notes;
import io.notewell.note.control.ChatNoteEngine;
import io.notewell.note.control.ExtractiveNoteEngine;
import io.notewell.note.entity.NoteDocument;
import io.notewell.recording.boundary.Transcriber;
import io.notewell.recording.control.TranscriptText;
import io.notewell.recording.entity.Transcript;
import io.notewell.remote.control.ModelRejected;
import io.notewell.remote.control.ModelUnavailable;
import io.notewell.session.control.WorkItem;
import io.notewell.session.entity.InputKind;
import io.notewell.session.entity.ProcessingStep;
import io.notewell.session.entity.RecordingContent;
import io.notewell.session.entity.SessionState;
import io.notewell.session.entity.TherapySession;
import io.notewell.user.entity.User;
import io.notewell.webhook.boundary.WebhookEvents;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps of processing a session. Every step is idempotent: a message for a session that is no longer waiting
 * for that input revision does nothing, and the note is one row per session. A step that fails throws, so that the
 * message is redelivered.
 *
 * <p>A step runs in a transaction of its own, inside the delivery's: the database's changes commit alone, in one
 * phase, and only then is the message acknowledged. A crash between the two redelivers a message whose step is done,
 * which does nothing; a step that fails rolls back its own changes and, by rethrowing, the delivery. One transaction
 * around both needed the broker's two phases and the transaction log on every note (2 of the 3 ms its commit took
 * here), and the partner's webhook waited for them.
 */
@Stateless
public class SessionProcessing {

    public static final String LOW_CONTENT = "low-content-transcript";
    public static final String PROCESSING_FAILED = "processing-failed";
    public static final String FILE_CONVERSION_FAILED = "file-conversion-failed";
    public static final String ENGINE_UNAVAILABLE = "engine-unavailable";
    public static final String NOTE_GENERATION_FAILED = "note-generation-failed";
    public static final String TRANSCRIPTION_FAILED = "transcription-failed";

    private static final Logger LOG = Logger.getLogger(SessionProcessing.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NoteWriter noteWriter;

    @Inject
    Notes notes;

    @Inject
    Transcriber transcriber;

    @Inject
    WebhookEvents events;

    @Inject
    @ConfigProperty(name = "notewell.engines.max-wait-seconds", defaultValue = "3600")
    long maxWaitSeconds;

    @Inject
    @ConfigProperty(name = "notewell.engines.retry-seconds", defaultValue = "15")
    long retrySeconds;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void process(WorkItem item) {
        TherapySession session = em.find(TherapySession.class, item.sessionId());
        if (session == null || session.inputRevision() < item.revision()) {
            // the two phases of the sender's commit may reach the broker before the database: try again shortly
            throw new NotYetVisible(item);
        }
        if (!session.awaits(item.revision())) {
            LOG.fine(() -> "Nothing to do for " + item);
            return;
        }
        long waited = Duration.between(session.updatedAt(), Instant.now()).toMillis();
        String input = session.inputText();
        boolean dictation = false;
        Transcript transcript = null;
        TranscriptText.Rendered rendered = null;
        if (session.inputKind() == InputKind.Recording) {
            Transcriber.Outcome outcome;
            try {
                outcome = transcriber.transcribe(session.id(), item.revision(), session.partnerId(), session.recordingUrls());
            } catch (ModelUnavailable unavailable) {
                em.refresh(session);
                if (session.awaits(item.revision())) {
                    waitForEngine(session, "speech", unavailable);
                }
                return;
            } catch (ModelRejected rejected) {
                em.refresh(session);
                if (session.awaits(item.revision())) {
                    session.fail(TRANSCRIPTION_FAILED, "The speech service could not transcribe the recording: " + rejected.getMessage()
                            + ". Check the recording, or contact the operator about the speech engine.");
                    ended(session);
                }
                return;
            }
            em.refresh(session);
            if (!session.awaits(item.revision())) {
                return;
            }
            if (outcome.undecodable() != null) {
                session.fail(FILE_CONVERSION_FAILED, outcome.undecodable());
                ended(session);
                return;
            }
            transcript = outcome.transcript();
            dictation = session.recordingContent() == RecordingContent.DictatedNotes;
            rendered = TranscriptText.render(transcript, dictation);
            input = rendered.text();
        }
        session.begin(ProcessingStep.writing_note);
        try {
            long started = System.nanoTime();
            NoteWriter.Written written = noteWriter.write(new ExtractiveNoteEngine.Request(input, session.sessionType(),
                    dictation, session.clientPronouns(), clinicianName(session), session.treatmentPlan()));
            NoteDocument note = written.note();
            if (transcript != null) {
                note = TranscriptText.withRecordingEvidence(note, transcript, rendered);
            }
            long engineDone = System.nanoTime();
            notes.store(session.id(), item.revision(), written.engine(), note);
            session.markDone();
            ended(session);
            long stored = System.nanoTime();
            LOG.info(() -> "Session " + session.id() + " note written: waited " + waited + " ms for a worker, engine "
                    + millis(engineDone - started) + " ms, storing " + millis(stored - engineDone) + " ms");
        } catch (ExtractiveNoteEngine.LowContentException tooShort) {
            session.fail(LOW_CONTENT, (transcript == null ? "The input has " : "The recording's transcript has ") + tooShort.words()
                    + " words of content; a note needs about 140 or more. " + (transcript == null
                    ? "Send fuller notes or a longer recording." : "Check that the recording holds the session and is audible."));
            ended(session);
        } catch (ModelUnavailable unavailable) {
            waitForEngine(session, "note", unavailable);
        } catch (ChatNoteEngine.AnswerInvalid | ModelRejected unusable) {
            session.fail(NOTE_GENERATION_FAILED, unusable.getMessage() + (unusable instanceof ModelRejected ? "." : "")
                    + " Update the session input to try again, or contact the operator about the note engine.");
            ended(session);
        }
    }

    /** Nanoseconds as milliseconds to a tenth: whole milliseconds, cut off, made the benchmark's mean half a millisecond short. */
    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    /**
     * The remote engine cannot answer now: the session waits (the worker is free for other sessions) and the
     * recovery sweep queues it again when the wait is over: at least what the service asked for (Retry-After),
     * otherwise as long as it has waited so far (between {@code notewell.engines.retry-seconds} and five
     * minutes). After {@code notewell.engines.max-wait-seconds} in all it ends in Error.
     */
    private void waitForEngine(TherapySession session, String engine, ModelUnavailable unavailable) {
        Instant now = Instant.now();
        Instant since = session.engineWaitSince() == null ? now : session.engineWaitSince();
        Duration waited = Duration.between(since, now);
        if (waited.compareTo(Duration.ofSeconds(maxWaitSeconds)) >= 0) {
            session.fail(ENGINE_UNAVAILABLE, "The " + engine + " engine could not be reached for " + waited.toSeconds()
                    + " s (" + unavailable.getMessage() + "). Contact the operator; update the session input to try again.");
            ended(session);
            return;
        }
        Duration backoff = waited.compareTo(Duration.ofSeconds(retrySeconds)) < 0 ? Duration.ofSeconds(retrySeconds)
                : waited.compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5) : waited;
        Duration delay = unavailable.retryAfter().filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
        session.awaitEngine(now.plus(delay));
        LOG.info(() -> "Session " + session.id() + " waits " + delay.toSeconds() + " s for the " + engine + " engine: "
                + unavailable.getMessage());
    }

    /** The work message arrived before the change that sent it is visible in the database. */
    @ApplicationException(rollback = true)
    public static class NotYetVisible extends RuntimeException {
        NotYetVisible(WorkItem item) {
            super("session " + item.sessionId() + " revision " + item.revision() + " is not visible yet", null, false, false);
        }
    }

    /**
     * After the last redelivery: the session ends in Error so that the partner learns of it. A bulk update,
     * not an entity change: the failure may be that the row cannot be read at all (a wrong encryption key).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveUp(WorkItem item, String incident) {
        Instant now = Instant.now();
        int updated = em.createQuery("UPDATE TherapySession s SET s.state = :error, s.step = :failed, s.errorCode = :code, "
                        + "s.errorMessage = :message, s.treatmentPlan = NULL, s.stateChangedAt = :now, s.updatedAt = :now, "
                        + "s.version = s.version + 1 WHERE s.id = :id AND s.state = :processing AND s.inputRevision = :revision")
                .setParameter("error", SessionState.Error).setParameter("failed", ProcessingStep.failed)
                .setParameter("code", PROCESSING_FAILED)
                .setParameter("message", "The note could not be written after several attempts (incident " + incident
                        + "). Update the session input to try again, or contact the operator.")
                .setParameter("now", now).setParameter("id", item.sessionId())
                .setParameter("processing", SessionState.Processing).setParameter("revision", item.revision())
                .executeUpdate();
        if (updated == 1) {
            // the columns an event needs are not encrypted: readable even when the row's content is not
            Object[] row = em.createQuery("SELECT s.partnerId, s.providerId, s.clientId, s.partnerAppointmentId FROM TherapySession s "
                    + "WHERE s.id = :id", Object[].class).setParameter("id", item.sessionId()).getSingleResult();
            events.sessionEnded((String) row[0], item.sessionId(), SessionState.Error, PROCESSING_FAILED, (String) row[1],
                    (String) row[2], (String) row[3]);
        }
    }

    /** The partner is told, in this transaction, that the session reached Done or Error. */
    private void ended(TherapySession session) {
        events.sessionEnded(session);
    }

    /** How the note names the provider: the provider's noteIdentifier, "Clinician" by default. */
    private String clinicianName(TherapySession session) {
        User provider = em.find(User.class, session.providerId());
        if (provider == null || provider.noteIdentifier() == null) {
            return "Clinician";
        }
        return switch (provider.noteIdentifier()) {
            case FirstName -> provider.firstName();
            case DrLastName -> "Dr. " + provider.lastName();
            case PeerSupportSpecialist -> "Peer support specialist";
            case CaseManager -> "Case manager";
            default -> provider.noteIdentifier().name();
        };
    }
}

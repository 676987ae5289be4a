package io.notewell.session.boundary;

import io.notewell.note.boundary.NoteWriter;
import io.notewell.note.boundary.Notes;
import io.notewell.note.control.ExtractiveNoteEngine;
import io.notewell.note.entity.NoteDocument;
import io.notewell.session.control.WorkItem;
import io.notewell.session.entity.InputKind;
import io.notewell.session.entity.ProcessingStep;
import io.notewell.session.entity.TherapySession;
import io.notewell.user.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * The steps of processing a session, each in the transaction of the message that asked for it. Every step
 * is idempotent: a message for a session that is no longer waiting for that input revision does nothing,
 * and the note is one row per session. A step that fails throws, so that the message is redelivered.
 */
@Stateless
public class SessionProcessing {

    public static final String LOW_CONTENT = "low-content-transcript";
    public static final String PROCESSING_FAILED = "processing-failed";
    public static final String UNSUPPORTED_INPUT = "unsupported-input";

    private static final Logger LOG = Logger.getLogger(SessionProcessing.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NoteWriter noteWriter;

    @Inject
    Notes notes;

    public void process(WorkItem item) {
        TherapySession session = em.find(TherapySession.class, item.sessionId());
        if (session == null || !session.awaits(item.revision())) {
            LOG.fine(() -> "Nothing to do for " + item);
            return;
        }
        if (session.inputKind() != InputKind.Text) {
            session.fail(UNSUPPORTED_INPUT, "Recordings cannot be processed by this version of Notewell yet.");
            return;
        }
        session.begin(ProcessingStep.writing_note);
        try {
            NoteDocument note = noteWriter.write(new ExtractiveNoteEngine.Request(session.inputText(), session.sessionType(),
                    false, session.clientPronouns(), clinicianName(session), session.treatmentPlan()));
            notes.store(session.id(), item.revision(), noteWriter.engineName(), note);
            session.markDone();
        } catch (ExtractiveNoteEngine.LowContentException tooShort) {
            session.fail(LOW_CONTENT, "The input has " + tooShort.words() + " words of content; a note needs about 140 or more. "
                    + "Send fuller notes or a longer recording.");
        }
    }

    /** After the last redelivery: the session ends in Error so that the partner learns of it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveUp(WorkItem item, String incident) {
        TherapySession session = em.find(TherapySession.class, item.sessionId());
        if (session != null && session.awaits(item.revision())) {
            session.fail(PROCESSING_FAILED, "The note could not be written after several attempts (incident " + incident
                    + "). Update the session input to try again, or contact the operator.");
        }
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

package io.notewell.note.boundary;

import io.notewell.note.entity.Note;
import io.notewell.note.entity.NoteDocument;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores and reads the note of a session. One note per session; a newer input revision replaces it. */
@Stateless
public class Notes {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void store(String sessionId, int revision, String engine, NoteDocument document) {
        String content = JSONB.toJson(document);
        Note existing = em.find(Note.class, sessionId);
        if (existing == null) {
            em.persist(new Note(sessionId, revision, document.template(), engine, content));
        } else {
            existing.replace(revision, document.template(), engine, content);
        }
    }

    /** A stored note and the engine that wrote it. */
    public record Stored(NoteDocument document, String engine) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Stored> of(String sessionId) {
        return Optional.ofNullable(em.find(Note.class, sessionId))
                .map(n -> new Stored(JSONB.fromJson(n.content(), NoteDocument.class), n.engine()));
    }
}

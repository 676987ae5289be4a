package io.notewell.note.entity;

import io.notewell.platform.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The note of a session (one per session: a rewrite replaces it). Its content is encrypted at rest. */
@Entity
@Table(name = "session_note")
public class Note {

    @Id
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "input_revision", nullable = false)
    private int inputRevision;
    @Column(nullable = false)
    private String template;
    @Column(nullable = false)
    private String engine;
    @Convert(converter = EncryptedText.class)
    @Column(nullable = false)
    private String content;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Note() {
    }

    public Note(String sessionId, int inputRevision, String template, String engine, String content) {
        this.sessionId = Objects.requireNonNull(sessionId);
        this.inputRevision = inputRevision;
        this.template = Objects.requireNonNull(template);
        this.engine = Objects.requireNonNull(engine);
        this.content = Objects.requireNonNull(content);
        this.createdAt = Instant.now();
    }

    /** A rewrite for a newer input revision. */
    public void replace(int revision, String template, String engine, String content) {
        if (revision <= inputRevision) {
            throw new IllegalStateException("a note is replaced only by one for a newer input");
        }
        this.inputRevision = revision;
        this.template = template;
        this.engine = engine;
        this.content = content;
        this.createdAt = Instant.now();
    }

    public String sessionId() { return sessionId; }
    public int inputRevision() { return inputRevision; }
    public String template() { return template; }
    public String engine() { return engine; }
    public String content() { return content; }
    public Instant createdAt() { return createdAt; }
}

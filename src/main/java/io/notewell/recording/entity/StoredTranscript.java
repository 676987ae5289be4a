package io.notewell.recording.entity;

import io.notewell.platform.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The transcript of a session's recording, stored encrypted as JSON; one per session. */
@Entity
@Table(name = "session_transcript")
public class StoredTranscript {

    @Id
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "input_revision", nullable = false)
    private int inputRevision;
    @Column(nullable = false)
    private String engine;
    @Column(name = "duration_ms", nullable = false)
    private long durationMs;
    @Convert(converter = EncryptedText.class)
    @Column(nullable = false)
    private String content;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredTranscript() {
    }

    public StoredTranscript(String sessionId, int inputRevision, String engine, long durationMs, String content) {
        this.sessionId = Objects.requireNonNull(sessionId);
        this.inputRevision = inputRevision;
        this.engine = Objects.requireNonNull(engine);
        this.durationMs = durationMs;
        this.content = Objects.requireNonNull(content);
        this.createdAt = Instant.now();
    }

    public String sessionId() { return sessionId; }
    public int inputRevision() { return inputRevision; }
    public String engine() { return engine; }
    public long durationMs() { return durationMs; }
    public String content() { return content; }
}

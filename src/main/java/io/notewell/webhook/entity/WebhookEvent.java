package io.notewell.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a partner may be told: its id is the {@code webhook-id} of every attempt to deliver it, and its
 * payload, thin (ids and states, no health data), is the exact body sent each time.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    @Id
    private String id;
    @Column(name = "partner_id", nullable = false)
    private String partnerId;
    @Column(nullable = false)
    private String type;
    @Column(name = "session_id")
    private String sessionId;
    @Column(nullable = false)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookEvent() {
    }

    public WebhookEvent(String partnerId, String type, String sessionId, Instant createdAt, String payload) {
        this.id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        this.partnerId = Objects.requireNonNull(partnerId);
        this.type = Objects.requireNonNull(type);
        this.sessionId = sessionId;
        this.createdAt = createdAt;
        this.payload = Objects.requireNonNull(payload);
    }

    public String id() { return id; }
    public String partnerId() { return partnerId; }
    public String type() { return type; }
    public String sessionId() { return sessionId; }
    public String payload() { return payload; }
    public Instant createdAt() { return createdAt; }
}

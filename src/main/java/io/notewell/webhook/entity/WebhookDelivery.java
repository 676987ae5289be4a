package io.notewell.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One event on its way to one endpoint: its status, attempts and when the next one is due. */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.OLDER_PENDING, query = "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint "
        + "AND d.sessionId = :session AND d.status = :pending AND d.sequenceNumber < :sequence ORDER BY d.sequenceNumber")
public class WebhookDelivery {

    /** A pending delivery of an earlier event of the same session to the same endpoint, which must go first. */
    public static final String OLDER_PENDING = "WebhookDelivery.olderPending";

    /** pending: waiting for its next attempt; delivered; failed: the schedule ran out; abandoned: the endpoint went away. */
    public enum Status { pending, delivered, failed, abandoned }

    @Id
    private String id;
    @Column(name = "event_id", nullable = false)
    private String eventId;
    @Column(name = "endpoint_id", nullable = false)
    private String endpointId;
    @Column(name = "partner_id", nullable = false)
    private String partnerId;
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "sequence_number", nullable = false)
    private long sequenceNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(WebhookEvent event, WebhookEndpoint endpoint, long sequenceNumber, Instant claimedUntil) {
        this.id = UUID.randomUUID().toString();
        this.eventId = event.id();
        this.endpointId = endpoint.id();
        this.partnerId = event.partnerId();
        this.sessionId = event.sessionId();
        this.eventType = event.type();
        this.sequenceNumber = sequenceNumber;
        this.status = Status.pending;
        this.createdAt = event.createdAt();
        this.nextAttemptAt = createdAt;
        this.claimedUntil = claimedUntil;
    }

    public void delivered(int httpStatus, Instant at) {
        attempts++;
        status = Status.delivered;
        lastStatus = httpStatus;
        lastError = null;
        lastAttemptAt = at;
        deliveredAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /** A failed attempt: retried at {@code next}, or failed for good when there is none. */
    public void attemptFailed(Integer httpStatus, String error, Instant at, Instant next) {
        attempts++;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > 250 ? error.substring(0, 250) : error;
        lastAttemptAt = at;
        nextAttemptAt = next;
        claimedUntil = null;
        status = next == null ? Status.failed : Status.pending;
    }

    /** Not attempted now (the endpoint is busy, or an older event of the session goes first): due again at {@code next}. */
    public void postpone(Instant next) {
        nextAttemptAt = next;
        claimedUntil = null;
    }

    public void abandon(String why) {
        status = Status.abandoned;
        lastError = why;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /** A partner asked to send it again: a fresh schedule, the same event (and webhook-id). */
    public void resend(Instant now) {
        status = Status.pending;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String endpointId() { return endpointId; }
    public String partnerId() { return partnerId; }
    public String sessionId() { return sessionId; }
    public String eventType() { return eventType; }
    public long sequenceNumber() { return sequenceNumber; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Integer lastStatus() { return lastStatus; }
    public String lastError() { return lastError; }
    public Instant lastAttemptAt() { return lastAttemptAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Instant createdAt() { return createdAt; }
}

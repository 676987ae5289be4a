package io.notewell.idempotency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The first outcome of a request sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "partner_id")
        private String partnerId;
        @Column(name = "idempotency_key")
        private String idempotencyKey;

        protected Key() {
        }

        public Key(String partnerId, String idempotencyKey) {
            this.partnerId = Objects.requireNonNull(partnerId);
            this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && partnerId.equals(k.partnerId) && idempotencyKey.equals(k.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, idempotencyKey);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "response_status")
    private Integer responseStatus;
    @Column(name = "response_body")
    private String responseBody;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(Key key, String requestHash) {
        this.key = key;
        this.requestHash = Objects.requireNonNull(requestHash);
        this.createdAt = Instant.now();
    }

    public boolean isFor(String hash) {
        return requestHash.equals(hash);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** A claim whose request never completed within the lease (the process died): it may be taken over. */
    public boolean isAbandoned(Instant now, Duration lease) {
        return !isCompleted() && createdAt.plus(lease).isBefore(now);
    }

    public void restart() {
        createdAt = Instant.now();
    }

    public void complete(int status, String body) {
        if (isCompleted()) {
            throw new IllegalStateException("an idempotency record is completed once");
        }
        responseStatus = status;
        responseBody = body;
        completedAt = Instant.now();
    }

    public int responseStatus() {
        return responseStatus;
    }

    public String responseBody() {
        return responseBody;
    }
}

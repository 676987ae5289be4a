package io.notewell.webhook.boundary;

import io.notewell.webhook.control.RetrySchedule;
import io.notewell.webhook.entity.WebhookDelivery;
import io.notewell.webhook.entity.WebhookEndpoint;
import io.notewell.webhook.entity.WebhookEvent;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bookkeeping of deliveries, each step in a transaction of its own, short and outside the HTTP call:
 * what to send next, and what came of it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class.getName());

    /** What one attempt sends. */
    public record Attempt(String deliveryId, String endpointId, String eventId, String url, List<String> secrets, String body,
                          int attempt) {
    }

    /** What came back: an HTTP status (null when there was no answer), an error, a Retry-After header. */
    public record Outcome(Integer status, String error, Optional<String> retryAfter) {
        boolean success() {
            return status != null && status / 100 == 2;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.retry-schedule", defaultValue = RetrySchedule.DEFAULT)
    String scheduleSpec;

    private RetrySchedule schedule;

    @PostConstruct
    void parseSchedule() {
        schedule = RetrySchedule.parse(scheduleSpec);
    }

    /**
     * The attempt to make now, or empty when there is none: the delivery is no longer pending, its endpoint
     * is gone or disabled (abandoned), or an older event of the same session to the same endpoint is still
     * pending (postponed behind it, so that a session's events arrive in the order they happened).
     */
    public Optional<Attempt> prepare(String deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.status() != WebhookDelivery.Status.pending
                || (delivery.nextAttemptAt() != null && delivery.nextAttemptAt().isAfter(Instant.now().plusSeconds(1)))) {
            return Optional.empty();   // done already, or not due yet (a stray duplicate message)
        }
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.endpointId());
        if (endpoint == null || !endpoint.enabled()) {
            delivery.abandon(endpoint == null ? "endpoint deleted" : "endpoint disabled");
            return Optional.empty();
        }
        Optional<WebhookDelivery> older = olderPending(em, delivery);
        if (older.isPresent()) {
            Instant first = older.get().nextAttemptAt() == null ? Instant.now() : older.get().nextAttemptAt();
            delivery.postpone(later(first, Instant.now()).plusSeconds(1));
            return Optional.empty();
        }
        WebhookEvent event = em.find(WebhookEvent.class, delivery.eventId());
        return Optional.of(new Attempt(delivery.id(), endpoint.id(), event.id(), endpoint.url(),
                endpoint.signingSecrets(Instant.now()), event.payload(), delivery.attempts() + 1));
    }

    /** Records the outcome: delivered; retried on the schedule; failed for good; or, on 410, the endpoint disabled. */
    public void record(Attempt attempt, Outcome outcome) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, attempt.deliveryId());
        if (delivery == null || delivery.status() != WebhookDelivery.Status.pending) {
            return;
        }
        Instant now = Instant.now();
        if (outcome.success()) {
            delivery.delivered(outcome.status(), now);
            LOG.info(() -> "Webhook " + attempt.eventId() + " delivered to endpoint " + attempt.endpointId() + " on attempt "
                    + attempt.attempt() + " (HTTP " + outcome.status() + ")");
            return;
        }
        if (outcome.status() != null && outcome.status() == 410) {
            delivery.attemptFailed(410, "410 Gone: the endpoint was disabled", now, null);
            WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, attempt.endpointId());
            if (endpoint != null) {
                endpoint.disable("the receiver answered 410 Gone");
            }
            em.createQuery("UPDATE WebhookDelivery d SET d.status = :abandoned, d.lastError = :why, d.nextAttemptAt = NULL, "
                            + "d.claimedUntil = NULL, d.version = d.version + 1 WHERE d.endpointId = :endpoint AND d.status = :pending "
                            + "AND d.id <> :id")
                    .setParameter("abandoned", WebhookDelivery.Status.abandoned).setParameter("why", "endpoint disabled (410 Gone)")
                    .setParameter("endpoint", attempt.endpointId()).setParameter("pending", WebhookDelivery.Status.pending)
                    .setParameter("id", delivery.id()).executeUpdate();
            LOG.warning(() -> "Webhook endpoint " + attempt.endpointId() + " answered 410 Gone and was disabled");
            return;
        }
        Optional<Instant> next = schedule.next(delivery.attempts() + 1, now, RetrySchedule.retryAfter(outcome.retryAfter(), now));
        String error = outcome.status() != null ? "HTTP " + outcome.status() : outcome.error();
        delivery.attemptFailed(outcome.status(), error, now, next.orElse(null));
        LOG.info(() -> "Webhook " + attempt.eventId() + " to endpoint " + attempt.endpointId() + " failed on attempt "
                + attempt.attempt() + " (" + error + ")" + next.map(n -> ", next attempt at " + n).orElse(", no attempts left"));
    }

    /** Not attempted now: the endpoint has as many attempts in flight as it may; due again shortly. */
    public void postpone(String deliveryId, Duration by) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery != null && delivery.status() == WebhookDelivery.Status.pending) {
            delivery.postpone(Instant.now().plus(by));
        }
    }

    /**
     * The oldest delivery of the same session to the same endpoint still pending before {@code delivery}: while there
     * is one, {@code delivery} waits, so that a session's events arrive in the order they happened. No flush first: an
     * earlier event's deliveries recorded in the same transaction reached the database with the next event's row.
     */
    static Optional<WebhookDelivery> olderPending(EntityManager em, WebhookDelivery delivery) {
        if (delivery.sessionId() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(WebhookDelivery.OLDER_PENDING, WebhookDelivery.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("endpoint", delivery.endpointId()).setParameter("session", delivery.sessionId())
                .setParameter("pending", WebhookDelivery.Status.pending).setParameter("sequence", delivery.sequenceNumber())
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

package io.notewell.webhook.boundary;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.platform.Messaging;
import io.notewell.webhook.entity.WebhookDelivery;
import io.notewell.webhook.entity.WebhookEndpoint;
import io.notewell.webhook.entity.WebhookEvent;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox: an event is written in the transaction of the change that causes it, with one delivery per
 * endpoint that wants it, so that nothing is told that did not happen and nothing that happened goes untold.
 * A delivery's first attempt is made as soon as that transaction commits ({@link FirstAttempts});
 * one that must wait behind an older delivery of the same session to the same endpoint gets a message on the
 * webhook queue in the transaction instead. Either way the delivery is claimed for {@link #CLAIM_SECONDS}, and the
 * dispatcher sweeps up any whose attempt or message was lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebhookOutbox {

    public static final String QUEUE = "jms/notewellWebhooks";
    public static final String PHYSICAL_QUEUE = "notewell.webhooks";
    /** How long a queued delivery is left to the worker before the dispatcher queues it again. */
    static final long CLAIM_SECONDS = 30;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @Inject
    Messaging messaging;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Inject
    FirstAttempts firstAttempts;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Records {@code type} for every endpoint of the partner that wants it; answers the event. */
    public WebhookEvent publish(String partnerId, String type, String sessionId, JsonObject data) {
        // no flush first: the transaction's own changes (a note, a session) cannot change which endpoints there are
        List<WebhookEndpoint> endpoints = em.createNamedQuery(WebhookEndpoint.ENABLED_OF_PARTNER, WebhookEndpoint.class)
                .setParameter("partner", partnerId).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .filter(e -> e.wants(type)).toList();
        return publishTo(endpoints, partnerId, type, sessionId, data);
    }

    /** A ping to one endpoint, whatever it subscribes to. */
    public WebhookEvent ping(WebhookEndpoint endpoint) {
        return publishTo(List.of(endpoint), endpoint.partnerId(), "ping", null,
                JSON.createObjectBuilder().add("endpointId", endpoint.id()).build());
    }

    private WebhookEvent publishTo(List<WebhookEndpoint> endpoints, String partnerId, String type, String sessionId, JsonObject data) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String payload = JSON.createObjectBuilder().add("type", type).add("timestamp", now.toString()).add("data", data).build().toString();
        WebhookEvent event = new WebhookEvent(partnerId, type, sessionId, now, payload);
        if (endpoints.isEmpty()) {
            return event;
        }
        em.persist(event);
        // the event's row before its deliveries' (they refer to it by a plain column, which orders no inserts)
        em.flush();
        List<WebhookDelivery> deliveries = new ArrayList<>();
        for (WebhookEndpoint endpoint : endpoints) {
            WebhookDelivery delivery = new WebhookDelivery(event, endpoint, sequence(now), now.plusSeconds(CLAIM_SECONDS));
            em.persist(delivery);
            deliveries.add(delivery);
        }
        List<WebhookDeliveries.Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            WebhookDelivery delivery = deliveries.get(i);
            WebhookEndpoint endpoint = endpoints.get(i);
            if (WebhookDeliveries.olderPending(em, delivery).isPresent()) {
                queue(delivery);
            } else {
                attempts.add(new WebhookDeliveries.Attempt(delivery.id(), endpoint.id(), event.id(), endpoint.url(),
                        endpoint.signingSecrets(now), payload, 1));
            }
        }
        if (!attempts.isEmpty()) {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        firstAttempts.submit(attempts);
                    }
                }
            });
        }
        return event;
    }

    /** A message on the webhook queue, sent with this transaction; the worker's attempt then checks the order. */
    private void queue(WebhookDelivery delivery) {
        try {
            messaging.send(queue, delivery.id(), "deliveryId", delivery.id());
        } catch (JMSException e) {
            // the transaction goes on: the dispatcher queues the delivery once its claim runs out
            em.createQuery("UPDATE WebhookDelivery d SET d.claimedUntil = NULL WHERE d.id = :id")
                    .setParameter("id", delivery.id()).executeUpdate();
        }
    }

    /** Orders events of one session: creation time in microseconds, ties broken by a counter. */
    private static long sequence(Instant now) {
        return now.toEpochMilli() * 1000 + SEQUENCE.incrementAndGet() % 1000;
    }
}

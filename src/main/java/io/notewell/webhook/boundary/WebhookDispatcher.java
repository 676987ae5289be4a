package io.notewell.webhook.boundary;

import io.notewell.platform.Messaging;
import io.notewell.webhook.entity.WebhookDelivery;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every two seconds: queues the deliveries that are due (retries, postponed attempts, and anything whose
 * message was lost or whose worker died), each claimed first so that of several instances only one queues it.
 */
@Singleton
@Startup
@DependsOn("Database")
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Messaging messaging;

    @Resource
    SessionContext context;

    @Resource(lookup = WebhookOutbox.QUEUE)
    Queue queue;

    /**
     * Outside a transaction, never failing (a timer whose callback keeps failing is given up by the container):
     * each due delivery is claimed and queued in a transaction of its own, claim and message together (the message
     * goes on the XA factory). While the queue is away the round stops; the next one tries again.
     */
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch() {
        try {
            Instant now = Instant.now();
            List<String> due = em.createQuery("SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending AND d.nextAttemptAt <= :now "
                            + "AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) ORDER BY d.sequenceNumber", String.class)
                    .setParameter("pending", WebhookDelivery.Status.pending).setParameter("now", now)
                    .setMaxResults(500).getResultList();
            WebhookDispatcher self = context.getBusinessObject(WebhookDispatcher.class);
            int queued = 0;
            for (String id : due) {
                if (self.claimAndQueue(id, now)) {
                    queued++;
                }
            }
            if (queued > 0) {
                int n = queued;
                LOG.fine(() -> "Queued " + n + " due webhook deliveries");
            }
        } catch (RuntimeException failed) {
            LOG.warning(() -> "Webhook dispatch round failed, next one in 2 s: " + failed.getClass().getName());
        }
    }

    /** Claims one due delivery and queues it, in a transaction of its own; false when another instance has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAndQueue(String deliveryId, Instant now) {
        if (!claim(deliveryId, now)) {
            return false;
        }
        try {
            messaging.send(queue, deliveryId, "deliveryId", deliveryId);
            return true;
        } catch (JMSException e) {
            LOG.warning(() -> "Webhook queue unavailable: " + e.getClass().getName());
            throw new IllegalStateException("webhook queue unavailable", e);
        }
    }

    /** Claims a due delivery for queueing; false when another instance or an earlier sweep has it. */
    private boolean claim(String deliveryId, Instant now) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.claimedUntil = :until, d.version = d.version + 1 "
                        + "WHERE d.id = :id AND d.status = :pending AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
                .setParameter("until", now.plusSeconds(WebhookOutbox.CLAIM_SECONDS)).setParameter("id", deliveryId)
                .setParameter("pending", WebhookDelivery.Status.pending).setParameter("now", now).executeUpdate() == 1;
    }
}

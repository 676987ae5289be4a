package io.notewell.session.boundary;

import io.notewell.problem.ApiProblem;
import io.notewell.webhook.boundary.WebhookEvents;
import io.notewell.session.control.WorkItem;
import io.notewell.session.control.WorkQueue;
import io.notewell.session.entity.SessionState;
import io.notewell.session.entity.TherapySession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database is the truth: shortly after start-up and then every {@code notewell.processing.sweep-seconds},
 * sessions left in Processing past a lease (a crash, a lost message) are queued again, and so are sessions whose
 * wait for a remote engine is over. A session that keeps stalling ends in Error.
 */
@Singleton
@Startup
@DependsOn("Database")
public class ProcessingRecovery {

    static final int MAXIMUM_RECOVERIES = 5;
    private static final Logger LOG = Logger.getLogger(ProcessingRecovery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkQueue queue;

    @Inject
    WebhookEvents events;

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "notewell.processing.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "notewell.processing.sweep-seconds", defaultValue = "15")
    long sweepSeconds;

    @PostConstruct
    void scheduleSweeps() {
        timers.createIntervalTimer(Duration.ofSeconds(10).toMillis(), Duration.ofSeconds(Math.max(1, sweepSeconds)).toMillis(),
                new TimerConfig("recovery sweep", false));
    }

    /**
     * The timer's callback runs outside a transaction and never fails: each session is queued again in a transaction
     * of its own ({@link #requeue}), so that a deadlock or a version conflict with a worker costs that one session
     * this round, not the sweep, and never the timer (the container gives up a timer whose callback keeps failing:
     * seen when the external broker came back and the sweep's one large transaction deadlocked with the workers).
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            Instant now = Instant.now();
            ProcessingRecovery self = context.getBusinessObject(ProcessingRecovery.class);
            List<String> due = em.createQuery("SELECT s.id FROM TherapySession s WHERE s.state = :state AND s.retryAt IS NOT NULL "
                            + "AND s.retryAt <= :now ORDER BY s.retryAt", String.class)
                    .setParameter("state", SessionState.Processing).setParameter("now", now)
                    .setMaxResults(500).getResultList();
            int retried = each(due, id -> self.retryAfterEngineWait(id, now));
            if (retried > 0) {
                LOG.info(() -> "Queued " + retried + " session(s) again that were waiting for a remote engine");
            }
            Instant cutoff = now.minusSeconds(leaseSeconds);
            List<String> stalled = em.createQuery("SELECT s.id FROM TherapySession s WHERE s.state = :state AND s.updatedAt < :cutoff "
                            + "AND s.retryAt IS NULL ORDER BY s.updatedAt", String.class)
                    .setParameter("state", SessionState.Processing).setParameter("cutoff", cutoff)
                    .setMaxResults(500).getResultList();
            int recovered = each(stalled, id -> self.recoverStalled(id, cutoff));
            if (recovered > 0) {
                LOG.info(() -> "Recovery sweep queued " + recovered + " stalled session(s) again");
            }
        } catch (RuntimeException failed) {
            LOG.warning(() -> "Recovery sweep failed, next one in " + sweepSeconds + " s: " + failed.getClass().getName());
        }
    }

    /** Runs {@code step} for each id, each in its own transaction; answers how many it queued. */
    private static int each(List<String> ids, Predicate<String> step) {
        int queued = 0;
        for (String id : ids) {
            try {
                if (step.test(id)) {
                    queued++;
                }
            } catch (ApiProblem queueAway) {
                // the work queue is unavailable (WorkQueue logged it): the rest waits for the next round
                break;
            } catch (RuntimeException conflict) {
                // a worker changed the session meanwhile: the next sweep looks again
                LOG.fine(() -> "Session " + id + " not queued again this round: " + conflict.getClass().getName());
            }
        }
        return queued;
    }

    /** Queues a session again whose wait for a remote engine is over, if it still waits; in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean retryAfterEngineWait(String sessionId, Instant now) {
        TherapySession session = processing(sessionId);
        if (session == null || session.retryAt() == null || session.retryAt().isAfter(now)) {
            return false;
        }
        session.retryEngine();
        queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
        return true;
    }

    /**
     * Queues a session again that has not moved since {@code cutoff}, if it still has not; one that keeps stalling
     * ends in Error. In a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recoverStalled(String sessionId, Instant cutoff) {
        TherapySession session = processing(sessionId);
        if (session == null || session.retryAt() != null || !session.updatedAt().isBefore(cutoff)) {
            return false;
        }
        if (session.recovered() > MAXIMUM_RECOVERIES) {
            session.fail(SessionProcessing.PROCESSING_FAILED,
                    "Processing stalled repeatedly. Update the session input to try again, or contact the operator.");
            events.sessionEnded(session);
        } else {
            queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
        }
        return true;
    }

    private TherapySession processing(String sessionId) {
        TherapySession session = em.find(TherapySession.class, sessionId);
        return session != null && session.state() == SessionState.Processing ? session : null;
    }
}

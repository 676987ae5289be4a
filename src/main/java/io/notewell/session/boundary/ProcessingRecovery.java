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
            List<String> due = em.createQuery("SELECT s.id FROM TherapySession s WHERE s.state = :state AND s.retryAt IS NOT NULL "
                            + "AND s.retryAt <= :now ORDER BY s.retryAt", String.class)
                    .setParameter("state", SessionState.Processing).setParameter("now", now)
                    .setMaxResults(500).getResultList();
            int retried = requeueEach(due, now, true);
            if (retried > 0) {
                LOG.info(() -> "Queued " + retried + " session(s) again that were waiting for a remote engine");
            }
            List<String> stalled = em.createQuery("SELECT s.id FROM TherapySession s WHERE s.state = :state AND s.updatedAt < :cutoff "
                            + "AND s.retryAt IS NULL ORDER BY s.updatedAt", String.class)
                    .setParameter("state", SessionState.Processing).setParameter("cutoff", now.minusSeconds(leaseSeconds))
                    .setMaxResults(500).getResultList();
            int recovered = requeueEach(stalled, now, false);
            if (recovered > 0) {
                LOG.info(() -> "Recovery sweep queued " + recovered + " stalled session(s) again");
            }
        } catch (RuntimeException failed) {
            LOG.warning(() -> "Recovery sweep failed, next one in " + sweepSeconds + " s: " + failed.getClass().getName());
        }
    }

    private int requeueEach(List<String> ids, Instant now, boolean engineWaitOver) {
        ProcessingRecovery self = context.getBusinessObject(ProcessingRecovery.class);
        int queued = 0;
        for (String id : ids) {
            try {
                if (self.requeue(id, now, engineWaitOver)) {
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

    /** Queues one session again, if it still waits as the sweep saw it; in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean requeue(String sessionId, Instant now, boolean engineWaitOver) {
        TherapySession session = em.find(TherapySession.class, sessionId);
        if (session == null || session.state() != SessionState.Processing) {
            return false;
        }
        if (engineWaitOver) {
            if (session.retryAt() == null || session.retryAt().isAfter(now)) {
                return false;
            }
            session.retryEngine();
        } else {
            if (session.retryAt() != null || !session.updatedAt().isBefore(now.minusSeconds(leaseSeconds))) {
                return false;
            }
            if (session.recovered() > MAXIMUM_RECOVERIES) {
                session.fail(SessionProcessing.PROCESSING_FAILED,
                        "Processing stalled repeatedly. Update the session input to try again, or contact the operator.");
                events.sessionEnded(session);
                return true;
            }
        }
        queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
        return true;
    }
}

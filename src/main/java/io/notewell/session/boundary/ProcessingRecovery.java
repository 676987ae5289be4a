package io.notewell.session.boundary;

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
import jakarta.ejb.Timeout;
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

    @Timeout
    public void sweep() {
        Instant now = Instant.now();
        List<TherapySession> due = em.createQuery(
                        "SELECT s FROM TherapySession s WHERE s.state = :state AND s.retryAt IS NOT NULL AND s.retryAt <= :now "
                                + "ORDER BY s.retryAt", TherapySession.class)
                .setParameter("state", SessionState.Processing).setParameter("now", now)
                .setMaxResults(500).getResultList();
        for (TherapySession session : due) {
            session.retryEngine();
            queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
        }
        if (!due.isEmpty()) {
            LOG.info(() -> "Queued " + due.size() + " session(s) again that were waiting for a remote engine");
        }
        Instant cutoff = now.minusSeconds(leaseSeconds);
        List<TherapySession> stalled = em.createQuery(
                        "SELECT s FROM TherapySession s WHERE s.state = :state AND s.updatedAt < :cutoff AND s.retryAt IS NULL "
                                + "ORDER BY s.updatedAt", TherapySession.class)
                .setParameter("state", SessionState.Processing).setParameter("cutoff", cutoff)
                .setMaxResults(500).getResultList();
        for (TherapySession session : stalled) {
            if (session.recovered() > MAXIMUM_RECOVERIES) {
                session.fail(SessionProcessing.PROCESSING_FAILED,
                        "Processing stalled repeatedly. Update the session input to try again, or contact the operator.");
                events.sessionEnded(session);
            } else {
                queue.enqueue(new WorkItem(session.id(), session.inputRevision()));
            }
        }
        if (!stalled.isEmpty()) {
            LOG.info(() -> "Recovery sweep queued " + stalled.size() + " stalled session(s) again");
        }
    }
}

package io.notewell.session.boundary;

import io.notewell.webhook.boundary.WebhookEvents;
import io.notewell.session.control.WorkItem;
import io.notewell.session.control.WorkQueue;
import io.notewell.session.entity.SessionState;
import io.notewell.session.entity.TherapySession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
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
 * The database is the truth: shortly after start-up and then every minute, sessions left in Processing past
 * a lease (a crash, a lost message) are queued again. A session that keeps stalling ends in Error.
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

    @PostConstruct
    void scheduleFirstSweep() {
        timers.createSingleActionTimer(Duration.ofSeconds(10).toMillis(), new TimerConfig("first recovery sweep", false));
    }

    @Timeout
    void afterStart() {
        sweep();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void sweep() {
        Instant cutoff = Instant.now().minusSeconds(leaseSeconds);
        List<TherapySession> stalled = em.createQuery(
                        "SELECT s FROM TherapySession s WHERE s.state = :state AND s.updatedAt < :cutoff ORDER BY s.updatedAt",
                        TherapySession.class)
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

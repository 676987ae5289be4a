package io.notewell.session.control;

import io.notewell.platform.Messaging;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** The one producer of work messages, sent in the caller's JTA transaction: a rolled-back create sends nothing. */
@ApplicationScoped
public class WorkQueue {

    public static final String QUEUE = "jms/notewellWork";
    public static final String PHYSICAL_QUEUE = "notewell.work";
    private static final Logger LOG = Logger.getLogger(WorkQueue.class.getName());

    @Inject
    Messaging messaging;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void enqueue(WorkItem item) {
        try {
            messaging.send(queue, item.toJson(), "sessionId", item.sessionId());
        } catch (JMSException | RuntimeException unavailable) {
            // the caller's transaction rolls back with it: nothing is accepted that could not be queued
            LOG.warning(() -> "Work queue unavailable: " + unavailable.getClass().getName());
            throw new ApiProblem(ProblemType.UNAVAILABLE, "The work queue is unavailable; nothing was stored. Retry shortly.",
                    List.of(), Map.of("Retry-After", "5"));
        }
    }
}

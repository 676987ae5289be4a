package io.notewell.session.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The one producer of work messages. Sends on the server-level XA connection factory, so a message is
 * part of the caller's JTA transaction: a rolled-back create sends nothing. (JMS 1.1 calls only: the
 * ActiveMQ resource adapter's factory supports no JMSContext.)
 */
@ApplicationScoped
public class WorkQueue {

    public static final String FACTORY = "jms/notewell";
    public static final String QUEUE = "jms/notewellWork";
    public static final String PHYSICAL_QUEUE = "notewell.work";
    private static final Logger LOG = Logger.getLogger(WorkQueue.class.getName());

    @Resource(lookup = FACTORY)
    ConnectionFactory factory;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void enqueue(WorkItem item) {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            TextMessage message = session.createTextMessage(item.toJson());
            message.setStringProperty("sessionId", item.sessionId());
            session.createProducer(queue).send(message);
        } catch (JMSException | RuntimeException unavailable) {
            // the caller's transaction rolls back with it: nothing is accepted that could not be queued
            LOG.warning(() -> "Work queue unavailable: " + unavailable.getClass().getName());
            throw new ApiProblem(ProblemType.UNAVAILABLE, "The work queue is unavailable; nothing was stored. Retry shortly.",
                    List.of(), Map.of("Retry-After", "5"));
        }
    }
}

package io.notewell.session.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

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
        } catch (JMSException e) {
            throw new IllegalStateException("could not queue work for session " + item.sessionId(), e);
        }
    }
}

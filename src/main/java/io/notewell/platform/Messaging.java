package io.notewell.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Sends on the server-level XA connection factory, so that a message is part of the caller's JTA
 * transaction: a rolled-back transaction sends nothing. (JMS 1.1 calls only: the ActiveMQ resource
 * adapter's factory supports no JMSContext.)
 */
@ApplicationScoped
public class Messaging {

    public static final String FACTORY = "jms/notewell";

    @Resource(lookup = FACTORY)
    ConnectionFactory factory;

    public void send(Queue queue, String text, String property, String value) throws JMSException {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            TextMessage message = session.createTextMessage(text);
            message.setStringProperty(property, value);
            session.createProducer(queue).send(message);
        }
    }
}

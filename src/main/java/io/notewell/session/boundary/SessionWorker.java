package io.notewell.session.boundary;

import io.notewell.session.control.WorkItem;
import io.notewell.session.control.WorkQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes work messages. Thin: the step runs in {@link SessionProcessing} inside this delivery's
 * transaction; a failure rethrows so that the broker redelivers (with back-off); on the last delivery the
 * session is marked Error first, and the message then goes to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = WorkQueue.PHYSICAL_QUEUE),
        // more than the built-in engines' threads: a worker waiting on a remote model must not hold up the others
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "8"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "" + SessionWorker.MAXIMUM_REDELIVERIES),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "1000"),
        @ActivationConfigProperty(propertyName = "useExponentialBackOff", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "backOffMultiplier", propertyValue = "3")
})
public class SessionWorker implements MessageListener {

    static final int MAXIMUM_REDELIVERIES = 3;
    private static final Logger LOG = Logger.getLogger(SessionWorker.class.getName());

    @Inject
    SessionProcessing processing;

    @Override
    public void onMessage(Message message) {
        WorkItem item;
        int delivery;
        try {
            item = WorkItem.fromJson(((TextMessage) message).getText());
            delivery = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException | RuntimeException unreadable) {
            LOG.log(Level.SEVERE, "Dropping an unreadable work message: " + unreadable.getClass().getName());
            return;
        }
        try {
            processing.process(item);
        } catch (SessionProcessing.NotYetVisible early) {
            LOG.fine(() -> "Work for session " + item.sessionId() + " arrived before its data; redelivery follows");
            throw early;
        } catch (RuntimeException failure) {
            String incident = UUID.randomUUID().toString();
            // class and stack only: messages of lower layers may carry session content
            LOG.log(Level.WARNING, "Processing of session " + item.sessionId() + " failed on delivery " + delivery
                    + ", incident " + incident + ": " + failure.getClass().getName());
            if (delivery > MAXIMUM_REDELIVERIES) {
                processing.giveUp(item, incident);
            }
            throw failure;
        }
    }
}

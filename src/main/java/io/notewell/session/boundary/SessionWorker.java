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
 * Consumes work messages. Thin: the step runs in {@link SessionProcessing}, in a transaction of its own inside this
 * delivery's; a failure rethrows so that the broker redelivers (with back-off); on the last delivery the
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
                if (transientFailure(failure)) {
                    // the transaction failed, not the step (a broker that came back, a deadlock): the session stays
                    // Processing and the recovery sweep queues it again after the lease, within its own limit
                    LOG.warning(() -> "Session " + item.sessionId() + " left to the recovery sweep after " + delivery
                            + " deliveries failed in their transaction, incident " + incident);
                } else {
                    processing.giveUp(item, incident);
                }
            }
            throw failure;
        }
    }

    /**
     * A failure of the transaction around the step rather than of the step: a lock conflict or deadlock in the
     * database, a lost connection, a broker resource that could not join the transaction, or a transaction the
     * container aborted before the step ran ("Client's transaction aborted", no cause of its own). Seen after an
     * external broker was killed and started again: sessions whose deliveries all failed so were marked Error.
     */
    static boolean transientFailure(Throwable failure) {
        Throwable last = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            last = t;
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof JMSException || t instanceof javax.transaction.xa.XAException
                    || t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.transaction.SystemException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08"))) {
                return true; // 40001 serialization failure, 40P01 deadlock, 08xxx connection
            }
        }
        // the container's own exception at the end of the chain: the transaction was gone before anything failed in it
        return last instanceof jakarta.ejb.TransactionRolledbackLocalException || last instanceof jakarta.ejb.EJBTransactionRolledbackException;
    }
}

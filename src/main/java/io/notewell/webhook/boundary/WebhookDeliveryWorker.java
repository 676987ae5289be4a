package io.notewell.webhook.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes delivery messages on their own queue, apart from session work, so that webhooks never hold up
 * processing. Outside a transaction: the attempt's bookkeeping has transactions of its own and the HTTP
 * call holds none; a message lost in a crash is made good by the dispatcher's sweep.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = WebhookOutbox.PHYSICAL_QUEUE),
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "12"),
        @ActivationConfigProperty(propertyName = "maximumRedeliveries", propertyValue = "2"),
        @ActivationConfigProperty(propertyName = "initialRedeliveryDelay", propertyValue = "1000")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDeliveryWorker implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryWorker.class.getName());

    @Inject
    WebhookSender sender;

    @Override
    public void onMessage(Message message) {
        try {
            sender.attempt(((TextMessage) message).getText());
        } catch (JMSException | RuntimeException e) {
            // the delivery stays pending; the dispatcher queues it again when its claim runs out
            LOG.log(Level.WARNING, "Webhook delivery attempt failed: " + e.getClass().getName());
        }
    }
}

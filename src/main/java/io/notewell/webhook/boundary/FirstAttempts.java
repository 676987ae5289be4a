package io.notewell.webhook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first attempts of deliveries that a transaction recorded, made on this instance's webhook threads once it
 * has committed: no round trip through the broker and no transaction to read back what the publisher knew. A
 * plain bean, not an enterprise bean, because it is called from the transaction's completion, where the container
 * cannot start or suspend a transaction of its own. A crash before the attempts are made, or more of them waiting
 * than the queue holds, leaves the deliveries pending and claimed for {@link WebhookOutbox#CLAIM_SECONDS}; the
 * dispatcher then queues them like any due delivery.
 */
@ApplicationScoped
public class FirstAttempts {

    /** First attempts waiting for a thread; past this, a delivery waits for the dispatcher. */
    private static final int WAITING = 2000;
    private static final Logger LOG = Logger.getLogger(FirstAttempts.class.getName());

    @Inject
    WebhookSender sender;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.threads", defaultValue = "12")
    int threads;

    @Resource(lookup = WebhookSender.THREADS)
    ManagedThreadFactory threadFactory;

    private ThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        int n = Math.max(1, threads);
        executor = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), threadFactory);
        executor.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Called after the commit that recorded the deliveries. */
    void submit(List<WebhookDeliveries.Attempt> attempts) {
        for (WebhookDeliveries.Attempt attempt : attempts) {
            try {
                executor.execute(() -> sender.make(attempt));
            } catch (RejectedExecutionException full) {
                LOG.warning(() -> "Webhook delivery " + attempt.deliveryId() + " left to the dispatcher: "
                        + executor.getQueue().size() + " first attempts waiting");
            }
        }
    }
}

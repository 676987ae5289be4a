package io.notewell.webhook.boundary;

import io.notewell.webhook.control.WebhookSignature;
import io.notewell.webhook.control.WebhookUrlPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.concurrent.ManagedThreadFactoryDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes one delivery attempt: Standard Webhooks headers and signatures, a POST with a timeout, no
 * redirects followed. At most a few attempts run against one endpoint at a time on this instance, so a
 * slow or dead receiver holds up only its own deliveries; an attempt that finds its endpoint busy for more
 * than a quarter of a second is postponed by a second instead of waiting.
 *
 * <p>The first attempt of a new event is made right after the commit that recorded it, on this instance's own
 * webhook threads ({@link FirstAttempts}); retries, and deliveries that wait behind an older one, come from the
 * webhook queue.
 */
@ManagedThreadFactoryDefinition(name = WebhookSender.THREADS)
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    static final String USER_AGENT = "Notewell-Webhooks/1.0";
    /** The threads of {@link FirstAttempts}: defined here, where the container reads resource definitions. */
    static final String THREADS = "java:app/concurrent/WebhookThreads";

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.timeout-seconds", defaultValue = "5")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "notewell.webhooks.max-concurrent-per-endpoint", defaultValue = "8")
    int perEndpoint;

    private final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();
    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(Math.min(timeoutSeconds, 5))).build();
    }

    /** The attempt of a delivery taken from the webhook queue. */
    public void attempt(String deliveryId) {
        deliveries.prepare(deliveryId).ifPresent(this::make);
    }

    /** One attempt of what {@link WebhookDeliveries#prepare} or the outbox found to send. */
    public void make(WebhookDeliveries.Attempt attempt) {
        Semaphore slots = inFlight.computeIfAbsent(attempt.endpointId(), id -> new Semaphore(perEndpoint));
        try {
            if (!slots.tryAcquire(250, TimeUnit.MILLISECONDS)) {
                deliveries.postpone(attempt.deliveryId(), Duration.ofSeconds(1));
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            deliveries.record(attempt, send(attempt));
        } finally {
            slots.release();
        }
    }

    private WebhookDeliveries.Outcome send(WebhookDeliveries.Attempt attempt) {
        Optional<String> refused = endpoints.urlPolicy().refusal(attempt.url());
        if (refused.isPresent()) {
            return new WebhookDeliveries.Outcome(null, "URL " + refused.get(), Optional.empty());
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", attempt.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(attempt.secrets(), attempt.eventId(), timestamp, attempt.body()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new WebhookDeliveries.Outcome(response.statusCode(), null, response.headers().firstValue("Retry-After"));
        } catch (HttpTimeoutException e) {
            return new WebhookDeliveries.Outcome(null, "no answer within " + timeoutSeconds + " s", Optional.empty());
        } catch (IOException e) {
            return new WebhookDeliveries.Outcome(null, "connection failed: " + e.getClass().getSimpleName(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDeliveries.Outcome(null, "interrupted", Optional.empty());
        } catch (IllegalArgumentException e) {
            return new WebhookDeliveries.Outcome(null, "invalid URL", Optional.empty());
        }
    }
}

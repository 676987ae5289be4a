package io.notewell.remote.boundary;

import io.notewell.remote.control.ModelRejected;
import io.notewell.remote.control.ModelUnavailable;
import io.notewell.remote.control.OpenAiClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The remote note and speech services, each configured on its own ({@code notewell.note.remote.*},
 * {@code notewell.speech.remote.*}; a base URL switches the engine on). Every call is guarded by MicroProfile
 * Fault Tolerance: a timeout, up to two quick retries of a failure that may pass (not of a 429, which the session
 * honours by waiting), a circuit breaker per service that stops calling a service that keeps failing, and a
 * bulkhead that bounds the calls in flight so that a slow service holds only a few workers. The timeouts and
 * bulkheads follow the {@code notewell.*} settings through the MicroProfile Fault Tolerance keys in
 * {@code microprofile-config.properties}.
 */
@ApplicationScoped
public class RemoteModels {

    @Inject
    Config config;

    private OpenAiClient note;
    private OpenAiClient speech;

    @PostConstruct
    void configure() {
        HttpClient http = OpenAiClient.httpClient();
        note = client("notewell.note.remote", "", 120, http);
        speech = client("notewell.speech.remote", "whisper-1", 300, http);
    }

    /**
     * The service configured under {@code prefix} ({@code .url}, {@code .model}, {@code .api-key},
     * {@code .api-key-header}, {@code .timeout-seconds}); null when it has no URL. The timeout is the HTTP client's,
     * not {@code @Timeout}'s: that one interrupts the calling worker thread and leaves the flag set, and the
     * interrupted thread then failed its own transaction (H2 closes its file channel on interrupt).
     */
    private OpenAiClient client(String prefix, String defaultModel, long defaultTimeoutSeconds, HttpClient http) {
        return config.getOptionalValue(prefix + ".url", String.class).filter(url -> !url.isBlank())
                .map(url -> new OpenAiClient(new OpenAiClient.Endpoint(URI.create(url.strip()),
                        config.getOptionalValue(prefix + ".model", String.class).orElse(defaultModel),
                        config.getOptionalValue(prefix + ".api-key", String.class).orElse(null),
                        config.getOptionalValue(prefix + ".api-key-header", String.class).orElse(null),
                        Duration.ofSeconds(config.getOptionalValue(prefix + ".timeout-seconds", Long.class).orElse(defaultTimeoutSeconds))),
                        http))
                .orElse(null);
    }

    public boolean noteEngineConfigured() {
        return note != null;
    }

    public boolean speechEngineConfigured() {
        return speech != null;
    }

    /** The note service's model name, for the engine name stored with each note. */
    public String noteModel() {
        return note == null ? null : note.endpoint().model();
    }

    public String speechModel() {
        return speech == null ? null : speech.endpoint().model();
    }

    @Retry(maxRetries = 2, delay = 1_000, jitter = 500,
            retryOn = ModelUnavailable.class, abortOn = {ModelUnavailable.Busy.class, ModelUnavailable.TimedOut.class, ModelRejected.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
            skipOn = ModelRejected.class)
    @Bulkhead(4)
    public OpenAiClient.ChatAnswer chat(JsonObject request) {
        if (note == null) {
            throw new IllegalStateException("no remote note engine is configured");
        }
        if (note.endpoint().model().isBlank()) {
            throw new ModelUnavailable("notewell.note.remote.model is not set: the service needs to be told which model to use");
        }
        return note.chat(request);
    }

    @Retry(maxRetries = 2, delay = 1_000, jitter = 500,
            retryOn = ModelUnavailable.class, abortOn = {ModelUnavailable.Busy.class, ModelUnavailable.TimedOut.class, ModelRejected.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
            skipOn = ModelRejected.class)
    @Bulkhead(4)
    public JsonObject transcribe(byte[] wav, Map<String, String> fields) {
        if (speech == null) {
            throw new IllegalStateException("no remote speech engine is configured");
        }
        return speech.transcribe(wav, "audio.wav", "audio/wav", fields);
    }

    /**
     * What the guards themselves throw (circuit open, bulkhead full) means the same to a session as
     * a service that is down: wait and try again.
     */
    public static ModelUnavailable unavailable(FaultToleranceException guard) {
        String reason = guard instanceof CircuitBreakerOpenException ? "the model service failed repeatedly; calls are paused for a while"
                : guard instanceof BulkheadException ? "the model service already has as many requests in flight as allowed"
                : "the model service call failed (" + guard.getClass().getSimpleName() + ")";
        return new ModelUnavailable(reason, null, guard);
    }
}

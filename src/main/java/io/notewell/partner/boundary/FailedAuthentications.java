package io.notewell.partner.boundary;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute force of API keys: each client address may fail authentication {@code notewell.auth.failures-per-minute}
 * times a minute (a token bucket refilled continuously). Once it is spent, no key from that address is even
 * checked until the bucket refills: the answer is 429 with Retry-After, whatever the key, so that guessing goes
 * no faster than the limit. Only failures count: a client with a valid key never trips it. Per instance.
 */
@ApplicationScoped
public class FailedAuthentications {

    /** The request attribute that tells the error page to answer 429 rather than 401, and after how many seconds. */
    public static final String THROTTLED_ATTRIBUTE = FailedAuthentications.class.getName() + ".retryAfter";
    private static final int MAX_TRACKED = 100_000;

    @Inject
    @ConfigProperty(name = "notewell.auth.failures-per-minute", defaultValue = "30")
    int perMinute;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Seconds to wait when {@code address} has spent its failures; empty when it may try. */
    public OptionalLong throttled(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return OptionalLong.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    public void failed(String address) {
        if (buckets.size() > MAX_TRACKED) {
            // a flood from very many addresses: start over rather than grow without bound
            buckets.clear();
        }
        buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build())
                .tryConsume(1);
    }
}

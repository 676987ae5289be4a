package io.notewell.user.boundary;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.notewell.partner.boundary.CurrentCaller;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per credential (API key or JWT subject) on the user endpoints: the default of 300 a
 * minute refills continuously; over it, 429 with {@code Retry-After} in seconds. Per instance: behind a
 * load balancer of n instances the effective limit is up to n times higher.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHORIZATION)
public class RateLimit implements ContainerRequestFilter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "notewell.rate-limit.user-requests-per-minute", defaultValue = "300")
    int perMinute;

    @Override
    public void filter(ContainerRequestContext request) {
        Bucket bucket = buckets.computeIfAbsent(caller.get().credential(), credential -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new ApiProblem(ProblemType.RATE_LIMITED,
                    "At most " + perMinute + " requests a minute per API key on user endpoints; retry after "
                            + retryAfter + " s", List.of(), Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }
}

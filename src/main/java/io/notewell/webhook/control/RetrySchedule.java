package io.notewell.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When to try a delivery again: the delay before attempt n+1 after n failed attempts, as configured
 * ({@code 0s,5s,5m,30m,2h,5h,10h,10h} by default: eight attempts over about a day). A receiver's
 * {@code Retry-After} (seconds or an HTTP date) is honoured when it asks for longer, up to a day.
 */
public final class RetrySchedule {

    public static final String DEFAULT = "0s,5s,5m,30m,2h,5h,10h,10h";
    private static final Duration MOST_RETRY_AFTER = Duration.ofDays(1);

    private final List<Duration> delays;

    public RetrySchedule(List<Duration> delays) {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one attempt");
        }
        this.delays = List.copyOf(delays);
    }

    public static RetrySchedule parse(String spec) {
        return new RetrySchedule(Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(RetrySchedule::duration).toList());
    }

    static Duration duration(String s) {
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("a retry delay is a number and s, m, h or d: " + s);
        };
    }

    public int attempts() {
        return delays.size();
    }

    /** When attempt {@code failedAttempts + 1} is due, or empty when the schedule has run out. */
    public Optional<Instant> next(int failedAttempts, Instant now, Optional<Duration> retryAfter) {
        if (failedAttempts >= delays.size()) {
            return Optional.empty();
        }
        Duration delay = delays.get(failedAttempts);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get().compareTo(MOST_RETRY_AFTER) > 0 ? MOST_RETRY_AFTER : retryAfter.get();
        }
        return Optional.of(now.plus(delay));
    }

    /** A {@code Retry-After} header: delay-seconds or an HTTP date. */
    public static Optional<Duration> retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }
}

package io.notewell.remote.control;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Optional;

/**
 * The model service cannot answer now (down, overloaded, timed out, refusing our credentials): the work
 * waits and is tried again later. {@code retryAfter} is what the service asked for (429 Retry-After).
 * The message never carries session content, only what the service's status says.
 */
@ApplicationException(rollback = false, inherited = true)
public class ModelUnavailable extends RuntimeException {

    private final transient Duration retryAfter;

    public ModelUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public ModelUnavailable(String message) {
        this(message, null, null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** No answer within the configured timeout: not retried at once either (a slow service would hold the worker for longer). */
    public static class TimedOut extends ModelUnavailable {
        public TimedOut(String message, Throwable cause) {
            super(message, null, cause);
        }
    }

    /** 429: the service is rate limiting us. Not retried at once; the session waits at least as asked. */
    public static class Busy extends ModelUnavailable {
        public Busy(String message, Duration retryAfter) {
            super(message, retryAfter, null);
        }
    }
}

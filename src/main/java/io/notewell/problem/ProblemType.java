package io.notewell.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of error the API reports; the {@code type} URI of each is stable and documented. */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "The request is not valid", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    UNSUPPORTED_SESSION_TYPE("unsupported-session-type", "This session type cannot be processed", 400),
    INVALID_API_KEY("invalid-api-key", "Invalid API key", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    UPLOAD_URL_INVALID("upload-url-invalid", "The upload URL is not valid", 403),
    UPLOAD_URL_EXPIRED("upload-url-expired", "The upload URL has expired", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Cannot produce an acceptable representation", 406),
    CONFLICT("conflict", "Conflict", 409),
    DUPLICATE_USER("duplicate-user", "The user already exists", 409),
    RECORDING_EXISTS("recording-exists", "A recording was already uploaded to this URL", 409),
    SESSION_BUSY("session-processing", "The session is being processed", 409),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "A request with this Idempotency-Key is still running", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used with a different request", 422),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    public static final String BASE = "urn:notewell:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /**
     * What to tell the caller when the framework or the container raised this status without saying more
     * (the JAX-RS runtime and the container's error pages share it).
     */
    public String defaultDetail(int httpStatus) {
        return switch (this) {
            case INVALID_API_KEY -> "The API key or token is not valid, or it was revoked";
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "This path does not support the method; see the Allow header";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This endpoint answers with application/json";
            case INTERNAL_ERROR -> "Unexpected error";
            default -> "The request failed with HTTP status " + httpStatus;
        };
    }

    /** The type that best describes a bare HTTP status raised by the framework. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> INVALID_API_KEY;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> Status.Family.familyOf(status) == Status.Family.SERVER_ERROR ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}

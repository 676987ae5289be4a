package io.notewell.problem;

import static io.notewell.platform.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} responses (RFC 9457). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /**
     * The problem's {@code instance}: the request's path as sent, absolute. A relative reference would resolve
     * against the request's own URI ("sessions/abc" read at /sessions/abc names /sessions/sessions/abc).
     */
    public static String instance(UriInfo uriInfo) {
        return uriInfo.getRequestUri().getRawPath();
    }

    public static Response of(ApiProblem problem, String instance) {
        return of(problem.type(), problem.getMessage(), problem.errors(), problem.headers(), instance);
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, List.of(), Map.of(), instance);
    }

    public static Response of(ProblemType type, String detail, List<FieldError> errors,
                              Map<String, String> headers, String instance) {
        Response.ResponseBuilder response = Response.status(type.status())
                .type(MEDIA_TYPE)
                .entity(json(type, detail, errors, instance));
        headers.forEach(response::header);
        return response.build();
    }

    /** The problem document itself, for writers outside JAX-RS (the container's error page). */
    public static String json(ProblemType type, String detail, List<FieldError> errors, String instance) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", type.status());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return body.build().toString();
    }
}

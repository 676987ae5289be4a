package io.notewell.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** Errors raised by the JAX-RS runtime itself: unknown path, wrong method, wrong media type, unreadable body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    WebApplicationExceptionMapper withUriInfo(UriInfo uriInfo) {
        this.uriInfo = uriInfo;
        return this;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String path = Problems.instance(uriInfo);
        if (status == 400) {
            String reason = UnreadableBody.describe(exception);
            if (reason != null) {
                return Problems.of(ProblemType.MALFORMED_REQUEST, reason, path);
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        Map<String, String> headers = allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow);
        return Problems.of(type, type.defaultDetail(status), List.of(), headers, path);
    }

    /** Finds out whether a 400 was caused by a body that is not valid JSON or does not fit the schema. */
    static final class UnreadableBody {
        private UnreadableBody() {
        }

        static String describe(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof JsonParsingException parsing) {
                    return "The body is not valid JSON: " + parsing.getMessage();
                }
                if (t instanceof JsonbException) {
                    Throwable root = t;
                    while (root.getCause() != null && root.getCause() != root) {
                        root = root.getCause();
                    }
                    String reason = String.valueOf(t.getMessage()).replaceFirst("^Internal error: ", "");
                    String cause = String.valueOf(root.getMessage()).replaceFirst("^Internal error: ", "");
                    return "The body is not JSON of the expected shape: " + reason
                            + (root != t && !reason.contains(cause) ? " (" + cause + ")" : "");
                }
            }
            return null;
        }
    }
}

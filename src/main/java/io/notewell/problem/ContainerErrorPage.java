package io.notewell.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors raised by the servlet container before JAX-RS sees the request (a rejected bearer token, a
 * malformed URL, an oversized header) are sent here by the error pages of {@code web.xml} and leave as
 * problem details instead of the container's HTML page.
 */
@WebServlet(ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

    static final String PATH = "/_error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object retryAfter = request.getAttribute(io.notewell.partner.boundary.FailedAuthentications.THROTTLED_ATTRIBUTE);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && retryAfter != null) {
            // too many failed keys from this address: the key was not even checked
            response.setStatus(429);
            response.setHeader("Retry-After", retryAfter.toString());
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problems.json(ProblemType.RATE_LIMITED, "Too many failed authentications from this "
                    + "address; retry after " + retryAfter + " s", java.util.List.of(), uri(request)));
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            // a failure before JAX-RS (the API-key lookup) because the database was away: retry, not an incident
            var unavailable = DependencyUnavailable.in((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            if (unavailable.isPresent()) {
                response.setStatus(503);
                unavailable.get().headers().forEach(response::setHeader);
                response.setContentType(Problems.MEDIA_TYPE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(Problems.json(ProblemType.UNAVAILABLE, unavailable.get().getMessage(),
                        java.util.List.of(), uri(request)));
                return;
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"notewell\", error=\"invalid_token\"");
        }
        response.getWriter().write(Problems.json(type, type.defaultDetail(status), java.util.List.of(),
                uri == null ? null : uri.toString()));
    }

    private static String uri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? null : uri.toString();
    }
}

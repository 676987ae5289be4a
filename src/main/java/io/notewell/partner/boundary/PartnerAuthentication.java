package io.notewell.partner.boundary;

import io.notewell.partner.control.ApiKeyFormat;
import io.notewell.partner.entity.Caller;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the partner of a request: an API key ({@code Authorization: Bearer nw_...}, checked by
 * {@link ApiKeyIdentityStore}) or an MP-JWT token (validated by the MicroProfile JWT runtime) that carries
 * the partner claim. A request without either is 401; an invalid bearer never gets here (the security
 * mechanism answers 401 first, as problem details through the container error page).
 */
@Provider
@PartnerAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class PartnerAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"notewell\"";

    @Inject
    Partners partners;

    @Inject
    CurrentCaller currentCaller;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    @ConfigProperty(name = "notewell.jwt.partner-claim", defaultValue = "partner_id")
    String partnerClaim;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = fromToken(request).or(() -> fromApiKey(request))
                .orElseThrow(() -> unauthorized(request));
        currentCaller.set(caller);
    }

    private Optional<Caller> fromToken(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(partnerClaim);
        String partnerId = claim == null ? null : claim.toString().replace("\"", "");
        if (partnerId == null || partners.find(partnerId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(partnerId, "jwt:" + jwt.getSubject()));
    }

    /** Set by {@link ApiKeyIdentityStore} when the MP-JWT mechanism passed it an API key. */
    private Optional<Caller> fromApiKey(ContainerRequestContext request) {
        return Optional.ofNullable(servletRequest.getAttribute(ApiKeyIdentityStore.CALLER_ATTRIBUTE))
                .map(Caller.class::cast);
    }

    static Optional<String> bearer(ContainerRequestContext request) {
        return ApiKeyFormat.bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    private static ApiProblem unauthorized(ContainerRequestContext request) {
        String detail = bearer(request).isPresent()
                ? "The API key or token is not valid, or it was revoked"
                : "Send your API key as 'Authorization: Bearer <key>'";
        return new ApiProblem(ProblemType.INVALID_API_KEY, detail, java.util.List.of(),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }
}

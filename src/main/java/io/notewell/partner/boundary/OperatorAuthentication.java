package io.notewell.partner.boundary;

import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Operator endpoints: a valid MP-JWT token (issuer and key from MicroProfile Config) in the {@code admin} group. */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthentication implements ContainerRequestFilter {

    static final String OPERATOR_GROUP = "admin";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
            throw new ApiProblem(ProblemType.INVALID_API_KEY,
                    "Operator endpoints need an MP-JWT bearer token signed by the configured operator key",
                    List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, PartnerAuthentication.CHALLENGE));
        }
        if (!jwt.getGroups().contains(OPERATOR_GROUP)) {
            throw ApiProblem.forbidden("The token is valid but not in the '" + OPERATOR_GROUP + "' group");
        }
    }
}

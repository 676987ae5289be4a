package io.notewell;

import io.notewell.problem.ProblemDocument;
import io.notewell.problem.Problems;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, served at the server root so that an existing integration only changes its base URL.
 * Partner endpoints take an API key or an MP-JWT bearer token; operator endpoints under /admin an
 * MP-JWT token in the {@code admin} group.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"admin"})
@OpenAPIDefinition(
        info = @Info(title = "Notewell API", version = "1.0",
                description = "Create therapy sessions from recordings or text notes and receive structured clinical notes. "
                        + "Every error is an RFC 9457 application/problem+json document."),
        tags = {
                @Tag(name = "Sessions", description = "Therapy sessions and their notes"),
                @Tag(name = "Users", description = "Providers and clients of a partner"),
                @Tag(name = "Admin", description = "Operator endpoints: partners and their API keys")
        },
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", description = "Invalid request: the errors list names each field and why",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "Unauthorized", description = "Invalid API key",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "Forbidden", description = "The credential cannot access this provider, client or resource",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "NotFound", description = "No such resource",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "Conflict", description = "Duplicate, or a request with the same Idempotency-Key still running",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "UnsupportedMediaType", description = "The body must be application/json",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "IdempotencyKeyReused", description = "The Idempotency-Key was used with another body",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class))),
                @APIResponse(name = "TooManyRequests", description = "Rate limit exceeded; see Retry-After",
                        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
        }, securitySchemes = {
                @SecurityScheme(securitySchemeName = ApiApplication.PARTNER_AUTH, type = SecuritySchemeType.HTTP,
                        scheme = "bearer",
                        description = "A partner API key (nw_...), or an MP-JWT token carrying the partner claim"),
                @SecurityScheme(securitySchemeName = ApiApplication.OPERATOR_AUTH, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "An MP-JWT token whose groups include 'admin'")
        }))
public class ApiApplication extends Application {
    public static final String PARTNER_AUTH = "partnerBearer";
    public static final String OPERATOR_AUTH = "operatorJwt";
}

package io.notewell.partner.boundary;

import io.notewell.ApiApplication;
import io.notewell.partner.entity.ApiKey;
import io.notewell.partner.entity.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator endpoints: partners and their API keys. */
@ApplicationScoped
@Path("admin/partners")
@OperatorOnly
@Tag(name = "Admin")
@SecurityRequirement(name = ApiApplication.OPERATOR_AUTH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AdminResource {

    /** A class, not a record: Payara's OpenAPI scanner fails on constraints propagated to record constructors. */
    public static class CreatePartnerRequest {
        @NotBlank @Size(max = 200)
        public String name;
    }

    public record PartnerView(String partnerId, String name, Instant createdAt) {
        static PartnerView of(Partner p) {
            return new PartnerView(p.id(), p.name(), p.createdAt());
        }
    }

    public static class CreateApiKeyRequest {
        @Size(max = 100)
        public String name;
    }

    /** The only representation that contains the key itself. */
    public record IssuedApiKeyView(String keyId, String key, String prefix, String name, Instant createdAt) {
    }

    public record ApiKeyView(String keyId, String prefix, String name, Instant createdAt, Instant revokedAt, boolean active) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id(), k.prefix(), k.name(), k.createdAt(), k.revokedAt(), k.isActive());
        }
    }

    @Inject
    Partners partners;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create a partner (tenant)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response create(@Valid @NotNull CreatePartnerRequest body) {
        Partner partner = partners.create(body.name);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(partner.id()).build())
                .entity(PartnerView.of(partner)).build();
    }

    @GET
    @Operation(summary = "List partners")
    public List<PartnerView> list() {
        return partners.all().stream().map(PartnerView::of).toList();
    }

    @POST
    @Path("{partnerId}/api-keys")
    @Operation(summary = "Issue an API key for a partner", description = "The response is the only place the key is ever shown.")
    @APIResponse(responseCode = "201", description = "Created; the key is in the body")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response issueKey(@PathParam("partnerId") String partnerId, @Valid CreateApiKeyRequest body) {
        var issued = partners.issueKey(partnerId, body == null ? null : body.name);
        ApiKey k = issued.stored();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(k.id()).build())
                .entity(new IssuedApiKeyView(k.id(), issued.key(), k.prefix(), k.name(), k.createdAt())).build();
    }

    @GET
    @Path("{partnerId}/api-keys")
    @Operation(summary = "List a partner's API keys (prefix only)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ApiKeyView> keys(@PathParam("partnerId") String partnerId) {
        return partners.keysOf(partnerId).stream().map(ApiKeyView::of).toList();
    }

    @DELETE
    @Path("{partnerId}/api-keys/{keyId}")
    @Operation(summary = "Revoke an API key", description = "Takes effect at once; revoking twice is harmless.")
    @APIResponse(responseCode = "200", description = "The revoked key")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiKeyView revoke(@PathParam("partnerId") String partnerId, @PathParam("keyId") String keyId) {
        return ApiKeyView.of(partners.revokeKey(partnerId, keyId));
    }
}

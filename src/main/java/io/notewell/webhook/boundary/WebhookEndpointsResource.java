package io.notewell.webhook.boundary;

import io.notewell.ApiApplication;
import io.notewell.partner.boundary.CurrentCaller;
import io.notewell.partner.boundary.PartnerAuthenticated;
import io.notewell.problem.ApiProblem;
import io.notewell.user.boundary.RateLimited;
import io.notewell.webhook.entity.WebhookDelivery;
import io.notewell.webhook.entity.WebhookEndpoint;
import io.notewell.webhook.entity.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook endpoints of the calling partner, and the deliveries made to them. */
@ApplicationScoped
@Path("webhooks")
@PartnerAuthenticated
@RateLimited
@Tag(name = "Webhooks")
@SecurityRequirement(name = ApiApplication.PARTNER_AUTH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class WebhookEndpointsResource {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    CurrentCaller caller;

    @Schema(name = "WebhookEndpointRequest")
    public static class EndpointRequest {
        @Schema(description = "Where to POST events: https (plain http only where the operator allows it)", example = "https://ehr.example/hooks/notewell")
        @Size(max = 2048)
        public String url;
        @Schema(description = "Events to receive (all when absent): session.completed, session.failed, user.created")
        @Size(max = 10)
        public List<String> eventTypes;
        @Schema(description = "Whether deliveries are made (default true)")
        public Boolean enabled;
    }

    @Schema(name = "WebhookSecretRotation")
    public static class RotationRequest {
        @Schema(description = "Hours the previous secret keeps signing beside the new one (default 24, at most 168)")
        public Integer graceHours;
    }

    @Schema(name = "WebhookEndpoint")
    public record EndpointView(String endpointId, String url, List<String> eventTypes, boolean enabled, String disabledReason,
                               @Schema(description = "The signing secret (whsec_...): shown when the endpoint is created or its secret rotated")
                               String secret,
                               @Schema(description = "Until when the previous secret still signs, after a rotation") Instant previousSecretValidUntil,
                               Instant createdAt, Instant updatedAt) {
        static EndpointView of(WebhookEndpoint e, boolean withSecret) {
            return new EndpointView(e.id(), e.url(), e.eventTypes(), e.enabled(), e.disabledReason(), withSecret ? e.secret() : null,
                    e.previousSecretUntil(), e.createdAt(), e.updatedAt());
        }
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(String deliveryId, String endpointId,
                               @Schema(description = "The event's id: the webhook-id header of every attempt") String webhookId,
                               String eventType, String sessionId,
                               @Schema(enumeration = {"pending", "delivered", "failed", "abandoned"}) String status,
                               int attempts, Integer lastResponseStatus, String lastError, Instant lastAttemptAt,
                               Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id(), d.endpointId(), d.eventId(), d.eventType(), d.sessionId(), d.status().name(), d.attempts(),
                    d.lastStatus(), d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(), d.deliveredAt(), d.createdAt());
        }
    }

    @POST
    @Path("endpoints")
    @Operation(summary = "Register a webhook endpoint", description = "Answers the endpoint with its signing secret. Events are "
            + "signed per Standard Webhooks 1.0 (webhook-id, webhook-timestamp, webhook-signature headers).")
    @APIResponse(responseCode = "201", description = "The endpoint and its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response register(@Valid @NotNull EndpointRequest body) {
        WebhookEndpoint created = endpoints.register(caller.partnerId(), body.url, body.eventTypes, body.enabled);
        return Response.status(Response.Status.CREATED).entity(EndpointView.of(created, true)).build();
    }

    @GET
    @Path("endpoints")
    @Operation(summary = "List webhook endpoints")
    public List<EndpointView> list() {
        return endpoints.list(caller.partnerId()).stream().map(e -> EndpointView.of(e, false)).toList();
    }

    @GET
    @Path("endpoints/{endpointId}")
    @Operation(summary = "Get a webhook endpoint")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EndpointView get(@PathParam("endpointId") String endpointId) {
        return EndpointView.of(endpoints.get(caller.partnerId(), endpointId), false);
    }

    @PATCH
    @Path("endpoints/{endpointId}")
    @Operation(summary = "Change a webhook endpoint's URL, event types or enabled flag")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EndpointView change(@PathParam("endpointId") String endpointId, @Valid @NotNull EndpointRequest body) {
        return EndpointView.of(endpoints.change(caller.partnerId(), endpointId, body.url, body.eventTypes, body.enabled), false);
    }

    @DELETE
    @Path("endpoints/{endpointId}")
    @Operation(summary = "Delete a webhook endpoint and its deliveries")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("endpointId") String endpointId) {
        endpoints.delete(caller.partnerId(), endpointId);
        return Response.noContent().build();
    }

    @POST
    @Path("endpoints/{endpointId}/rotate-secret")
    @Operation(summary = "Rotate the signing secret", description = "Answers the new secret. During the grace period every "
            + "delivery carries two signatures, one per secret, so receivers can switch without losing events.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EndpointView rotate(@PathParam("endpointId") String endpointId, RotationRequest body) {
        int hours = body == null || body.graceHours == null ? 24 : body.graceHours;
        if (hours < 0 || hours > 168) {
            throw ApiProblem.invalid("graceHours", "must be between 0 and 168");
        }
        return EndpointView.of(endpoints.rotate(caller.partnerId(), endpointId, Duration.ofHours(hours)), true);
    }

    @POST
    @Path("endpoints/{endpointId}/test")
    @Operation(summary = "Send a ping event to the endpoint")
    @APIResponse(responseCode = "202", description = "The ping is on its way; its webhookId identifies it")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response test(@PathParam("endpointId") String endpointId) {
        WebhookEvent ping = endpoints.ping(caller.partnerId(), endpointId);
        return Response.accepted(Map.of("webhookId", ping.id(), "type", ping.type())).build();
    }

    @GET
    @Path("endpoints/{endpointId}/deliveries")
    @Operation(summary = "List deliveries to an endpoint, newest first")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<DeliveryView> deliveries(@PathParam("endpointId") String endpointId,
                                         @QueryParam("status") @Schema(enumeration = {"pending", "delivered", "failed", "abandoned"}) String status,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        if (status != null && !List.of("pending", "delivered", "failed", "abandoned").contains(status)) {
            throw ApiProblem.invalid("status", "must be one of pending, delivered, failed, abandoned");
        }
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.invalid("limit", "must be between 1 and 1000");
        }
        return endpoints.deliveries(caller.partnerId(), endpointId, status, limit).stream().map(DeliveryView::of).toList();
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "List the deliveries about one session, in the order its events happened")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public List<DeliveryView> deliveriesOfSession(@QueryParam("sessionId") String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw ApiProblem.invalid("sessionId", "must not be blank");
        }
        return endpoints.deliveriesOfSession(caller.partnerId(), sessionId).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("endpoints/{endpointId}/deliveries/{deliveryId}/resend")
    @Operation(summary = "Send one delivery again (same webhook-id, fresh retry schedule)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DeliveryView resend(@PathParam("endpointId") String endpointId, @PathParam("deliveryId") String deliveryId) {
        return DeliveryView.of(endpoints.resend(caller.partnerId(), endpointId, deliveryId));
    }

    @POST
    @Path("endpoints/{endpointId}/resend-failed")
    @Operation(summary = "Send again every failed delivery to the endpoint since a time (ISO 8601, query parameter since)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Map<String, Integer> resendFailed(@PathParam("endpointId") String endpointId, @QueryParam("since") String since) {
        Instant from;
        try {
            from = since == null ? Instant.EPOCH : Instant.parse(since);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalid("since", "must be an ISO 8601 instant such as 2026-11-29T08:00:00Z");
        }
        return Map.of("resent", endpoints.resendFailed(caller.partnerId(), endpointId, from));
    }
}

package io.notewell.user.boundary;

import io.notewell.ApiApplication;
import io.notewell.partner.boundary.CurrentCaller;
import io.notewell.partner.boundary.PartnerAuthenticated;
import io.notewell.problem.ApiProblem;
import io.notewell.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Providers and clients. Rate limited per credential. */
@ApplicationScoped
@Path("users")
@PartnerAuthenticated
@RateLimited
@Tag(name = "Users")
@SecurityRequirement(name = ApiApplication.PARTNER_AUTH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class UsersResource {

    @Inject
    Users users;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("providers")
    @Operation(summary = "Create a provider (clinician)")
    @APIResponse(responseCode = "200", description = "The created provider")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserView createProvider(@Valid @NotNull UserRequests.CreateProvider body) {
        return UserView.of(users.createProvider(caller.partnerId(), body));
    }

    @POST
    @Path("clients")
    @Operation(summary = "Create a client", description = "Gives the provider named in therapistUserId access to the client.")
    @APIResponse(responseCode = "200", description = "The created client")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserView createClient(@Valid @NotNull UserRequests.CreateClient body) {
        return UserView.of(users.createClient(caller.partnerId(), body));
    }

    @GET
    @Path("{userId}")
    @Operation(summary = "Get a user by id")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserView get(@PathParam("userId") String userId) {
        return UserView.of(users.get(caller.partnerId(), userId));
    }

    @GET
    @Operation(summary = "Find a user by your own id (partnerUserId)")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserView byPartnerUserId(@QueryParam("partnerUserId") String partnerUserId) {
        if (partnerUserId == null || partnerUserId.isBlank() || partnerUserId.length() > 255) {
            throw ApiProblem.invalid("partnerUserId", "is required, 1 to 255 characters");
        }
        User user = users.byPartnerUserId(caller.partnerId(), partnerUserId)
                .orElseThrow(() -> ApiProblem.notFound("User with this partnerUserId"));
        return UserView.of(user);
    }

    @POST
    @Path("check")
    @Operation(summary = "Check whether a user with this email exists")
    @APIResponse(responseCode = "200", description = "Whether the user exists, and its id")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public UserRequests.CheckUserResult check(@Valid @NotNull UserRequests.CheckUser body) {
        return users.byEmail(caller.partnerId(), body.email)
                .map(u -> new UserRequests.CheckUserResult(true, u.id(), u.kind().name()))
                .orElseGet(() -> new UserRequests.CheckUserResult(false, null, null));
    }
}

package io.notewell.session.boundary;

import io.notewell.recording.boundary.Recordings;
import io.notewell.recording.boundary.Transcripts;
import io.notewell.session.entity.InputKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import io.notewell.ApiApplication;
import io.notewell.idempotency.boundary.IdempotencyRecords;
import io.notewell.note.boundary.Notes;
import io.notewell.partner.boundary.CurrentCaller;
import io.notewell.partner.boundary.PartnerAuthenticated;
import io.notewell.platform.Sha256;
import io.notewell.problem.ApiProblem;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Therapy sessions of the calling partner. Like the other resources, one instance (it holds no state): a resource made
 * per request had its fields injected by Jersey's reflection each time, a tenth of a GET's CPU.
 */
@ApplicationScoped
@Path("sessions")
@PartnerAuthenticated
@Tag(name = "Sessions")
@SecurityRequirement(name = ApiApplication.PARTNER_AUTH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class SessionsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Sessions sessions;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    CurrentCaller caller;

    @Inject
    Notes notes;

    @Inject
    Recordings recordings;

    @Inject
    Transcripts transcripts;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create therapy session",
            description = "Creates a session from a recording (uploaded through /recording-url) or from text notes. "
                    + "Processing is asynchronous; the answer carries the session id at once. Couple sessions are not supported yet.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionCreated.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY,
                    description = "Makes a retried create safe: the first answer is replayed for 24 h")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateSessionRequest body) {
        String partnerId = caller.partnerId();
        if (idempotencyKey == null) {
            return created(SessionCreated.of(sessions.create(partnerId, body, null)).toJson());
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw ApiProblem.invalid(IDEMPOTENCY_KEY, "must be 1 to 255 characters");
        }
        var claim = idempotency.claim(partnerId, idempotencyKey, fingerprint(body));
        if (claim.isReplay()) {
            return Response.status(claim.status()).type(MediaType.APPLICATION_JSON).entity(claim.body())
                    .header("Idempotent-Replayed", "true").build();
        }
        try {
            return created(SessionCreated.of(sessions.create(partnerId, body, idempotencyKey)).toJson());
        } catch (RuntimeException failed) {
            idempotency.release(partnerId, idempotencyKey);
            throw failed;
        }
    }

    @GET
    @Path("{sessionId}")
    @Operation(summary = "Get a session")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SessionView get(@PathParam("sessionId") String sessionId) {
        var session = sessions.get(caller.partnerId(), sessionId);
        if (session.inputKind() != InputKind.Recording) {
            return SessionView.of(session, notes.of(session.id()));
        }
        List<String> listen = session.recordingUrls().stream()
                .flatMap(url -> recordings.listenUrl(url, session.partnerId(), uriInfo.getBaseUri()).stream())
                .map(java.net.URI::toString).toList();
        return SessionView.of(session, notes.of(session.id()), new SessionView.RecordingParts(listen, transcripts.of(session.id())));
    }

    @PUT
    @Path("{sessionId}/input")
    @Operation(summary = "Update session input",
            description = "Replaces the text input and processes the session again; a webhook follows when it is done. "
                    + "Only for sessions created from text, and not while the session is Processing (409). "
                    + "The treatment plan cannot be added or changed.")
    @APIResponse(responseCode = "200", description = "The session, Processing again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public SessionView replaceInput(@PathParam("sessionId") String sessionId, @Valid @NotNull UpdateInputRequest body) {
        return SessionView.of(sessions.replaceInput(caller.partnerId(), sessionId, body), Optional.empty());
    }

    @GET
    @Operation(summary = "List sessions", description = "Newest session date first; filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public SessionPage list(@Valid @BeanParam SessionQuery query) {
        return sessions.list(caller.partnerId(), query);
    }

    private static Response created(String json) {
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }

    private static String fingerprint(CreateSessionRequest body) {
        return Sha256.hex(JSONB.toJson(body));
    }
}

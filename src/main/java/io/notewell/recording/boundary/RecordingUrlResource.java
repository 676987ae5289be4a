package io.notewell.recording.boundary;

import io.notewell.ApiApplication;
import io.notewell.partner.boundary.CurrentCaller;
import io.notewell.partner.boundary.PartnerAuthenticated;
import io.notewell.recording.control.RecordingStore;
import io.notewell.user.boundary.RateLimited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pre-signed upload URLs for recordings. */
@ApplicationScoped
@Path("recording-url")
@PartnerAuthenticated
@RateLimited
@Tag(name = "Recordings")
@SecurityRequirement(name = ApiApplication.PARTNER_AUTH)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "429", ref = "TooManyRequests")
public class RecordingUrlResource {

    @Inject
    Recordings recordings;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @Schema(name = "RecordingUpload")
    public record RecordingUpload(
            @Schema(description = "PUT the recording file here, as the request body, before expiresAt; no API key needed")
            String uploadUrl,
            @Schema(description = "Always PUT", enumeration = "PUT") String method,
            @Schema(description = "When the upload URL stops working") Instant expiresAt,
            @Schema(description = "The largest file accepted, in bytes") long maxBytes,
            @Schema(description = "What to pass in input.recording.recordingUrls once the upload is done "
                    + "(the upload URL itself is accepted too)") String recordingUrl) {
        static RecordingUpload of(RecordingStore.Upload u) {
            return new RecordingUpload(u.uploadUrl().toString(), "PUT", u.expiresAt(), u.maxBytes(), u.recordingUrl());
        }
    }

    @POST
    @Operation(summary = "Get a pre-signed upload URL for a recording",
            description = "Returns a URL that accepts one PUT of one recording file (WAV, MP3, M4A/MP4, FLAC, OGG/Opus, "
                    + "WebM) until it expires. Pass recordingUrl in input.recording.recordingUrls when creating the session.")
    @APIResponse(responseCode = "200", description = "An upload URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingUpload.class)))
    public RecordingUpload create() {
        return RecordingUpload.of(recordings.newUpload(caller.partnerId(), uriInfo.getBaseUri()));
    }

    @GET
    @Operation(summary = "Get a pre-signed upload URL for a recording (same as POST)")
    @APIResponse(responseCode = "200", description = "An upload URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingUpload.class)))
    public RecordingUpload get() {
        return create();
    }
}

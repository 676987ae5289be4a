package io.notewell.session.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of "update session input": new text notes. The treatment plan cannot be added or changed. */
@Schema(name = "UpdateSessionInputRequest")
public class UpdateInputRequest {

    @Schema(required = true)
    @NotNull @Valid
    public Input input;

    @Schema(hidden = true)
    @Null(message = "cannot be added or changed after the session was created")
    public String externalTreatmentPlan;

    @Schema(name = "UpdateSessionInput")
    public static class Input {
        @Schema(required = true)
        @NotNull(message = "must contain text: only text input can be updated") @Valid
        public Text text;

        @Schema(hidden = true)
        @Null(message = "recordings cannot be replaced; create a new session")
        public Object recording;
    }

    @Schema(name = "UpdateSessionText")
    public static class Text {
        @Schema(required = true, maxLength = CreateSessionRequest.MAX_TEXT)
        @NotBlank @Size(max = CreateSessionRequest.MAX_TEXT)
        public String text;
    }
}

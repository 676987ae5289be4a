package io.notewell.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every error body, for the OpenAPI document (responses are built by {@link Problems}). */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemDocument(
        @Schema(required = true, example = "urn:notewell:problem:validation-failed",
                description = "Stable identifier of the kind of error") String type,
        @Schema(required = true, example = "The request is not valid") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(example = "sessionType: must be one of: Intake, Standard, ...") String detail,
        @Schema(example = "/sessions", description = "The request's path") String instance,
        @Schema(description = "For validation errors: each offending field and why") List<FieldError> errors) {
}

package io.notewell.problem;

/** One offending field of a request (a JSON path such as {@code input.recording.recordingUrls[0]}) and why. */
public record FieldError(String field, String message) {
}

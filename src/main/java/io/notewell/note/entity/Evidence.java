package io.notewell.note.entity;

/**
 * Where a note sentence comes from: characters {@code [start, end)} of the session input, and for audio
 * the times in milliseconds; {@code speaker} when the input is a conversation.
 */
public record Evidence(int start, int end, String speaker, Long startMs, Long endMs) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span [" + start + ", " + end + ") is not a span");
        }
    }

    public static Evidence span(int start, int end, String speaker) {
        return new Evidence(start, end, speaker, null, null);
    }
}

package io.notewell.recording.entity;

import java.util.List;
import java.util.Objects;

/**
 * What was said in a recording: segments in time order, each with its speaker ({@code clinician} and
 * {@code client} when each had a channel of a stereo recording, {@code unknown} otherwise), its words and
 * their times in milliseconds from the start of the first file.
 */
public record Transcript(long durationMs, int channels, List<Segment> segments) {

    public static final String UNKNOWN_SPEAKER = "unknown";

    public Transcript {
        segments = List.copyOf(segments);
    }

    public record Segment(String speaker, String text, long start, long end, List<Word> words) {
        public Segment {
            Objects.requireNonNull(speaker);
            Objects.requireNonNull(text);
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    /** One recognised word; {@code confidence} from 0 to 1 as the engine reports it. */
    public record Word(String text, long start, long end, double confidence) {
    }

    public int wordCount() {
        return segments.stream().mapToInt(s -> s.text().isBlank() ? 0 : s.text().strip().split("\\s+").length).sum();
    }
}

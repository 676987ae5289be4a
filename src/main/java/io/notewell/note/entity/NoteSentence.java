package io.notewell.note.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * One sentence of a note and the input it rests on. {@code unverified} is set (true) only on a sentence a
 * remote model wrote whose cited input shares no content word with it: kept for the clinician to check,
 * never shown as grounded. Absent on every sentence that is.
 */
public record NoteSentence(String text, List<Evidence> evidence, Boolean unverified) {
    @JsonbCreator
    public NoteSentence {
        evidence = List.copyOf(evidence);
        unverified = Boolean.TRUE.equals(unverified) ? Boolean.TRUE : null;
    }

    public NoteSentence(String text, List<Evidence> evidence) {
        this(text, evidence, null);
    }

    /** The sentence as a reader of the whole note sees it: an unverified one says so. */
    public String display() {
        return unverified == null ? text : text + " [unverified: check against the session]";
    }
}

package io.notewell.note.entity;

import java.util.List;

/** One sentence of a note and the input it rests on. */
public record NoteSentence(String text, List<Evidence> evidence) {
    public NoteSentence {
        evidence = List.copyOf(evidence);
    }
}

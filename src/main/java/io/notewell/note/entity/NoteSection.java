package io.notewell.note.entity;

import java.util.List;
import java.util.stream.Collectors;

/** A section of a note, in template order. An empty section says so rather than inventing content. */
public record NoteSection(String key, String title, List<NoteSentence> sentences) {
    public NoteSection {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return sentences.stream().map(NoteSentence::display).collect(Collectors.joining(" "));
    }
}

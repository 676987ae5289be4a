package io.notewell.note.control;

import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;

/** The whole note as Markdown or plain text, ready to paste into an EHR. */
public final class NoteRendering {

    static final String EMPTY = "Not documented in this session.";

    private NoteRendering() {
    }

    public static String markdown(NoteDocument note) {
        StringBuilder out = new StringBuilder("# ").append(note.title()).append("\n");
        for (NoteSection section : note.sections()) {
            out.append("\n## ").append(section.title()).append("\n\n");
            if (section.sentences().isEmpty()) {
                out.append("_").append(EMPTY).append("_\n");
            } else if (section.key().equals("risk") || section.key().equals("treatment_plan")) {
                section.sentences().forEach(s -> out.append("- ").append(s.display()).append("\n"));
            } else {
                out.append(section.text()).append("\n");
            }
        }
        return out.toString();
    }

    public static String plainText(NoteDocument note) {
        StringBuilder out = new StringBuilder(note.title().toUpperCase()).append("\n");
        for (NoteSection section : note.sections()) {
            out.append("\n").append(section.title()).append(":\n");
            out.append(section.sentences().isEmpty() ? EMPTY : section.text()).append("\n");
        }
        return out.toString();
    }
}

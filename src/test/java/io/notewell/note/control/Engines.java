package io.notewell.note.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One engine for all note-engine tests (the embedding model takes a moment to load), and the test inputs. */
final class Engines {

    private static ExtractiveNoteEngine engine;

    private Engines() {
    }

    static synchronized ExtractiveNoteEngine engine() {
        if (engine == null) {
            NoteTemplates templates = NoteTemplates.load();
            engine = new ExtractiveNoteEngine(templates, new InputReader(),
                    new SectionClassifier(SentenceEmbeddings.load(), templates), 140, 15);
        }
        return engine;
    }

    static String session(String name) {
        try (var in = Engines.class.getResourceAsStream("/sessions/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

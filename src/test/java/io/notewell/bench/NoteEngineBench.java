package io.notewell.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.notewell.note.control.ExtractiveNoteEngine;
import io.notewell.note.control.InputReader;
import io.notewell.note.control.NoteTemplates;
import io.notewell.note.control.SectionClassifier;
import io.notewell.note.control.SentenceEmbeddings;
import io.notewell.session.entity.SessionType;
import io.notewell.user.entity.Pronouns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The note engine alone, in one JVM: time per note for a session of about 1,500 words, and the share spent in
 * the embedding model. Run by bench/note-engine.sh (pinned to one core). Not a test.
 */
public final class NoteEngineBench {

    /** Counts the time spent inside the embedding model. */
    static final class TimedModel implements EmbeddingModel {
        final EmbeddingModel delegate;
        long nanos;

        TimedModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            long start = System.nanoTime();
            try {
                return delegate.embedAll(segments);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }
    }

    public static void main(String[] args) throws Exception {
        String input = Files.readString(Path.of(args[0]));
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long loadStart = System.nanoTime();
        TimedModel model = new TimedModel(SentenceEmbeddings.load());
        NoteTemplates templates = NoteTemplates.load();
        ExtractiveNoteEngine engine = new ExtractiveNoteEngine(templates, new InputReader(),
                new SectionClassifier(model, templates), 140, 15);
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        var request = new ExtractiveNoteEngine.Request(input, SessionType.Soap, false, Pronouns.FeminineHer, "Therapist",
                Files.readString(Path.of(args[0]).resolveSibling("plan-anxiety.md")));
        for (int i = 0; i < 5; i++) {
            engine.write(request);
        }
        double[] millis = new double[iterations];
        model.nanos = 0;
        long total = 0;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            engine.write(request);
            long took = System.nanoTime() - start;
            total += took;
            millis[i] = took / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("input_words=%d iterations=%d cores=%d%n", InputReader.words(input), iterations,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("engine_load_ms=%.0f%n", loadMs);
        System.out.printf("note_ms_mean=%.1f note_ms_p50=%.1f note_ms_p90=%.1f note_ms_max=%.1f%n",
                total / 1e6 / iterations, millis[iterations / 2], millis[(int) (iterations * 0.9)], millis[iterations - 1]);
        System.out.printf("inference_share=%.2f (embedding model %.1f ms of %.1f ms per note)%n",
                (double) model.nanos / total, model.nanos / 1e6 / iterations, total / 1e6 / iterations);
    }
}

package io.notewell.bench;

import io.notewell.note.control.ExtractiveNoteEngine;
import io.notewell.note.control.InputReader;
import io.notewell.note.control.NoteTemplates;
import io.notewell.note.control.SectionClassifier;
import io.notewell.note.control.SentenceEmbeddings;
import io.notewell.session.entity.SessionType;
import io.notewell.user.entity.Pronouns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The note engine alone, in one JVM, on a batch: {@code notes} notes of the same input written by {@code threads}
 * threads sharing one engine (as the server shares it), after a warm-up; prints the wall time of the batch.
 * The yardstick of bench/e2e.sh. Not a test.
 */
public final class NoteEngineBatchBench {

    public static void main(String[] args) throws Exception {
        Path inputFile = Path.of(args[0]);
        int notes = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        String input = Files.readString(inputFile);
        NoteTemplates templates = NoteTemplates.load();
        ExtractiveNoteEngine engine = new ExtractiveNoteEngine(templates, new InputReader(),
                new SectionClassifier(SentenceEmbeddings.load(), templates), 140, 15);
        var request = new ExtractiveNoteEngine.Request(input, SessionType.Soap, false, Pronouns.FeminineHer, "Therapist",
                Files.readString(inputFile.resolveSibling("plan-anxiety.md")));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        run(pool, engine, request, notes); // warm-up as long as the measured batch, as bench/e2e.sh warms the server
        long started = System.nanoTime();
        run(pool, engine, request, notes);
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("engine_batch_s=%.2f notes=%d threads=%d notes_per_min=%.0f%n", seconds, notes, threads, notes / seconds * 60);
    }

    private static void run(ExecutorService pool, ExtractiveNoteEngine engine, ExtractiveNoteEngine.Request request, int notes)
            throws Exception {
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            all.add(pool.submit(() -> engine.write(request)));
        }
        for (Future<?> f : all) {
            f.get();
        }
    }
}

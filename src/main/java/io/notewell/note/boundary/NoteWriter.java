package io.notewell.note.boundary;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.notewell.note.control.ExtractiveNoteEngine;
import io.notewell.note.control.InputReader;
import io.notewell.note.control.NoteTemplates;
import io.notewell.note.control.SectionClassifier;
import io.notewell.note.entity.NoteDocument;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in note engine, loaded once at start-up (templates, the OpenNLP sentence model and the
 * in-process MiniLM embedding model) and shared by all workers; the engine is stateless and thread-safe.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NoteWriter {

    private static final Logger LOG = Logger.getLogger(NoteWriter.class.getName());

    @Inject
    @ConfigProperty(name = "notewell.note.min-words", defaultValue = "140")
    int minimumWords;

    @Inject
    @ConfigProperty(name = "notewell.note.max-sentences-per-section", defaultValue = "12")
    int maximumPerSection;

    private ExtractiveNoteEngine engine;

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        NoteTemplates templates = NoteTemplates.load();
        engine = new ExtractiveNoteEngine(templates, new InputReader(),
                new SectionClassifier(new AllMiniLmL6V2QuantizedEmbeddingModel(), templates), minimumWords, maximumPerSection);
        LOG.info(() -> "Note engine " + ExtractiveNoteEngine.NAME + " loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    public NoteDocument write(ExtractiveNoteEngine.Request request) {
        return engine.write(request);
    }

    public String engineName() {
        return ExtractiveNoteEngine.NAME;
    }
}

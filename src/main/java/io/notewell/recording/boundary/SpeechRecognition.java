package io.notewell.recording.boundary;

import io.notewell.platform.DataDirectory;
import io.notewell.recording.control.AudioDecoder;
import io.notewell.recording.control.Transcription;
import io.notewell.recording.control.VoskSpeechEngine;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in speech engine, loaded on first use (a server that never sees a recording never pays for the
 * model) and then shared: the Vosk model is thread-safe, each transcription has its own recognizers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpeechRecognition {

    private static final Logger LOG = Logger.getLogger(SpeechRecognition.class.getName());

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "notewell.speech.stereo-speakers", defaultValue = "clinician,client")
    String stereoSpeakers;

    @Inject
    @ConfigProperty(name = "notewell.processing.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    private volatile VoskSpeechEngine engine;
    private volatile Transcription transcription;

    public Transcription transcription() {
        if (transcription == null) {
            synchronized (this) {
                if (transcription == null) {
                    long started = System.nanoTime();
                    engine = new VoskSpeechEngine(VoskSpeechEngine.unpackModel(dataDirectory.root().resolve("models")));
                    String[] speakers = stereoSpeakers.split(",");
                    // beat well inside the recovery lease, so that a long transcription is never taken for a stall
                    long heartbeatMillis = Math.max(1_000, leaseSeconds * 1000 / 4);
                    transcription = new Transcription(AudioDecoder.bundled(), engine, speakers[0].strip(),
                            speakers.length > 1 ? speakers[1].strip() : "client", heartbeatMillis);
                    LOG.info(() -> "Speech engine " + engine.name() + " loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
            }
        }
        return transcription;
    }

    public String engineName() {
        return VoskSpeechEngine.NAME;
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
        }
    }
}

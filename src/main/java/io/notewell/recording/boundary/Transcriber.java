package io.notewell.recording.boundary;

import io.notewell.platform.DataDirectory;
import io.notewell.recording.control.Transcription;
import io.notewell.recording.entity.Transcript;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Transcribes a session's recording outside any transaction (it can take minutes): fetches the files,
 * decodes and transcribes them with a heartbeat on the session, stores the transcript in a transaction of
 * its own, and removes any scratch copies. A redelivered message finds the stored transcript and skips
 * the work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Transcriber {

    private static final Logger LOG = Logger.getLogger(Transcriber.class.getName());

    /** How it went: a transcript, or a recording that cannot be decoded (a message for the partner). */
    public record Outcome(Transcript transcript, String undecodable) {
    }

    @Inject
    Recordings recordings;

    @Inject
    SpeechRecognition speech;

    @Inject
    Transcripts transcripts;

    @Inject
    DataDirectory dataDirectory;

    public Outcome transcribe(String sessionId, int revision, String partnerId, List<String> urls) {
        var stored = transcripts.forRevision(sessionId, revision);
        if (stored.isPresent()) {
            return new Outcome(stored.get(), null);
        }
        transcripts.heartbeat(sessionId, revision);
        Path scratch = dataDirectory.root().resolve("scratch").resolve(sessionId);
        List<Path> copies = new ArrayList<>();
        try {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                try {
                    Path file = recordings.localCopy(urls.get(i), partnerId, scratch);
                    files.add(file);
                    if (file.startsWith(scratch)) {
                        copies.add(file);
                    }
                } catch (Recordings.RefusedSource refused) {
                    return new Outcome(null, "Recording file " + (i + 1) + " " + refused.getMessage() + ".");
                }
            }
            long started = System.nanoTime();
            Transcript transcript = speech.transcribe(files, () -> transcripts.heartbeat(sessionId, revision));
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Session " + sessionId + " transcribed: " + transcript.durationMs() + " ms of audio in " + elapsed
                    + " ms, " + transcript.segments().size() + " segments");
            return new Outcome(transcripts.store(sessionId, revision, speech.engineName(), transcript), null);
        } catch (Transcription.FileUndecodable undecodable) {
            return new Outcome(null, "Recording file " + (undecodable.index() + 1) + " could not be decoded as audio. "
                    + "Send WAV, MP3, M4A/MP4 (AAC), FLAC, OGG/Opus or WebM; re-encoding as MP4 (AAC) usually helps.");
        } catch (IOException e) {
            throw new UncheckedIOException("reading the recording of session " + sessionId + " failed", e);
        } finally {
            for (Path copy : copies) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a scratch copy left behind is removed with the session's scratch directory next time
                }
            }
        }
    }
}

package io.notewell.recording.control;

import io.notewell.recording.entity.Transcript;
import java.util.List;

/**
 * The speech-to-text port: the built-in Vosk engine implements it, and so can a remote
 * (OpenAI-compatible) one. A recognition takes 16 kHz mono 16-bit PCM in order and answers segments whose
 * times count from the start of the whole recording ({@code offsetMs} is where this audio begins).
 */
public interface SpeechEngine {

    String name();

    Recognition start(String speaker, long offsetMs);

    interface Recognition extends AutoCloseable {
        /** {@code length} bytes of PCM; a whole number of samples. */
        void accept(byte[] pcm, int length);

        /** The segments recognised, in time order; call once, after the last {@link #accept}. */
        List<Transcript.Segment> finish();

        @Override
        void close();
    }
}

package io.notewell.bench;

import io.notewell.recording.control.AudioDecoder;
import io.notewell.recording.control.Transcription;
import io.notewell.recording.control.VoskSpeechEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resident memory of the speech path alone, in one JVM: the same recording transcribed several times with
 * one shared model, the process's resident set printed after each. Arguments: recording, model directory,
 * repetitions.
 */
public final class SpeechMemoryBench {

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        try (VoskSpeechEngine engine = new VoskSpeechEngine(Path.of(args[1]))) {
            System.out.printf("after_model_load rss_mb=%d%n", rssMb());
            Transcription transcription = new Transcription(AudioDecoder.bundled(), engine, "clinician", "client");
            for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
                long started = System.nanoTime();
                int words = transcription.transcribe(List.of(recording)).wordCount();
                System.out.printf("run=%d words=%d seconds=%.1f rss_mb=%d%n", i, words, (System.nanoTime() - started) / 1e9, rssMb());
            }
        }
    }

    static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}

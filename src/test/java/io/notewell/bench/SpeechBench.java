package io.notewell.bench;

import io.notewell.recording.control.AudioDecoder;
import io.notewell.recording.control.Transcription;
import io.notewell.recording.control.VoskSpeechEngine;
import io.notewell.recording.entity.Transcript;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Speech-to-text speed in one JVM, on the same audio, in the same run: Vosk's own Java API fed PCM that was
 * decoded beforehand (the bare engine), against Notewell's path (streaming decode of the compressed file,
 * transcription with word times, the transcript serialised and encrypted as it is stored). Prints both as
 * multiples of real time and their ratio. Arguments: the compressed recording, the same audio as raw
 * 16 kHz mono s16le PCM, the model directory.
 */
public final class SpeechBench {

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        Path pcm = Path.of(args[1]);
        Path modelDir = Path.of(args[2]);
        double audioSeconds = Files.size(pcm) / 32_000.0;

        long bareStart = System.nanoTime();
        int words = 0;
        try (Model model = new Model(modelDir.toString());
             Recognizer recognizer = new Recognizer(model, 16_000);
             InputStream in = Files.newInputStream(pcm)) {
            recognizer.setWords(true);
            byte[] buffer = new byte[8_000];
            int n;
            StringBuilder all = new StringBuilder();
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (recognizer.acceptWaveForm(buffer, n)) {
                    all.append(recognizer.getResult());
                }
            }
            all.append(recognizer.getFinalResult());
            words = all.toString().split("\"word\"").length - 1;
        }
        double bare = (System.nanoTime() - bareStart) / 1e9;

        long pathStart = System.nanoTime();
        Transcript transcript;
        try (VoskSpeechEngine engine = new VoskSpeechEngine(modelDir)) {
            transcript = new Transcription(AudioDecoder.bundled(), engine, "clinician", "client")
                    .transcribe(List.of(recording));
            byte[] json = JsonbBuilder.create().toJson(transcript).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            cipher.init(Cipher.ENCRYPT_MODE, KeyGenerator.getInstance("AES").generateKey(), new GCMParameterSpec(128, iv));
            cipher.doFinal(json);
        }
        double path = (System.nanoTime() - pathStart) / 1e9;

        System.out.printf("audio_s=%.1f bare_vosk_s=%.1f bare_x_realtime=%.2f bare_words=%d%n", audioSeconds, bare, audioSeconds / bare, words);
        System.out.printf("notewell_path_s=%.1f notewell_x_realtime=%.2f notewell_words=%d%n", path, audioSeconds / path,
                transcript.wordCount());
        System.out.printf("speed_ratio_notewell_over_bare=%.3f (target >= 0.90)%n", bare / path);
    }
}

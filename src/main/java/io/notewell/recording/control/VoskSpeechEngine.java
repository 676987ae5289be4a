package io.notewell.recording.control;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.recording.entity.Transcript;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * The built-in speech engine: Vosk with the small English model that Maven Central publishes as an Android
 * archive ({@code com.alphacephei:vosk-model-en}); the archive travels in the application and its model
 * directory is unpacked once into the data directory. The model is shared; a recognizer per recognition.
 */
public final class VoskSpeechEngine implements SpeechEngine, AutoCloseable {

    public static final String NAME = "vosk-model-en-0.3.45";
    static final String ARCHIVE = "io/notewell/recording/model/vosk-model-en.aar";
    private static final String MODEL_PREFIX = "assets/model-en-us/";

    private final Model model;

    public VoskSpeechEngine(Path modelDirectory) {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        try {
            this.model = new Model(modelDirectory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the Vosk model from " + modelDirectory, e);
        }
    }

    /** Unpacks the model from the archive on the class path into {@code root}, unless an earlier start did. */
    public static Path unpackModel(Path root) {
        Path target = root.resolve(NAME);
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        try (InputStream archive = VoskSpeechEngine.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException("the Vosk model archive " + ARCHIVE + " is not on the class path");
            }
            Path staging = Files.createDirectories(root).resolve(NAME + ".unpacking-" + ProcessHandle.current().pid());
            try (ZipInputStream zip = new ZipInputStream(archive)) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (!entry.getName().startsWith(MODEL_PREFIX) || entry.isDirectory() || entry.getName().contains("..")) {
                        continue;
                    }
                    Path file = staging.resolve(entry.getName().substring(MODEL_PREFIX.length()));
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException anotherProcessWon) {
                if (!Files.exists(complete)) {
                    throw anotherProcessWon;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the Vosk model into " + root, e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Recognition start(String speaker, long offsetMs) {
        try {
            Recognizer recognizer = new Recognizer(model, AudioDecoder.SAMPLE_RATE);
            recognizer.setWords(true);
            return new VoskRecognition(recognizer, speaker, offsetMs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Vosk recognizer", e);
        }
    }

    @Override
    public void close() {
        model.close();
    }

    private static final class VoskRecognition implements Recognition {
        private final Recognizer recognizer;
        private final String speaker;
        private final long offsetMs;
        private final List<Transcript.Segment> segments = new ArrayList<>();

        VoskRecognition(Recognizer recognizer, String speaker, long offsetMs) {
            this.recognizer = recognizer;
            this.speaker = speaker;
            this.offsetMs = offsetMs;
        }

        @Override
        public void accept(byte[] pcm, int length) {
            if (recognizer.acceptWaveForm(pcm, length)) {
                add(recognizer.getResult());
            }
        }

        @Override
        public List<Transcript.Segment> finish() {
            add(recognizer.getFinalResult());
            return List.copyOf(segments);
        }

        @Override
        public void close() {
            recognizer.close();
        }

        /** A Vosk result: {"result": [{"conf", "start", "end", "word"}...], "text"}; times in seconds. */
        private void add(String json) {
            JsonObject result;
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                result = reader.readObject();
            }
            JsonArray words = result.getJsonArray("result");
            if (words == null || words.isEmpty()) {
                return;
            }
            List<Transcript.Word> timed = new ArrayList<>(words.size());
            for (JsonObject w : words.getValuesAs(JsonObject.class)) {
                timed.add(new Transcript.Word(w.getString("word"), offsetMs + millis(w, "start"), offsetMs + millis(w, "end"),
                        w.containsKey("conf") ? w.getJsonNumber("conf").doubleValue() : 1.0));
            }
            String text = String.join(" ", timed.stream().map(Transcript.Word::text).toList());
            segments.add(new Transcript.Segment(speaker, text, timed.get(0).start(), timed.get(timed.size() - 1).end(), timed));
        }

        private static long millis(JsonObject word, String field) {
            JsonNumber seconds = word.getJsonNumber(field);
            return Math.round(seconds.doubleValue() * 1000);
        }
    }
}

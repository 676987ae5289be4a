package io.notewell.recording.control;

import io.notewell.recording.entity.Transcript;
import io.notewell.remote.control.ModelRejected;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Speech-to-text by an OpenAI-compatible {@code /v1/audio/transcriptions} service (OpenAI, whisper.cpp server,
 * faster-whisper servers). The PCM of a recognition is sent as WAV chunks of at most {@code chunkSeconds}
 * (OpenAI takes 25 MB a file: ten minutes of 16 kHz mono is 19.2 MB), each cut at the quietest tenth of a second
 * of its last fifth so that no word is split, and the answers' segment times are shifted by where each chunk
 * starts, so that the stitched transcript's times count from the start of the recording.
 */
public final class RemoteSpeechEngine implements SpeechEngine {

    public static final String NAME_PREFIX = "openai-compatible:";
    static final int BYTES_PER_SECOND = AudioDecoder.SAMPLE_RATE * AudioDecoder.BYTES_PER_SAMPLE;
    private static final int FRAME_BYTES = BYTES_PER_SECOND / 10;

    /** One call to the service: a WAV file and the form fields besides the model. */
    @FunctionalInterface
    public interface Service {
        JsonObject transcribe(byte[] wav, Map<String, String> fields);
    }

    private final String name;
    private final Service service;
    private final int chunkBytes;
    private final String language;

    public RemoteSpeechEngine(String model, Service service, int chunkSeconds, String language) {
        this.name = NAME_PREFIX + model;
        this.service = service;
        this.chunkBytes = Math.max(2, chunkSeconds) * BYTES_PER_SECOND;
        this.language = language == null || language.isBlank() ? null : language.strip();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Recognition start(String speaker, long offsetMs) {
        return new Chunked(speaker, offsetMs);
    }

    private final class Chunked implements Recognition {
        private final String speaker;
        private final long offsetMs;
        private ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private long sentBytes;
        private final List<Transcript.Segment> segments = new ArrayList<>();

        Chunked(String speaker, long offsetMs) {
            this.speaker = speaker;
            this.offsetMs = offsetMs;
        }

        @Override
        public void accept(byte[] pcm, int length) {
            pending.write(pcm, 0, length);
            while (pending.size() >= chunkBytes) {
                byte[] all = pending.toByteArray();
                int cut = quietestCut(all, chunkBytes);
                send(all, cut);
                pending = new ByteArrayOutputStream(Math.max(32, all.length - cut + chunkBytes / 4));
                pending.write(all, cut, all.length - cut);
            }
        }

        @Override
        public List<Transcript.Segment> finish() {
            byte[] rest = pending.toByteArray();
            pending = new ByteArrayOutputStream();
            // less than a tenth of a second holds no speech, and some services refuse such short files
            if (rest.length >= FRAME_BYTES) {
                send(rest, rest.length);
            }
            return List.copyOf(segments);
        }

        private void send(byte[] pcm, int length) {
            long startMs = offsetMs + sentBytes * 1000 / BYTES_PER_SECOND;
            long lengthMs = (long) length * 1000 / BYTES_PER_SECOND;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("response_format", "verbose_json");
            fields.put("timestamp_granularities[]", "segment");
            fields.put("temperature", "0");
            if (language != null) {
                fields.put("language", language);
            }
            JsonObject answer = service.transcribe(wav(pcm, length), fields);
            segments.addAll(segments(answer, speaker, startMs, lengthMs));
            sentBytes += length;
        }

        @Override
        public void close() {
            pending = new ByteArrayOutputStream();
        }
    }

    /**
     * Where to end a chunk of at most {@code limit} bytes: the start of the quietest 100 ms frame in its last fifth
     * (sample-aligned), or the limit itself when the audio is shorter.
     */
    static int quietestCut(byte[] pcm, int limit) {
        int end = Math.min(limit, pcm.length) / FRAME_BYTES * FRAME_BYTES;
        int from = Math.max(FRAME_BYTES, (end - end / 5) / FRAME_BYTES * FRAME_BYTES);
        if (end <= from) {
            return Math.min(limit, pcm.length) & ~1;
        }
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        int best = end;
        double quietest = Double.MAX_VALUE;
        for (int frame = from; frame + FRAME_BYTES <= end; frame += FRAME_BYTES) {
            double energy = 0;
            for (int i = frame; i < frame + FRAME_BYTES; i += 2) {
                double s = samples.getShort(i);
                energy += s * s;
            }
            if (energy < quietest) {
                quietest = energy;
                best = frame;
            }
        }
        return best;
    }

    /** 16 kHz mono 16-bit PCM as a WAV file (RIFF header and the samples). */
    static byte[] wav(byte[] pcm, int length) {
        ByteBuffer out = ByteBuffer.allocate(44 + length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[]{'R', 'I', 'F', 'F'}).putInt(36 + length).put(new byte[]{'W', 'A', 'V', 'E'});
        out.put(new byte[]{'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(AudioDecoder.SAMPLE_RATE).putInt(BYTES_PER_SECOND).putShort((short) AudioDecoder.BYTES_PER_SAMPLE)
                .putShort((short) 16);
        out.put(new byte[]{'d', 'a', 't', 'a'}).putInt(length).put(pcm, 0, length);
        return out.array();
    }

    /**
     * The segments of a verbose-JSON answer, shifted to the chunk's start and kept inside the chunk (services
     * sometimes time the last segment past the end of the audio). An answer with text but no segments becomes one
     * segment over the chunk; an answer with neither is refused.
     */
    static List<Transcript.Segment> segments(JsonObject answer, String speaker, long startMs, long lengthMs) {
        List<Transcript.Segment> out = new ArrayList<>();
        JsonValue list = answer.get("segments");
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : (JsonArray) list) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonObject segment = value.asJsonObject();
                String text = segment.get("text") instanceof JsonString s ? s.getString().strip() : "";
                if (text.isEmpty()) {
                    continue;
                }
                long from = clamp(seconds(segment.get("start")), lengthMs);
                long to = Math.max(from, clamp(seconds(segment.get("end")), lengthMs));
                out.add(new Transcript.Segment(speaker, text, startMs + from, startMs + to, List.of()));
            }
            return out;
        }
        if (answer.get("text") instanceof JsonString text) {
            if (!text.getString().isBlank()) {
                out.add(new Transcript.Segment(speaker, text.getString().strip(), startMs, startMs + lengthMs, List.of()));
            }
            return out;
        }
        throw new ModelRejected("the speech service answered without text or segments");
    }

    private static long seconds(JsonValue value) {
        return value instanceof JsonNumber n ? Math.round(n.doubleValue() * 1000) : 0;
    }

    private static long clamp(long ms, long lengthMs) {
        return Math.max(0, Math.min(ms, lengthMs));
    }
}

package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.recording.entity.Transcript;
import io.notewell.remote.control.OpenAiClient;
import io.notewell.testing.FakeOpenAi;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech over an OpenAI-compatible /v1/audio/transcriptions service: long audio goes in chunks within the
 * limit, cut where it is quiet, and the answers' times are stitched back onto the recording's clock.
 */
class RemoteSpeechEngineTest {

    private static FakeOpenAi service;
    private static OpenAiClient client;

    @BeforeAll
    static void start() {
        service = FakeOpenAi.start(0, "whisper-1", null);
        client = new OpenAiClient(new OpenAiClient.Endpoint(URI.create(service.baseUrl()), "whisper-1", null, null,
                Duration.ofSeconds(10)), OpenAiClient.httpClient());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void reset() {
        service.reset();
        service.speaks(List.of("I have been feeling anxious most days.", "My heart races before meetings."), 2.0);
    }

    /** 16 kHz mono PCM: a tone, with silence where asked (seconds from, to). */
    private static byte[] tone(double seconds, double[]... silences) {
        int samples = (int) (seconds * 16_000);
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            double t = i / 16_000.0;
            boolean quiet = false;
            for (double[] s : silences) {
                quiet |= t >= s[0] && t < s[1];
            }
            pcm.putShort((short) (quiet ? 0 : 8000 * Math.sin(2 * Math.PI * 220 * t)));
        }
        return pcm.array();
    }

    @Test
    void long_audio_goes_in_chunks_cut_at_a_quiet_moment_and_the_times_continue_across_them() {
        RemoteSpeechEngine engine = new RemoteSpeechEngine("whisper-1", (wav, fields) -> client.transcribe(wav, "audio.wav",
                "audio/wav", fields), 10, "en");
        byte[] pcm = tone(25, new double[]{8.6, 8.9});
        List<Transcript.Segment> segments;
        try (SpeechEngine.Recognition recognition = engine.start("client", 60_000)) {
            for (int at = 0; at < pcm.length; at += 6400) {
                byte[] piece = java.util.Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + 6400));
                recognition.accept(piece, piece.length);
            }
            segments = recognition.finish();
        }
        assertEquals(List.of(), service.violations());
        List<FakeOpenAi.Received> calls = service.received("/v1/audio/transcriptions");
        List<Double> seconds = calls.stream().map(c -> {
            byte[] wav = FakeOpenAi.multipart(c.header("Content-Type"), c.body()).get("file");
            return ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(40) / 32_000.0;
        }).toList();
        assertEquals(3, calls.size(), "25 s in chunks of at most 10 s: " + seconds);
        assertEquals(8.6, seconds.get(0), 0.11, "the first cut falls in the silence at 8.6 s, not mid-word at 10 s");
        assertEquals(25.0, seconds.stream().mapToDouble(Double::doubleValue).sum(), 0.001, "every sample is sent once");
        assertTrue(seconds.stream().allMatch(s -> s <= 10.0), "no chunk over the limit: " + seconds);
        long previousEnd = 0;
        for (Transcript.Segment segment : segments) {
            assertEquals("client", segment.speaker());
            assertTrue(segment.start() >= previousEnd, "segments in time order");
            previousEnd = segment.end();
        }
        assertTrue(segments.get(0).start() >= 60_000, "times count from where this audio starts in the recording");
        assertTrue(segments.get(segments.size() - 1).end() <= 85_000, "and stay inside it");
        long secondChunk = 60_000 + Math.round(seconds.get(0) * 1000);
        assertTrue(segments.stream().anyMatch(s -> s.start() == secondChunk),
                "the second chunk's first segment starts where the first chunk ended: " + segments);
        assertEquals("verbose_json", new String(FakeOpenAi.multipart(calls.get(0).header("Content-Type"), calls.get(0).body())
                .get("response_format")));
    }

    @Test
    void a_real_recording_in_two_files_is_transcribed_through_the_service_with_one_clock(@TempDir Path dir) throws Exception {
        Path part1 = Files.write(dir.resolve("part1.wav"), TranscriptionTestFiles.bytes("part1.wav"));
        Path part2 = Files.write(dir.resolve("part2.mp3"), TranscriptionTestFiles.bytes("part2.mp3"));
        RemoteSpeechEngine engine = new RemoteSpeechEngine("whisper-1", (wav, fields) -> client.transcribe(wav, "audio.wav",
                "audio/wav", fields), 15, "en");
        Transcript transcript = new Transcription(AudioDecoder.bundled(), engine, "clinician", "client")
                .transcribe(List.of(part1, part2));
        assertEquals(List.of(), service.violations());
        assertTrue(service.received("/v1/audio/transcriptions").size() >= 4, "two files of 33 s and 26 s in chunks of 15 s");
        assertTrue(transcript.durationMs() > 55_000, "decoded length " + transcript.durationMs());
        long previous = -1;
        for (Transcript.Segment s : transcript.segments()) {
            assertTrue(s.start() >= previous, "one clock across files and chunks");
            assertTrue(s.end() <= transcript.durationMs());
            previous = s.start();
        }
        assertTrue(transcript.segments().stream().anyMatch(s -> s.start() > 33_000), "the second file's speech is after the first");
    }

    @Test
    void the_wav_header_describes_16_khz_mono_16_bit() {
        byte[] wav = RemoteSpeechEngine.wav(new byte[3200], 3200);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(3244, wav.length);
        assertEquals(1, header.getShort(22), "channels");
        assertEquals(16_000, header.getInt(24), "sample rate");
        assertEquals(16, header.getShort(34), "bits per sample");
        assertEquals(3200, header.getInt(40), "data length");
    }
}

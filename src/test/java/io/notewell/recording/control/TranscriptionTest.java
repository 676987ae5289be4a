package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.recording.entity.Transcript;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real decoder (JAVE2's ffmpeg) and the real speech engine (Vosk, small English model) on synthetic
 * speech of a therapy session. Assertions are on robust words, not on exact text.
 */
class TranscriptionTest {

    private static VoskSpeechEngine vosk;
    private static Transcription transcription;

    @BeforeAll
    static void loadModel() {
        vosk = new VoskSpeechEngine(VoskSpeechEngine.unpackModel(Path.of("target", "test-models")));
        transcription = new Transcription(AudioDecoder.bundled(), vosk, "clinician", "client");
    }

    @AfterAll
    static void close() {
        vosk.close();
    }

    static Path recording(String name) {
        try {
            return Path.of(TranscriptionTest.class.getResource("/recordings/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String words(Transcript t) {
        return t.segments().stream().map(Transcript.Segment::text).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    }

    @Test
    void transcribesAnOpusSessionWithWordTimesAndAnUnknownSpeaker() throws Exception {
        Transcript t = transcription.transcribe(List.of(recording("session.ogg")));
        String said = words(t);
        for (String phrase : List.of("anxious", "breathing", "sleeping", "worry", "next week")) {
            assertTrue(said.contains(phrase), () -> "transcript lacks '" + phrase + "'");
        }
        assertTrue(Math.abs(t.durationMs() - 74_955) < 1_000, "duration " + t.durationMs());
        assertEquals(Set.of(Transcript.UNKNOWN_SPEAKER), t.segments().stream().map(Transcript.Segment::speaker).collect(Collectors.toSet()));
        assertTrue(t.segments().size() >= 8, "one segment per pause-separated utterance, got " + t.segments().size());
        for (Transcript.Segment s : t.segments()) {
            assertTrue(s.start() <= s.end() && s.end() <= t.durationMs() + 100, "segment times inside the recording");
            assertEquals(s.text().split(" ").length, s.words().size());
        }
    }

    @Test
    void decodesAacInMp4AndWebm() throws Exception {
        for (String name : List.of("session.m4a", "session.webm")) {
            Transcript t = transcription.transcribe(List.of(recording(name)));
            assertTrue(words(t).contains("breathing"), name);
            assertTrue(Math.abs(t.durationMs() - 74_955) < 1_000, name + " duration " + t.durationMs());
        }
    }

    @Test
    void concatenatesFilesInOrderWithTimesContinuingAcrossThem() throws Exception {
        Transcript first = transcription.transcribe(List.of(recording("part1.wav")));
        Transcript both = transcription.transcribe(List.of(recording("part1.wav"), recording("part2.mp3")));
        assertTrue(both.durationMs() > first.durationMs() + 30_000, "second file adds its length");
        Transcript.Segment homework = both.segments().stream().filter(s -> s.text().contains("homework")).findFirst().orElseThrow();
        assertTrue(homework.start() > first.durationMs(), "an utterance of the second file is timed after the first file");
        assertTrue(words(both).indexOf("anxious") < words(both).indexOf("homework"), "files keep their order");
    }

    @Test
    void stereoWithOneSpeakerPerChannelIsTranscribedPerChannelAndMergedByTime() throws Exception {
        Transcript t = transcription.transcribe(List.of(recording("stereo.flac")));
        assertEquals(2, t.channels());
        String clinician = t.segments().stream().filter(s -> s.speaker().equals("clinician")).map(Transcript.Segment::text)
                .collect(Collectors.joining(" "));
        String client = t.segments().stream().filter(s -> s.speaker().equals("client")).map(Transcript.Segment::text)
                .collect(Collectors.joining(" "));
        assertTrue(clinician.contains("homework"), "the clinician gave the homework");
        assertTrue(client.contains("anxious") && !clinician.contains("anxious"), "the client said they were anxious");
        for (int i = 1; i < t.segments().size(); i++) {
            assertTrue(t.segments().get(i - 1).start() <= t.segments().get(i).start(), "merged in time order");
        }
    }

    @Test
    void silenceGivesAnEmptyTranscript() throws Exception {
        Transcript t = transcription.transcribe(List.of(recording("silence.ogg")));
        assertEquals(0, t.wordCount());
        assertTrue(t.durationMs() > 7_000);
    }

    @Test
    void anUndecodableFileIsNamedByItsPosition() {
        var first = assertThrows(Transcription.FileUndecodable.class,
                () -> transcription.transcribe(List.of(recording("corrupt.mp3"))));
        assertEquals(0, first.index());
        var second = assertThrows(Transcription.FileUndecodable.class,
                () -> transcription.transcribe(List.of(recording("part1.wav"), recording("corrupt.mp3"))));
        assertEquals(1, second.index());
    }

    @Test
    void identicalChannelsAreOneStream() {
        byte[] same = new byte[4_000];
        byte[] differ = new byte[4_000];
        for (int f = 0; f < 1_000; f++) {
            short v = (short) (Math.sin(f / 5.0) * 8_000);
            same[f * 4] = (byte) v; same[f * 4 + 1] = (byte) (v >> 8); same[f * 4 + 2] = (byte) v; same[f * 4 + 3] = (byte) (v >> 8);
            differ[f * 4] = (byte) v; differ[f * 4 + 1] = (byte) (v >> 8);
        }
        assertTrue(!Transcription.channelsDiffer(same, same.length));
        assertTrue(Transcription.channelsDiffer(differ, differ.length));
    }
}

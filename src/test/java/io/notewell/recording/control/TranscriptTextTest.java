package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.RiskFinding;
import io.notewell.recording.entity.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTextTest {

    static Transcript.Segment segment(String speaker, String text, long start, long end) {
        return new Transcript.Segment(speaker, text, start, end, List.of());
    }

    final Transcript stereo = new Transcript(20_000, 2, List.of(
            segment("clinician", "how have you been sleeping", 0, 2_000),
            segment("client", "i have been sleeping four hours and i'm tired", 2_500, 6_000),
            segment("client", "no i have not thought about hurting myself", 7_000, 9_000)));

    @Test
    void utterances_become_labelled_sentences_of_a_conversation() {
        TranscriptText.Rendered r = TranscriptText.render(stereo, false);
        assertEquals("""
                Clinician: How have you been sleeping?
                Client: I have been sleeping four hours and I'm tired.
                Client: No I have not thought about hurting myself.
                """, r.text());
        assertEquals("I have been sleeping four hours and I'm tired.", r.text().substring(r.spans()[1][0], r.spans()[1][1]));
    }

    @Test
    void a_dictation_is_plain_lines_and_mono_speakers_are_guessed_only_for_reading() {
        assertEquals("How have you been sleeping?\n", TranscriptText.render(new Transcript(1, 1,
                List.of(segment("unknown", "how have you been sleeping", 0, 1))), true).text());
        Transcript mono = new Transcript(10, 1, List.of(segment("unknown", "did you sleep", 0, 1), segment("unknown", "i slept badly", 2, 3)));
        assertEquals("Clinician: Did you sleep?\nClient: I slept badly.\n", TranscriptText.render(mono, false).text());
    }

    @Test
    void on_one_channel_what_only_a_clinician_says_is_the_clinicians() {
        Transcript mono = new Transcript(10, 1, List.of(
                segment("unknown", "some people have thoughts of suicide when they feel this low", 0, 1),
                segment("unknown", "let's practice the breathing we talked about", 2, 3),
                segment("unknown", "i felt low all week", 4, 5)));
        assertEquals("""
                Clinician: Some people have thoughts of suicide when they feel this low.
                Clinician: Let's practice the breathing we talked about.
                Client: I felt low all week.
                """, TranscriptText.render(mono, false).text());
    }

    @Test
    void evidence_gets_the_times_and_speaker_of_the_utterances_it_spans() {
        TranscriptText.Rendered r = TranscriptText.render(stereo, false);
        int[] second = r.spans()[1];
        int[] third = r.spans()[2];
        NoteDocument note = new NoteDocument("soap", "SOAP note", "conversation",
                List.of(new NoteSection("subjective", "Subjective", List.of(
                        new NoteSentence("Client reports sleeping four hours.", List.of(Evidence.span(second[0], second[1], "Client"))),
                        new NoteSentence("Both.", List.of(Evidence.span(r.spans()[0][0], second[1], null)))))),
                List.of(new RiskFinding("self_harm", "denied", "Self-harm: denied.", List.of(Evidence.span(third[0], third[1], "Client")))),
                List.of());
        NoteDocument timed = TranscriptText.withRecordingEvidence(note, stereo, r);
        Evidence one = timed.sections().get(0).sentences().get(0).evidence().get(0);
        assertEquals(2_500L, one.startMs());
        assertEquals(6_000L, one.endMs());
        assertEquals("client", one.speaker());
        Evidence both = timed.sections().get(0).sentences().get(1).evidence().get(0);
        assertEquals(0L, both.startMs());
        assertEquals(6_000L, both.endMs());
        assertNull(both.speaker(), "two speakers: none named");
        RiskFinding risk = timed.risks().get(0);
        assertEquals("denied", risk.polarity());
        assertTrue(risk.summary().contains("automatic transcript"), "a risk read from speech says how sure it is");
        assertEquals(7_000L, risk.evidence().get(0).startMs());
    }
}

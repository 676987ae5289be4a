package io.notewell.recording.control;

import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.RiskFinding;
import io.notewell.recording.entity.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text the note engine reads for a recording, and the way back from that text to the recording.
 * <p>
 * Speech engines answer lower-case words without punctuation; each recognised utterance (the engine ends
 * one at a pause) becomes a sentence: capitalised, "i" as "I", a question mark when it opens like a
 * question. A session recording becomes a conversation, one labelled line per utterance ("Clinician:",
 * "Client:"); where the speaker is unknown (mono audio), the label is a guess from the utterance's form
 * (questions are the clinician's), used only to read the text: evidence keeps the speaker as unknown.
 * Dictated notes become plain lines, already in the clinician's voice.
 */
public final class TranscriptText {

    private static final Set<String> QUESTION_OPENERS = Set.of("what", "how", "why", "when", "where", "who", "which",
            "do", "does", "did", "are", "is", "was", "were", "have", "has", "can", "could", "would", "will", "should",
            "shall", "may", "any", "anything");
    private static final Pattern LONE_I = Pattern.compile("\\bi(?=\\b|')");
    private static final Pattern CLINICIAN_CUES = Pattern.compile(
            "(?:so |okay |ok |alright |now )?(?:let's|let us|i'd like you to|i would like you to|i want you to|for homework|"
                    + "this week I'd like|it sounds like|it seems like|what I'm hearing|tell me (?:about|more)|some people|many people|"
                    + "we'll meet|we will meet|next week we|next session we|our time is|we have about|we're (?:almost )?out of time|"
                    + "I'm going to ask|I want to check in|I'd like to check in|I'd like to ask|on a scale of|take a (?:deep )?breath|"
                    + "notice (?:what|where|how)|go with that)\\b", Pattern.CASE_INSENSITIVE);
    private static final String CAUTION = " Taken from an automatic transcript, which can miss words such as negations: "
            + "confirm against the recording.";

    /** The rendered text and, per segment of the transcript, the span {@code [start, end)} of its words in it. */
    public record Rendered(String text, int[][] spans) {
    }

    private TranscriptText() {
    }

    public static Rendered render(Transcript transcript, boolean dictation) {
        StringBuilder text = new StringBuilder();
        List<Transcript.Segment> segments = transcript.segments();
        int[][] spans = new int[segments.size()][];
        for (int i = 0; i < segments.size(); i++) {
            Transcript.Segment segment = segments.get(i);
            String sentence = sentence(segment.text());
            if (!dictation) {
                text.append(label(segment, sentence)).append(": ");
            }
            int start = text.length();
            text.append(sentence);
            spans[i] = new int[]{start, text.length()};
            text.append('\n');
        }
        return new Rendered(text.toString(), spans);
    }

    static String sentence(String words) {
        String s = LONE_I.matcher(words.strip()).replaceAll("I");
        if (s.isEmpty()) {
            return s;
        }
        String first = s.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s + (QUESTION_OPENERS.contains(first) ? "?" : ".");
    }

    private static String label(Transcript.Segment segment, String sentence) {
        return switch (segment.speaker()) {
            case "clinician" -> "Clinician";
            case "client" -> "Client";
            // one channel for both: questions, and what only the clinician says in a session, are the clinician's
            default -> sentence.endsWith("?") || CLINICIAN_CUES.matcher(sentence).lookingAt() ? "Clinician" : "Client";
        };
    }

    /**
     * The note with its evidence pointing into the recording: times of the utterances each sentence rests on
     * and their speaker as the transcript has it; risk findings say that they come from automatic speech.
     */
    public static NoteDocument withRecordingEvidence(NoteDocument note, Transcript transcript, Rendered rendered) {
        List<NoteSection> sections = note.sections().stream().map(section -> new NoteSection(section.key(), section.title(),
                section.sentences().stream()
                .map(s -> new NoteSentence(s.text(), timed(s.evidence(), transcript, rendered), s.unverified())).toList())).toList();
        List<RiskFinding> risks = note.risks().stream().map(r -> new RiskFinding(r.domain(), r.polarity(),
                r.evidence().isEmpty() ? r.summary() : r.summary() + CAUTION, timed(r.evidence(), transcript, rendered))).toList();
        return new NoteDocument(note.template(), note.title(), note.inputShape(), sections, risks, note.treatmentPlan());
    }

    private static List<Evidence> timed(List<Evidence> evidence, Transcript transcript, Rendered rendered) {
        List<Evidence> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            long start = Long.MAX_VALUE;
            long end = -1;
            String speaker = null;
            boolean oneSpeaker = true;
            for (int i = 0; i < rendered.spans().length; i++) {
                int[] span = rendered.spans()[i];
                if (span[0] < e.end() && e.start() < span[1]) {
                    Transcript.Segment segment = transcript.segments().get(i);
                    start = Math.min(start, segment.start());
                    end = Math.max(end, segment.end());
                    oneSpeaker &= speaker == null || speaker.equals(segment.speaker());
                    speaker = segment.speaker();
                }
            }
            out.add(end < 0 ? e : new Evidence(e.start(), e.end(), oneSpeaker ? speaker : null, start, end));
        }
        return out;
    }
}

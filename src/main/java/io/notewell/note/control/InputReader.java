package io.notewell.note.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Reads a session's text into units (sentences, or clauses of shorthand sentences) with their character
 * spans in the input. Recognises the two shapes clinicians send: their own notes (often terse shorthand,
 * sometimes with SOAP-style labels) and a conversation transcript with speaker labels.
 */
public final class InputReader {

    /** Who said a unit. NOTES: the clinician's own notes or dictation. */
    public enum Role { CLIENT, CLINICIAN, NOTES }

    public enum Shape { clinician_notes, conversation }

    /** A sentence or clause of the input: {@code [start, end)} in the input, who said it, and in which turn. */
    public record Unit(int start, int end, String text, Role role, String speaker, int turn, String labelHint, String topic,
                       String question) {
        public Unit(int start, int end, String text, Role role, String speaker, int turn, String labelHint) {
            this(start, end, text, role, speaker, turn, labelHint, null, null);
        }

        /** The same unit answering a question about {@code topic}. */
        Unit answering(String topic) {
            return new Unit(start, end, text, role, speaker, turn, labelHint, topic, question);
        }

        /** The same unit as the first words of the answer to {@code question}, the clinician's words just before it. */
        Unit answerTo(String question) {
            return new Unit(start, end, text, role, speaker, turn, labelHint, topic, question);
        }

        /**
         * A question: it ends with a question mark, or, in a conversation typed or transcribed without punctuation, it ends
         * with none and opens as a question does ("any thoughts of hurting yourself since we last talked"); or the clinician
         * asks for a rating as an imperative ("Rate your anxiety from zero to a hundred before we start.").
         */
        public boolean isQuestion() {
            String t = text.strip();
            return t.endsWith("?") || role != Role.NOTES && !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1))
                    && UNPUNCTUATED_QUESTION.matcher(t).lookingAt() || role == Role.CLINICIAN && asksForRating(t);
        }
    }

    /** Whether {@code text} asks for a rating as an imperative ({@link #RATING_REQUESTED}): a question, answered. */
    static boolean asksForRating(String text) {
        return RATING_REQUESTED.matcher(text.strip()).lookingAt();
    }

    /** "Rate your anxiety from zero to a hundred before we start.", "Give me a number, zero to ten, for how upset you feel." */
    private static final Pattern RATING_REQUESTED = Pattern.compile("^(?:(?:so|okay|ok|now|and|first|go ahead and|just),?\\s+)*"
            + "(?:rate|give me a (?:number|rating)|tell me (?:a number|your (?:suds|rating|number)))\\b[^.?!]*\\b(?:zero|0|one|1|ten|10|"
            + "hundred|100|scale|suds)\\b[^?]*$", Pattern.CASE_INSENSITIVE);

    /**
     * A sentence in which the client commits to a step: "Yes. I'll put it in tonight.", "I'll go for a walk after lunch
     * instead." (not "I'll try", "I'll think about it").
     */
    static final Pattern COMMITMENT = Pattern.compile("(?:^|“)\\W*(?:(?:yes|yeah|yep|sure|okay|ok|definitely|absolutely)\\b[^?]{0,20}?)?"
            + "\\bI(?:'ll|’ll| will|'m going to|’m going to| am going to| can) (?!try\\b(?!\\s+to\\s+\\w)|think\\b|see\\b|have to see\\b)\\w+", Pattern.CASE_INSENSITIVE);

    /** How a question opens, when its question mark is missing. */
    private static final Pattern UNPUNCTUATED_QUESTION = Pattern.compile("(?:(?:so|and|okay|ok|alright|now|um|uh),?\\s+)?"
            + "(?:any|anything|have you|has (?:anyone|anybody|he|she|it|that|this)|do you|does (?:anyone|he|she|it|that)|did you|are you|"
            + "were you|is (?:there|anyone|anybody|he|she|it|that)|was (?:there|anyone|it|that)|can you|could you|would you|will you|"
            + "what|how|why|when|where|who|which)\\b", Pattern.CASE_INSENSITIVE);

    /** A speaker turn of a conversation (the whole input is one turn for notes). */
    public record Turn(int index, Role role, String speaker, int start, int end) {
    }

    public record Parsed(Shape shape, List<Turn> turns, List<Unit> units, int words) {
    }

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final Pattern BRACKETED_ROLE = Pattern.compile("^([ \\t]*)\\[((?i:therapist|client|patient|clinician|counsell?or|"
            + "provider|psychologist|psychiatrist|interviewer|interviewee|speaker[ _]?\\d{1,2}))\\](:)?(?=[ \\t])"
            // (not "[Clinician] 10:02:05" on a line of its own: a speaker line, as Zoom writes one)
            + "(?![ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?[ \\t]*$)", Pattern.MULTILINE);
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\\u00A0\\u2007\\u202F]");
    private static final Pattern SPEAKER = Pattern.compile(
            // (also in Markdown, "**Therapist:**", "> Client:", and with a dash after a role: "Therapist - ", "Client — ")
            "^[ \\t]*(?:>[ \\t]*)?(?:\\*\\*|__)?(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?[ \\t]*)?([A-Z][A-Za-z.'\\- ]{0,28}?(?: \\d{1,2})?|[A-Z]{1,3}|(?i:therapist|client|patient|clinician|counsell?or|provider|"
                    // "SPEAKER_00:", "Speaker_1:": the labels diarisation tools (WhisperX, pyannote) write
                    + "doctor|dr|psychologist|psychiatrist|interviewer|interviewee|pt|member|speaker[ _]?\\d{1,2}|speaker[ _][a-z]))"
                    // "Therapist (Dr. Lee):", "Client (J.M.):", "Interpreter (Dari):": a role, and who in brackets
                    + "(?:[ \\t]*\\((?!\\d{1,2}:\\d{2})([^()\\n:]{1,30})\\))?"
                    + "(?:[ \\t]*[\\[(]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?[\\])])?(?:[ \\t]*(?:\\*\\*|__)?:(?:\\*\\*|__)?|"
                    + "(?<=(?i:therapist|client|patient|clinician|counsel+or|provider|doctor|interviewer|interviewee|speaker \\d|speaker \\d\\d))"
                    + "[ \\t]+[-–—])[ \\t]+(?=\\S)",
            Pattern.MULTILINE);
    private static final Pattern RELATIVE_IN_BRACKETS = Pattern.compile("(?i)(?:mother|father|mom|dad|parent|wife|husband|partner|daughter|son|"
            + "sister|brother|grandmother|grandfather|aunt|uncle|guardian|foster (?:mother|father|parent)|caregiver|case manager|teacher|"
            + "interpreter|translator)");
    /** A transcription service's layout: the speaker and a time on a line of their own, what they said below ("Speaker 1  0:05"). */
    private static final Pattern VOICE_TAG = Pattern.compile("^([ \\t]*)<v(?:\\.[\\w.-]+)?[ \\t]+([^>\\n]{1,40}?)[ \\t]*>", Pattern.MULTILINE);
    private static final Pattern VOICE_END = Pattern.compile("</v>");
    private static final Pattern SPEAKER_LINE = Pattern.compile(
            // (or "Dana Whitfield (00:04):", as Rev writes it)
            "^[ \\t]*([A-Z][A-Za-z.'\\- ]{0,28}?(?: \\d{1,2})?)[ \\t]+[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?:?[ \\t]*\\R(?=[ \\t]*\\S)",
            Pattern.MULTILINE);
    /**
     * The same with the time first ("00:00:05 Clinician", "[00:00:09] Dana", as Descript and some recorders write it) or the
     * name in brackets ("[Dana Whitfield] 10:02:05", as Zoom saves a meeting's transcript).
     */
    private static final List<Pattern> SPEAKER_LINE_VARIANTS = List.of(
            Pattern.compile("^[ \\t]*[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?[\\])]?[ \\t]+([A-Z][A-Za-z.'\\- ]{0,28}?(?: \\d{1,2})?)"
                    + "[ \\t]*:?[ \\t]*\\R(?=[ \\t]*\\S)", Pattern.MULTILINE),
            Pattern.compile("^[ \\t]*\\[([A-Z][A-Za-z.'\\- ]{0,28}?(?: \\d{1,2})?)\\][ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?[ \\t]*\\R(?=[ \\t]*\\S)",
                    Pattern.MULTILINE));
    /**
     * A role on a line of its own, what was said below it ("Therapist", then the words), as some transcription tools and
     * hand-typed transcripts lay it out. Only a role, not a name: a name or a word alone on a line may head a note's section.
     */
    private static final Pattern ROLE_LINE = Pattern.compile(
            "^[ \\t]*((?i:therapist|client|patient|clinician|counsell?or|provider|psychologist|psychiatrist|interviewer|interviewee|"
                    + "speaker[ _]?\\d{1,2}))[ \\t]*:?[ \\t]*\\R(?=[ \\t]*\\S)",
            Pattern.MULTILINE);
    private static final Set<String> CLINICIAN_LABELS = Set.of("therapist", "clinician", "counselor", "counsellor",
            "provider", "doctor", "dr", "psychologist", "psychiatrist", "interviewer", "t", "th", "np", "lcsw", "lpc",
            "social worker", "coach", "practitioner");
    /** Whether {@code speaker} is a label that says the client ("Client", "Pt.", "Patient 1"), not a name. */
    static boolean isClientLabel(String speaker) {
        String key = speaker.strip().toLowerCase(Locale.ROOT).replace(".", "");
        return CLIENT_LABELS.contains(key) || key.startsWith("client") || key.startsWith("patient");
    }

    /**
     * A block of the clinician's notes after or within a transcript ("Clinician notes:", "Session note:", "Addendum:"): the
     * clinician's side, read as notes, not as something said.
     */
    static boolean isNotesLabel(String speaker) {
        return speaker != null && NOTES_LABEL.matcher(speaker.strip()).matches();
    }

    private static final Pattern NOTES_LABEL = Pattern.compile("(?i)(?:(?:clinician|therapist|counsell?or|provider|session|progress|"
            + "clinical|post-session)(?:'s|s')?\s+)?(?:notes?|observations?|addendum)|addendum|observations?");

    /** An interpreter's label ("Interpreter:", "Translator (Dari):"): the client's side, the client's words relayed. */
    static boolean isInterpreter(String speaker) {
        return speaker != null && INTERPRETER.matcher(speaker.strip()).lookingAt();
    }

    private static final Pattern INTERPRETER = Pattern.compile("(?i)(?:the )?(?:interpreter|translator)\\b");
    /** How an interpreter relays the client's words: "She says no.", "He says that he sleeps badly." */
    private static final Pattern RELAY_FRAME = Pattern.compile("^(?:she|he|they) (?:says|said|tells (?:me|us|you)|told (?:me|us|you)|"
            + "answers|answered|replies|replied|explains|adds)(?: that)?,?\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
    /** The interpreter's own part: "I have explained this to her.", "I will tell him.", "I told her what you said." */
    private static final Pattern OWN_REMARK = Pattern.compile("^(?:I|I've|I have|I will|I'll)\\s+(?:\\w+\\s+)?(?:explained|told|tell|interpreted|"
            + "interpret|translated|translate|repeated|repeat|asked|ask|said)\\b[^.?!]*?\\b(?:to )?(?:her|him|them)\\b");

    private static final Set<String> CLIENT_LABELS = Set.of("client", "patient", "pt", "c", "cl", "p", "member",
            "consumer", "interviewee");
    /** Labels that mark sections of a clinician's notes, not speakers. */
    /**
     * "Presentation:" heads what the client told and what the clinician saw alike: placement decides per sentence
     * ({@link PlacementHints}).
     */
    static final String PRESENTATION_HEADING = "presentation_or_observation";
    /** "PC:": an EMDR note's positive cognition, a general practitioner's presenting complaint. */
    static final String PC_ABBREVIATION = "pc";
    /** "Emotions:", "Body location:": in an EMDR note, part of the target's assessment; elsewhere, what the client reported. */
    static final String EMOTIONS_OR_BODY = "emotions_or_body";
    /** "SUD:": an EMDR note's units of disturbance, a psychiatrist's substance use (disorder). */
    static final String SUD_ABBREVIATION = "sud";
    /** "ID: 24 y/o M, ... self-referred via student health": who the client is, read as the presentation (and the referral). */
    static final String IDENTIFICATION = "identification";
    /** "A/P:", "Assessment and plan:": the clinician's reading and what follows from it, decided per sentence. */
    static final String ASSESSMENT_AND_PLAN = "assessment_or_plan";
    static final Map<String, String> SECTION_LABELS = sectionLabels();
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*•·‣▪]|\\d{1,2}[.)])[ \\t]+");
    /**
     * Where shorthand packs a new finding into a sentence: at ';', or at ',' / 'and' / 'but' before a clinical verb. The
     * nouns that open findings ("affect", "mood", "homework") only after ',' or ';': after a bare 'and' they
     * end a phrase ("its effect on sleep and mood").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "((?:;\\s+|,\\s+(?:and\\s+|but\\s+)?|(?<=,[\"”])\\s+)(?=(?:pt\\.?\\s+|client\\s+)?(?:affect|mood|homework|hw|thought content|"
                    + "thought process|insight|judge?ment)\\b)"
                    + "|(?:;\\s+|,\\s+(?:and\\s+|but\\s+)?|\\s+but\\s+|\\s+and\\s+)(?=(?:pt\\.?\\s+|client\\s+|she\\s+|he\\s+|they\\s+)?"
                    // (not "Recommend staff check in with client daily and report any statements about wanting to die.": an
                    // instruction's second verb)
                    + "(?:denie[sd]|deny|reports?(?!\\s+(?:any|all|back|to|concerns|changes|statements|it|them|this|that)\\b)|reported|endorse[sd]?|states?|stated|presents?|presented|appears?|appeared|"
                    + "practi[cs]ed|discussed|explored|reviewed|processed|agreed|will\\b|"
                    + "continues?|no\\s+(?:SI|HI|suicid|homicid|self)|identified|completed|assigned|"
                    + "introduced|provided|taught|used|admits|acknowledge[sd]|describe[sd]|expresse[sd]|f/u|follow(?:-|\\s+)up\\b|"
                    // "Practiced grounding; client tolerated well and reported feeling lighter.": the response, a finding of its own
                    + "tolerated|responded)))",
            Pattern.CASE_INSENSITIVE);
    /** "S:", "Plan -", and in Markdown "**S:**", "**Plan**:", "## Plan:" */
    private static final Pattern HEADING = Pattern.compile(
            "^[ \\t]*(?:#{1,6}[ \\t]+)?(?:\\*\\*|__)?([A-Za-z][A-Za-z /&]{0,30}?)[ \\t]*(?:\\*\\*|__)?(?::|\\s-\\s)(?:\\*\\*|__)?[ \\t]*");
    /** A Markdown heading on a line of its own: "## Subjective", "### **Plan**". */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile(
            "^[ \\t]*#{1,6}[ \\t]+(?:\\*\\*|__)?([A-Za-z][A-Za-z /&]{0,30}?)(?:\\*\\*|__)?[ \\t]*$");
    /** The cue numbers and times of a WebVTT or SRT caption file ("WEBVTT", "12", "00:00:05.000 --> 00:00:09.000"). */
    private static final Pattern CUE_LINE = Pattern.compile("\\s*(?:WEBVTT.*|\\d+|[\\d:.,]+\\s*-->\\s*[\\d:.,]+.*)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    private final SentenceModel sentenceModel;

    public InputReader() {
        try (InputStream in = InputReader.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + SENTENCE_MODEL + " is not on the classpath");
            }
            sentenceModel = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words given in quotes to say, read or think: "put a little phrase in front of it: "I'm having the thought that ..."". */
    private static final Pattern WORDS_GIVEN = Pattern.compile("[\"“]([^\"”]{8,200})[\"”]");
    /** The clinician's turn that gives them sets up saying, reading or writing them. */
    private static final Pattern TO_SAY = Pattern.compile("\\b(?:say|saying|said|read|reading|repeat|repeating|write|writing|phrase|"
            + "script|out loud|aloud|card|in front of it)\\b", Pattern.CASE_INSENSITIVE);
    /** How many turns back the words may have been given: an exposure script is read again after a rating or two. */
    private static final int WORDS_GIVEN_TURNS = 8;

    /**
     * Whether the client's sentence {@code units.get(i)} says back words the clinician gave in quotes a few turns before
     * ("put a little phrase in front of it: "I'm having the thought that I'm just a patient now."", "write the thought down,
     * "What if I drop him?", and read it out loud to me"): the words practised or read in an exposure, not the client's
     * report of having the thought.
     */
    static boolean saysBackWordsGiven(List<Unit> units, int i) {
        Unit unit = units.get(i);
        String said = wordsOnly(unit.text());
        if (unit.role() != Role.CLIENT || said.split(" ").length < 3) {
            return false;
        }
        for (int k = i - 1; k >= 0 && units.get(k).turn() >= unit.turn() - WORDS_GIVEN_TURNS; k--) {
            Unit before = units.get(k);
            if (before.role() == Role.CLINICIAN && (before.text().indexOf('"') >= 0 || before.text().indexOf('“') >= 0)
                    && TO_SAY.matcher(before.text()).find()) {
                Matcher given = WORDS_GIVEN.matcher(before.text());
                while (given.find()) {
                    if (wordsOnly(given.group(1)).equals(said)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String wordsOnly(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    public Parsed read(String input, boolean dictation) {
        // text pasted from a word processor or a web page: a no-break space reads as a space (one character for one, so
        // that every evidence offset still points into the input as sent)
        input = NO_BREAK_SPACE.matcher(input).replaceAll(" ");
        // "[Therapist] How have you been sleeping?": a role in brackets, as some exports write it, read as "Therapist: " (the
        // same number of characters, so that the evidence offsets still point into the input as sent)
        input = BRACKETED_ROLE.matcher(input).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)
                + (m.group(3) == null ? ": " : ":  ")));
        // a Microsoft Teams caption file names the speaker in a voice tag ("<v Dana Whitfield>Hi Marcus ...</v>"): read as a
        // label, one character for one ("Dana Whitfield:   Hi Marcus ...    ")
        input = VOICE_TAG.matcher(input).replaceAll(m -> Matcher.quoteReplacement(m.group(2) + ":" + " ".repeat(m.group().length() - m.group(2).length() - 1)));
        input = VOICE_END.matcher(input).replaceAll("    ");
        List<int[]> labels = speakerLabels(input);
        Map<String, Role> roles = dictation ? Map.of() : speakerRoles(input, labels);
        if (roles.isEmpty()) {
            return notes(input);
        }
        return conversation(input, labels, roles);
    }

    public static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    // ---- conversation ------------------------------------------------------------------------

    /** Each label: {lineStart, labelStart, labelEnd, textStart}. */
    private static List<int[]> speakerLabels(String input) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = SPEAKER.matcher(input);
        while (m.find()) {
            // "Maria (mother):", "Jordan (client):": the role in brackets says who speaks better than a name
            boolean roleInBrackets = m.group(2) != null && RELATIVE_IN_BRACKETS.matcher(m.group(2).strip()).matches();
            labels.add(roleInBrackets ? new int[]{m.start(), m.start(2), m.end(2), m.end()} : new int[]{m.start(), m.start(1), m.end(1), m.end()});
        }
        // (a transcription service's layout wins where it labels more turns: "For: the layoffs ... Against: my review ..."
        // inside a turn is no speaker)
        List<int[]> lines = new ArrayList<>();
        Matcher line = SPEAKER_LINE.matcher(input);
        while (line.find()) {
            lines.add(new int[]{line.start(), line.start(1), line.end(1), line.end()});
        }
        for (Pattern variant : SPEAKER_LINE_VARIANTS) {
            List<int[]> found = new ArrayList<>();
            Matcher other = variant.matcher(input);
            while (other.find()) {
                found.add(new int[]{other.start(), other.start(1), other.end(1), other.end()});
            }
            if (found.size() > lines.size()) {
                lines = found;
            }
        }
        List<int[]> roles = new ArrayList<>();
        Matcher role = ROLE_LINE.matcher(input);
        while (role.find()) {
            roles.add(new int[]{role.start(), role.start(1), role.end(1), role.end()});
        }
        List<int[]> most = lines.size() > labels.size() ? lines : labels;
        return roles.size() >= 4 && roles.size() > most.size() ? roles : most;
    }

    /** Speaker → role when the input reads as a conversation: two or more speakers label most lines. */
    private static Map<String, Role> speakerRoles(String input, List<int[]> labels) {
        Map<String, Integer> turns = new HashMap<>();
        Map<String, Integer> questions = new HashMap<>();
        int sectionLike = 0;
        // "Q:" and "A:", an interview's question and answer ("A:" alone may be a SOAP note's assessment)
        boolean interview = labels.stream().map(l -> input.substring(l[1], l[2]).strip()).collect(java.util.stream.Collectors.toSet())
                .equals(Set.of("Q", "A"));
        for (int i = 0; i < labels.size(); i++) {
            String speaker = input.substring(labels.get(i)[1], labels.get(i)[2]).strip();
            if (!interview && SECTION_LABELS.containsKey(speaker.toLowerCase(Locale.ROOT))) {
                sectionLike++;
            }
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : input.length();
            String said = input.substring(labels.get(i)[3], end);
            turns.merge(speaker, 1, Integer::sum);
            questions.merge(speaker, (int) said.chars().filter(c -> c == '?').count(), Integer::sum);
        }
        long nonEmptyLines = input.lines().filter(l -> !l.isBlank() && !CUE_LINE.matcher(l).matches()).count();
        if (turns.size() < 2 || labels.size() < 3 || labels.size() * 2 < nonEmptyLines || sectionLike * 2 >= labels.size()
                // "**Sleep:** 4-5 hrs/night", "**Appetite:** decreased", ...: many labels, each once, head a note's lines; a
                // conversation has a few speakers, each speaking often
                || turns.size() > 4 && turns.size() * 2 > labels.size()) {
            return Map.of();
        }
        Map<String, Role> roles = new HashMap<>();
        if (interview) {
            return Map.of("Q", Role.CLINICIAN, "A", Role.CLIENT);
        }
        turns.keySet().forEach(speaker -> {
            String key = speaker.toLowerCase(Locale.ROOT).replace(".", "");
            if (CLINICIAN_LABELS.contains(key) || key.startsWith("dr ") || key.startsWith("therapist") || isNotesLabel(speaker)) {
                roles.put(speaker, Role.CLINICIAN);
            } else if (isClientLabel(speaker)) {
                roles.put(speaker, Role.CLIENT);
            }
        });
        List<String> unknown = turns.keySet().stream().filter(s -> !roles.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            boolean clinicianKnown = roles.entrySet().stream().anyMatch(e -> e.getValue() == Role.CLINICIAN && !isNotesLabel(e.getKey()));
            // names: the speaker who asks the most questions is the clinician; everyone else is a client
            String asker = unknown.stream().max((a, b) -> Integer.compare(
                    questions.getOrDefault(a, 0) * 1000 / turns.get(a), questions.getOrDefault(b, 0) * 1000 / turns.get(b)))
                    .orElseThrow();
            for (String speaker : unknown) {
                roles.put(speaker, !clinicianKnown && speaker.equals(asker) ? Role.CLINICIAN : Role.CLIENT);
            }
        }
        return roles;
    }

    private Parsed conversation(String input, List<int[]> labels, Map<String, Role> roles) {
        List<Turn> turns = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        int words = 0;
        for (int i = 0; i < labels.size(); i++) {
            int[] label = labels.get(i);
            String speaker = input.substring(label[1], label[2]).strip();
            Role role = roles.getOrDefault(speaker, Role.CLIENT);
            int start = label[3];
            int end = trimEnd(input, i + 1 < labels.size() ? labels.get(i + 1)[0] : input.length());
            if (end <= start) {
                continue;
            }
            turns.add(new Turn(turns.size(), role, speaker, start, end));
            words += words(input.substring(start, end));
            List<Span> spans = sentences(input, start, end);
            // the clinician's own notes typed into the transcript ("Client is a 28-year-old man who appeared disheveled ...
            // Speech was soft and slowed. Oriented to person, place and date."): read as notes, not as something said
            Role as = role == Role.CLINICIAN && (isNotesLabel(speaker) || notesInTranscript(input, spans)) ? Role.NOTES : role;
            boolean relaying = role == Role.CLIENT && isInterpreter(speaker);
            for (Span sentence : spans) {
                int from = sentence.getStart();
                Matcher frame = RELAY_FRAME.matcher(input.substring(from, sentence.getEnd()));
                if (relaying && frame.lookingAt() && frame.end() < sentence.getEnd() - from) {
                    // "She says no. She says it is forbidden in her religion.": the client's words, as the interpreter relays them
                    from += frame.end();
                }
                if (relaying && OWN_REMARK.matcher(input.substring(from, sentence.getEnd())).find()) {
                    continue; // "I have explained this to her.": the interpreter's own part, not the client's
                }
                Matcher corrected = SELF_CORRECTION.matcher(input.substring(from, sentence.getEnd()));
                Unit broken = units.isEmpty() ? null : units.get(units.size() - 1);
                if (corrected.lookingAt() && broken != null && broken.turn() == turns.size() - 1 && words(broken.text()) <= 4
                        && BROKEN_OFF.matcher(broken.text()).find()) {
                    // "That she... sorry, that they, had written something ...": the words taken back, and the apology, are not
                    // what was said
                    units.remove(units.size() - 1);
                    from += corrected.end();
                } else if (broken != null && broken.turn() == turns.size() - 1 && BROKEN_OFF.matcher(broken.text()).find()
                        && from < sentence.getEnd() && Character.isLowerCase(input.charAt(from))) {
                    // "I need a sick note for uni, and... my flatmate said I should tell you about the cutting.": one sentence, with a
                    // pause in it
                    units.remove(units.size() - 1);
                    from = broken.start();
                } else if (role == Role.CLINICIAN && broken != null && broken.turn() == turns.size() - 1
                        && (NAME_GIVEN.matcher(broken.text()).find() || STEP_PROPOSED.matcher(broken.text()).find()) && DEFINITION.matcher(input.substring(from, sentence.getEnd())).lookingAt()) {
                    // "There's a name for that, moral injury. It's when something you did ... goes against your own moral code.":
                    // the name and what it means, one explanation (alone, "It's when ..." explained nothing named)
                    units.remove(units.size() - 1);
                    from = broken.start();
                } else if (role == Role.CLINICIAN && as != Role.NOTES && broken != null && broken.turn() == turns.size() - 1
                        && broken.text().endsWith(".") && KINDS_NAMED.matcher(broken.text()).find() && listAlone(input.substring(from, sentence.getEnd()))) {
                    // "Those are really common reactions after a call like this. Intrusive images, poor sleep, being on edge, avoiding
                    // the place.": what the sentence before named, listed (alone, the list said nothing)
                    units.remove(units.size() - 1);
                    from = broken.start();
                }
                for (Span s : as == Role.NOTES ? clauses(input, sentence)
                        : role == Role.CLINICIAN ? atSecondAddressee(input, new Span(from, sentence.getEnd()))
                        : List.of(new Span(from, sentence.getEnd()))) {
                    units.add(new Unit(s.getStart(), s.getEnd(), input.substring(s.getStart(), s.getEnd()), as, speaker,
                            turns.size() - 1, null));
                }
            }
        }
        return new Parsed(Shape.conversation, turns, continuedAnswersJoined(answersWithTopics(units)), words);
    }

    /** "Intrusive images, poor sleep, being on edge, avoiding the place.": three or more short items, no clause. */
    static final String LIST_ITEMS = "(?:[A-Za-z'’-]+(?: [A-Za-z'’-]+){0,3}, ){2,}(?:and |or )?[A-Za-z'’-]+(?: [A-Za-z'’-]+){0,3}[.!]?";
    /** "Those are really common reactions after a call like this.": a sentence that names kinds of things a list can spell out. */
    private static final Pattern KINDS_NAMED = Pattern.compile("\\b(?:reactions|symptoms|signs|things|ways|examples|skills|options|steps|"
            + "triggers|feelings|effects|responses|changes|strategies|tools|"
            // "Let me teach you a breathing skill called box breathing. Breathe in for four, hold for four, out for four, hold for four."
            + "skill|practice|exercise|technique|routine|breathing)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ALONE = Pattern.compile("^" + LIST_ITEMS + "$");
    private static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:i|you|he|she|they|we|it|is|are|was|were|have|has|had|do|does|did|"
            + "can|could|will|would|should|that|this|there)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether {@code text} is a list of short items alone, without a clause of its own. */
    static boolean listAlone(String text) {
        return LIST_ALONE.matcher(text.strip()).matches() && !CLAUSE_WORD.matcher(text).find();
    }

    /** "There's a name for that, moral injury.", "That's called catastrophizing.": a name given to what the client told. */
    static final Pattern NAME_GIVEN = Pattern.compile("^(?:(?:and|so),?\\s+)?(?:there's|there’s|there is|that has|it has|this has) a (?:name|word|term) "
            + "for (?:that|it|this|what you(?:'re|’re| are) describing)\\b|^(?:(?:and|so),?\\s+)?(?:that's|that’s|that is|it's|it’s|this is) "
            + "(?:what we )?call(?:ed)? \\w+", Pattern.CASE_INSENSITIVE);
    /** "One of the things we can do is look at ...", "Let's try ...": a step proposed, which "Not to ..., but to ..." explains. */
    private static final Pattern STEP_PROPOSED = Pattern.compile("^(?:(?:so|and),?\\s+)?(?:one (?:of the )?things? we (?:can|could) do is|"
            + "(?:one thing|something) i(?:'d|’d| would) like (?:us|you) to (?:try|do)\\b|"
            + "let's|let us|I'd like us to|we (?:can|could|will|'ll))\\b", Pattern.CASE_INSENSITIVE);
    /** "It's when ...", "It means ...": what the name just given means. */
    private static final Pattern DEFINITION = Pattern.compile("^(?:it's|it’s|it is|that's|that’s|that is) when\\b|^it means\\b|"
            // "... a younger soldier who'd been in your exact position. Not to argue you out of the guilt, but to see it ...": what
            // the step just proposed is not for, and what it is
            + "^not (?:to|so that) \\w+\\b[^.?]*\\b(?:but|just|only)\\b", Pattern.CASE_INSENSITIVE);

    /** "sorry, that they ...", "I mean, ...": a correction of what was just broken off. */
    private static final Pattern SELF_CORRECTION = Pattern.compile("(?:sorry|I mean|excuse me|pardon me)[,.]?\\s+(?=\\w)",
            Pattern.CASE_INSENSITIVE);
    /** "That she...", "He was—": words broken off. */
    private static final Pattern BROKEN_OFF = Pattern.compile("(?:\\.\\.\\.|…|—|--)\\s*$");

    /** Words of someone speaking to someone: the turn is talk, not notes. */
    private static final Pattern SPOKEN = Pattern.compile("\\?|\\b(?:you|your|yours|yourself|I|I'm|I've|I'd|I'll|me|my|we|we're|we'll|"
            + "let's|us|our|okay|ok|yeah|thanks|thank)\\b", Pattern.CASE_INSENSITIVE);
    /** A clinician's observations: the client in the third person, or a finding of the mental status examination. */
    private static final Pattern OBSERVED = Pattern.compile("\\b(?:client|pt|patient|he|she|they)\\s+(?:is|was|were|appeared|appears|"
            + "presented|presents|endorses|endorsed|denies|denied|reports|reported)\\b|\\b(?:affect|speech|thought process|"
            + "thought content|insight|judge?ment|oriented|orientation|eye contact|psychomotor|hygiene|groomed|mood|psychotic|"
            + "hallucinations?|delusions?|cognition|memory)\\b|^(?:endorses|denies|reports|alert|oriented|appears|presents|no evidence)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Elena appears her stated age, well groomed, restless ...": the client by name, observed. */
    private static final Pattern NAMED_OBSERVED = Pattern.compile("^\\p{Lu}\\p{Ll}+ (?:appears|appeared|presents|presented|was observed|"
            + "is (?:alert|oriented|well|casually|neatly|tearful|calm|cooperative|guarded|restless))\\b");

    /** A clinician's turn of several sentences, none of them said to anyone, each of them an observation. */
    private static boolean notesInTranscript(String input, List<Span> sentences) {
        if (sentences.size() < 2 || words(input.substring(sentences.get(0).getStart(), sentences.get(sentences.size() - 1).getEnd())) < 15) {
            return false;
        }
        return sentences.stream().map(s -> input.substring(s.getStart(), s.getEnd()))
                .allMatch(sentence -> !SPOKEN.matcher(sentence).find() && (OBSERVED.matcher(sentence).find()
                        || NAMED_OBSERVED.matcher(sentence).lookingAt()));
    }

    /**
     * What the clinician asked about, carried to the first sentences of the client's answer ("Any medical problems?" →
     * "High blood pressure."): a hint for the classifier, weaker than a heading of the clinician's own.
     */
    /**
     * Whether {@code out.get(j)}, which opens a turn after another client-side speaker's answer, answers the same question:
     * it was put to several ("either of you", "each of you") or the turn opens with a yes or no of its own.
     */
    private static boolean secondAnswer(List<Unit> out, int j) {
        String question = firstOfTurn(out, j - 1).question();
        return question != null && (ClinicalVoice.toSeveral(question) || SECOND_YES_NO.matcher(out.get(j).text().strip()).lookingAt());
    }

    private static Unit firstOfTurn(List<Unit> units, int k) {
        return units.get(turnStart(units, k));
    }

    /** The index of the first unit of unit {@code k}'s turn. */
    static int turnStart(List<Unit> units, int k) {
        int first = k;
        while (first > 0 && units.get(first - 1).turn() == units.get(k).turn()) {
            first--;
        }
        return first;
    }

    /** An answer that says whom it is about, in a joint session: "No, not me.", "Me neither.", "Not me either." */
    private static final Pattern NOT_ME = Pattern.compile("^(?:no+|nope|nah)?[,.]?\\s*(?:not me|me neither|me either|nor me|"
            + "neither (?:have|do|did|am) I)\\b", Pattern.CASE_INSENSITIVE);
    /** How many turns back a question put to several may be answered by one of them ("No, not me."). */
    private static final int TO_SEVERAL_TURNS = 6;

    /** The last question the clinician put to several ("either of you") within a few turns before unit {@code j}, or null. */
    private static String questionToSeveral(List<Unit> units, int j) {
        for (int k = j - 1; k >= 0 && units.get(k).turn() >= units.get(j).turn() - TO_SEVERAL_TURNS; k--) {
            Unit u = units.get(k);
            if (u.role() == Role.CLINICIAN && u.isQuestion() && ClinicalVoice.toSeveral(u.text())) {
                return u.text().strip();
            }
        }
        return null;
    }

    private static final Pattern SECOND_YES_NO = Pattern.compile("(?:no|nope|never|yes|yeah|yep|same|me too|not really|not at all)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COURTESY = Pattern.compile("^(?:(?:okay|ok|alright|all right|good|right)[.,!]?\\s+)?(?:thank you|thanks|"
            + "i appreciate (?:you|that|it)|i'm (?:really )?glad you (?:told|said|shared)|i’m (?:really )?glad you (?:told|said|shared))"
            + "[^.!?]{0,50}[.!]$", Pattern.CASE_INSENSITIVE);

    private static List<Unit> answersWithTopics(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units);
        for (int j = 1; j < units.size(); j++) {
            Unit asked = units.get(j - 1);
            String toSeveral = units.get(j).role() == Role.CLIENT && asked.turn() != units.get(j).turn()
                    && NOT_ME.matcher(units.get(j).text().strip()).lookingAt() ? questionToSeveral(units, j) : null;
            if (toSeveral != null) {
                // "And individually, has either of you had thoughts of hurting yourself ...?" Dana: "..." "If that comes back,
                // ... Is that okay?" Dana: "Yes." Marcus: "No, not me.": the answer is to the question put to both
                out.set(j, units.get(j).answerTo(toSeveral));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLINICIAN && asked.isQuestion()
                    && asked.turn() == units.get(j).turn() - 1) {
                // "Any side effects now? Sexual side effects, headaches?": a question may take two sentences
                Unit before = j >= 2 ? units.get(j - 2) : null;
                // ... and "How does that sound?" asks about the sentence before it
                String question = before != null && before.turn() == asked.turn()
                        // ("Thank you for telling me. What happened after that?": a courtesy is not what "that" is)
                        && !COURTESY.matcher(before.text().strip()).matches()
                        && (before.isQuestion() || words(asked.text()) <= 6 && ClinicalVoice.PROPOSAL_CHECK.matcher(asked.text()).find()
                            // "Last time we set up the two-list system ... How did that go?": what "that" is
                            || words(asked.text()) <= 5 && POINTING_QUESTION.matcher(asked.text()).find()
                            // "Sometimes when people are in a lot of pain ..., they have thoughts that life isn't worth living. Have
                            // you had thoughts like that?": what "like that" is
                            // (not "That sounds really hard, and it's more common in new fathers than people think. How long has it
                            // been like this?": "this" is what the client told, the remark before it sympathy)
                            || words(asked.text()) <= 8 && LIKE_THAT.matcher(asked.text()).find()
                                    && !SYMPATHY.matcher(before.text().strip()).lookingAt())
                        ? before.text().strip() + " " + asked.text().strip() : asked.text().strip();
                out.set(j, units.get(j).answerTo(question));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLINICIAN && !asked.isQuestion() && j >= 2
                    && asked.turn() == units.get(j).turn() - 1 && units.get(j - 2).turn() == asked.turn() && units.get(j - 2).isQuestion()
                    && words(asked.text()) <= 12) {
                // "And what about sleep? You said you stayed up until one." "That's been most nights.": the question, and the
                // short remark that follows it
                out.set(j, units.get(j).answerTo(units.get(j - 2).text().strip() + " " + asked.text().strip()));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLINICIAN && !asked.isQuestion()
                    && asked.turn() == units.get(j).turn() - 1 && clarified(units, j - 1) != null) {
                // "Would you be willing to try a wind-down routine?" "Like what?" "A warm shower, blackout curtains ..."
                // "I can try that.": the answer is to the proposal, as the clinician spelled it out
                out.set(j, units.get(j).answerTo(clarified(units, j - 1).text().strip() + " " + asked.text().strip()));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLINICIAN && !asked.isQuestion()
                    && asked.turn() == units.get(j).turn() - 1 && TASK_GIVEN.matcher(turnOf(units, asked)).find()) {
                // "For this week, practice box breathing twice a day ..." "I can do that. I'll set reminders on my phone.":
                // the client's reply is to the task (given anywhere in the turn: "So for this week, I'd like you to ... And set
                // a timer for 25 minutes.")
                out.set(j, units.get(j).answerTo(turnOf(units, asked)));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLIENT && asked.turn() == units.get(j).turn() - 1
                    && asked.speaker() != null && !asked.speaker().equals(units.get(j).speaker()) && secondAnswer(out, j)) {
                // "Has either of you had any thoughts of hurting yourself ...?" "Daniel: No." "Maya: No, nothing like that.": in a
                // joint session the next one to speak answers the same question
                out.set(j, units.get(j).answerTo(firstOfTurn(out, j - 1).question()));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLIENT && asked.turn() == units.get(j).turn()
                    && out.get(j - 1).question() != null && (BARE_ASSENT.matcher(asked.text().strip()).matches()
                            || ClinicalVoice.isAcknowledgement(asked.text().strip()))) {
                // "Would you be open to tracking your drinks?" "Yeah. I can use the notes app.": the answer is the second
                out.set(j, units.get(j).answerTo(out.get(j - 1).question()));
            } else if (units.get(j).role() == Role.CLIENT && asked.role() == Role.CLIENT && asked.turn() == units.get(j).turn()
                    && out.get(j - 1).question() != null && TASK_GIVEN.matcher(out.get(j - 1).question()).find()
                    && COMMITMENT.matcher(units.get(j).text()).find()) {
                // "... and no naps." "The naps will be hard. I'll go for a walk after lunch instead.": how the client will do
                // the task, said after a word about it
                out.set(j, units.get(j).answerTo(out.get(j - 1).question()));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).role() == Role.CLINICIAN && FORMULATION_PREFACE.matcher(units.get(i).text().strip()).find()) {
                // "Here's how I'm putting it together. You have chronic pain that has taken away your work ...": what follows in
                // the turn is the clinician's formulation (a plan said in it is still the plan: the hint decides that)
                for (int j = i + 1; j < units.size() && units.get(j).turn() == units.get(i).turn() && !units.get(j).isQuestion(); j++) {
                    out.set(j, out.get(j).answering("assessment"));
                }
            }
            Unit question = units.get(i);
            if (question.role() != Role.CLINICIAN || !question.isQuestion() && !ASKS.matcher(question.text()).lookingAt()) {
                continue;
            }
            if (REQUEST.matcher(question.text()).lookingAt()) {
                continue; // "Could you keep a bag at your sister's with ... any medications?": a step proposed, about no topic
            }
            String topic = QUESTION_TOPICS.entrySet().stream().filter(e -> e.getValue().matcher(question.text()).find())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (topic == null) {
                continue;
            }
            int answered = 0;
            // a rating is one sentence; a history ("Have you been treated for depression before?" "Once, in my twenties. My doctor
            // put me on fluoxetine. It helped some ... Then two years ago ... sertraline ...") runs on through the answer
            // (and so does the story of a family: "Tell me about your family growing up." "I grew up in Dearborn, ... My younger
            // brother has bipolar ...")
            int limit = topic.equals("emdr_sud") || topic.equals("emdr_voc") ? 1
                    // (and so does a history of medications tried: "Prozac first, ... Then Lexapro ... It helped a little but I
                    // gained thirty pounds. Then Wellbutrin last year ...")
                    : topic.startsWith("history_") || topic.equals("family_social") || topic.equals("medication") ? 6 : 3;
            for (int j = i + 1; j < units.size() && answered < limit && units.get(j).turn() <= question.turn() + 1; j++) {
                if (units.get(j).role() == Role.CLIENT) {
                    out.set(j, out.get(j).answering(topic));
                    answered++;
                }
            }
        }
        return out;
    }

    private static final Pattern POINTING_QUESTION = Pattern.compile("^(?:so,?\\s+|and\\s+)?(?:how|what)\\b.*\\b(?:that|it|this)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SYMPATHY = Pattern.compile("^(?:that|it)(?:'s|’s| is| sounds| must be)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern LIKE_THAT = Pattern.compile("\\b(?:like (?:that|this|those)|those (?:thoughts|feelings))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The sentences of {@code unit}'s turn, joined. */
    static String turnOf(List<Unit> units, Unit unit) {
        return units.stream().filter(u -> u.turn() == unit.turn()).map(u -> u.text().strip()).collect(Collectors.joining(" "));
    }

    /** "Like what?", "What do you mean?": the client asking the clinician to spell out what was just asked. */
    private static final Pattern CLARIFYING = Pattern.compile("(?:like what|such as|what do you mean|meaning|how so|like how|"
            + "what would that look like|for example|what kind of things)\\s*\\?", Pattern.CASE_INSENSITIVE);

    /**
     * The clinician's question that the clinician's turn ending at {@code elaboration} spells out, after the client asked
     * what was meant in a turn of one sentence; null if there is none.
     */
    private static Unit clarified(List<Unit> units, int elaboration) {
        int turn = units.get(elaboration).turn();
        int k = elaboration;
        while (k >= 0 && units.get(k).turn() == turn) {
            k--;
        }
        if (k < 1 || units.get(k).role() != Role.CLIENT || units.get(k - 1).turn() != turn - 2
                || !CLARIFYING.matcher(units.get(k).text().strip()).matches()) {
            return null;
        }
        Unit question = units.get(k - 1);
        return question.role() == Role.CLINICIAN && question.isQuestion() ? question : null;
    }

    /**
     * "What went through your mind?" "That people were staring at me. And that I'm going to fail anyway, so what's the
     * point.": the second sentence goes on with the answer; without its question it would read as the client's report of
     * a fact. One unit of both, spanning both.
     */
    private static List<Unit> continuedAnswersJoined(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit unit : units) {
            Unit before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && unit.role() == Role.CLIENT && before.role() == Role.CLIENT && before.turn() == unit.turn()
                    && before.question() != null && unit.question() == null && (CONTINUED_ANSWER.matcher(unit.text()).lookingAt()
                    // "That everyone could see it. That I was going to pass out in front of my boss.": a list of thoughts
                    || THAT_CLAUSE.matcher(unit.text()).lookingAt() && THAT_CLAUSE.matcher(before.text()).lookingAt())) {
                out.set(out.size() - 1, new Unit(before.start(), unit.end(), before.text().strip() + " " + unit.text().strip(),
                        before.role(), before.speaker(), before.turn(), before.labelHint(), before.topic(), before.question()));
            } else if (before != null && unit.role() == Role.CLIENT && before.role() == Role.CLIENT && before.turn() == unit.turn()
                    && !before.isQuestion() && FIRST_PERSON_OPENING.matcher(before.text()).lookingAt()
                    && before.text().strip().endsWith(".") && ELIDED_CONTINUATION.matcher(unit.text()).lookingAt()) {
                // "I could put the walking group in my calendar. And maybe call my friend Rosa on Sunday.": the second
                // sentence's subject is the first one's; alone it was quoted as a fragment
                String first = before.text().strip();
                String then = unit.text().strip();
                out.set(out.size() - 1, new Unit(before.start(), unit.end(), first.substring(0, first.length() - 1) + ", "
                        + Character.toLowerCase(then.charAt(0)) + then.substring(1),
                        before.role(), before.speaker(), before.turn(), before.labelHint(), before.topic(), before.question()));
            } else {
                out.add(unit);
            }
        }
        return out;
    }

    /** "I could put ...", "Yeah, I'll call ...": the client saying what they will or could do (the verb after it stays bare). */
    private static final Pattern FIRST_PERSON_OPENING = Pattern.compile("^\\W*(?:(?:yeah|yes|okay|ok|so|and|maybe|well|um),?\\s+)*"
            + "I(?:'ll|’ll|'d|’d| could| can| might| will| would| should| want to| need to| have to| plan to|'m going to|’m going to|"
            + "'m gonna|’m gonna) ", Pattern.CASE_INSENSITIVE);

    /** "And maybe call my friend Rosa on Sunday.": a verb whose subject is the sentence before's. */
    private static final Pattern ELIDED_CONTINUATION = Pattern.compile("^(?:and|then|or)\\s+(?:(?:maybe|probably|also|just|then)\\s+)?"
            + "(?:call|text|go|get|take|put|try|ask|tell|see|walk|write|start|stop|bring|make|do|keep|leave|use|set|plan|book|"
            + "schedule|invite|join|visit|read|sign|look|check|pick|eat|sleep|talk|send|meet|spend)\\b(?!\\s+(?:I|I'm|he|she|they|we)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** "And that I'm going to fail anyway.": the next clause of an answer that began "That ...". */
    private static final Pattern CONTINUED_ANSWER = Pattern.compile("^(?:and|or)\\s+that\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern THAT_CLAUSE = Pattern.compile("^that\\s+(?=(?:I|I'm|I was|I would|I'd|I'll|I will|everyone|everybody|"
            + "people|nobody|no one|they|he|she|it|something|my)\\b)", Pattern.CASE_INSENSITIVE);

    /** The clinician about to sum up: "Here's how I'm putting it together." */
    private static final Pattern FORMULATION_PREFACE = Pattern.compile("^(?:(?:so|okay|ok|alright),?\\s+)?(?:here's|here is|let me tell you) "
            + "(?:how i'm (?:putting|seeing|understanding|thinking about)|what i'm (?:seeing|hearing|thinking)|my (?:sense|impression|understanding))"
            + "|^(?:(?:so|okay),?\\s+)?(?:putting (?:it|this|everything) (?:all )?together|the way i see it|my (?:impression|sense) is)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The clinician asking the client to do something: "Could you keep a bag at your sister's ...?" */
    private static final Pattern REQUEST = Pattern.compile("^(?:(?:and|so|okay|ok|good),?\\s+)?(?:could|would|can|will) you (?:also )?"
            + "(?:" + ClinicalVoice.STEP_VERBS + ")\\b", Pattern.CASE_INSENSITIVE);

    /** The clinician giving a task for between sessions. */
    static final Pattern TASK_GIVEN = Pattern.compile("\\b(?:for (?:this|next|the coming) week|for homework|between (?:now and|sessions)|"
            + "before (?:next time|next week|our next session)|I(?:'d|’d| would) (?:also )?like you to|I (?:also )?want you to)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Yeah.", "Okay, sure.": an answer's first sentence that only says yes. */
    private static final Pattern BARE_ASSENT = Pattern.compile("^(?:(?:yes|yeah|yep|sure|okay|ok|definitely|absolutely|alright|"
            + "all right|of course)[.,!]?\\s*){1,2}$", Pattern.CASE_INSENSITIVE);

    /** "Tell me about your family.": a question without a question mark. */
    private static final Pattern ASKS = Pattern.compile("^(?:so,?\\s+|and\\s+|okay,?\\s+)?(?:tell me|talk to me|can you tell me|describe|"
            + "walk me through|let's talk about|i'd like to hear about)\\b", Pattern.CASE_INSENSITIVE);

    /** Topics of the clinician's questions, the first that matches wins. */
    /** The topic of a cognitive screen's questions, whose answers are the examination's findings (the MSE's cognition). */
    static final String COGNITIVE_SCREEN = "mse_cognition";
    private static final Map<String, Pattern> QUESTION_TOPICS = questionTopics();

    private static Map<String, Pattern> questionTopics() {
        Map<String, Pattern> topics = new java.util.LinkedHashMap<>();
        String[][] pairs = {
                // a cognitive screen: orientation, registration and recall, attention ("Can you tell me today's date?", "What
                // were the three words I asked you to remember?", "count backwards from 100 by sevens")
                {COGNITIVE_SCREEN, "today's date|what (?:day|year|month|date|season) (?:is it|it is)|what (?:is )?the date\\b|"
                        + "where (?:are we|we are) (?:right )?now|what (?:city|town|building|place) (?:is this|are we in)|who is the (?:current )?president|"
                        + "(?:repeat|remember) (?:these|those|the|them|three|3)\\b[^?]{0,20}\\bwords|(?:three|3) words|count backwards?|"
                        + "serial (?:7|sevens)|spell (?:world|the word) backwards?|(?:repeat|remember) (?:them|these)\\b"},
                // the standard questions of an EMDR assessment phase
                {"emdr_voc", "how true do (?:those|these|the) words|\\b1 to 7\\b|\\bVOC\\b|completely false|"
                        // "How true does that feel now, from one, completely false, to seven ...?", "..., one to seven?"
                        + "\\bhow true\\b[^?]{0,60}\\b(?:1|one)\\b[^?]{0,30}\\bto (?:7|seven)\\b"},
                {"emdr_sud", "how disturbing|\\b0 to 10\\b.*disturb|disturb.*\\b0 to 10\\b|\\bSUDS?\\b|"
                        // "And the disturbance, from zero to ten?"
                        + "\\bdisturb\\w*[^?]{0,30}\\b(?:0|zero) to (?:10|ten)\\b|"
                        // "Before we start, on a scale of zero to ten, how much disturbance are you feeling in your body right now?"
                        + "\\b(?:0|zero) to (?:10|ten)\\b[^?]{0,40}\\bhow much disturb|\\bhow disturbed\\b"},
                {"emdr_nc", "negative (?:belief|cognition)|words (?:that )?go best with (?:the|that|this) (?:picture|image)"},
                {"emdr_pc", "what would you (?:like|prefer|rather) (?:to )?believe|positive (?:belief|cognition)"},
                {"emdr_target", "memory (?:you want|you'd like|we) (?:to )?(?:work on|target|process)|(?:image|picture) (?:that )?represents|"
                        + "worst part of (?:the|that) memory|target (?:memory|for today)|"
                        // the target's assessment: "When you bring up that picture, what do you notice?", "Where do you feel it in your body?"
                        + "when you bring up (?:that|the|this) (?:picture|image|memory)|where do you feel (?:it|that|this) in your body"},
                {"referral", "who referred you|how did you (?:hear|find out) about|who sent you"},
                {"chief_complaint", "what brings you|brought you (?:in|here|to)|reason (?:for (?:coming|the visit|your visit)|you(?:'re| are) here)|"
                        + "why (?:are you here|did you (?:come|decide))|what would you like (?:help|to (?:work|focus))|"
                        // (not "What made you decide to do that now?", about something the client did)
                        + "what made you (?:decide|want) to (?:come|reach out|call|seek|get (?:help|support)|start|make (?:this|an|the) "
                        + "appointment|see (?:someone|a therapist|a counsel+or))"},
                {"allergies", "allerg"},
                {"strengths", "(?:things|what) (?:you(?:'re| are)|are you) (?:good at|proud of)|your strengths|strengths do you|"
                        + "what helps you (?:cope|get through)|what (?:keeps you going|do you enjoy)|"
                        // "What has helped, even a little?"
                        + "what (?:has|have) (?:helped|been helping|gotten you through)|what helps\\b"},
                {"family_history", "(?:anyone|anybody|someone) (?:else )?in (?:your|the) family (?:who )?(?:has|had|have|with|struggle)|"
                        + "family history|run in (?:your|the) family"},
                {"substance", "\\bdrink(?:ing)?\\b|alcohol|\\bdrugs?\\b|substances?|cannabis|marijuana|\\bweed\\b|\\bsmok(?:e|ing)\\b|vap(?:e|ing)|"
                        // "How was coming off the oxycodone?"
                        + "\\b(?:oxycodone|oxy|opioids?|opiates?|heroin|fentanyl|percocet|vicodin|benzos?|xanax)\\b"},
                {"history_psychiatric", "(?:seen|saw|been to|had|worked with) (?:a |any )?(?:counsel+or|therapist|psychiatrist|psychologist|mental health)|"
                        + "(?:therapy|counsel+ing|treatment) before|(?:been|ever been|get|gotten|got) treat(?:ed|ment) for|ever been hospitali[sz]ed|psychiatric (?:history|hospital)|"
                        + "(?:ever|before) (?:been )?diagnosed|(?:taken|tried|been on) (?:any )?(?:psychiatric )?(?:medications?|meds|antidepressants)|"
                        // "Has this happened before?", "Have you felt like this before?": earlier episodes
                        + "(?:has|did) (?:anything like )?(?:this|that|it) (?:ever )?happen(?:ed)? (?:to you )?before(?!,? (?:where|when|with)\\b)|(?:have|had) you (?:ever )?(?:felt|been) "
                        + "(?:like )?(?:this|that) (?:way )?before|(?:previous|prior|past|earlier) episodes?"},
                {"medication", "(?:what|any) (?:medications?|meds)|taking (?:any )?(?:medications?|meds)|your (?:medications?|meds)"
                        // "Any rash, even a small one, since the increase?": a side effect asked after
                        + "|\\bany (?:side effects?|rash|nausea|dizziness|headaches?|tremor|weight gain|sexual side effects?|dry mouth)\\b"},
                {"history_medical", "medical (?:problems|conditions|history|issues)|health (?:problems|conditions|issues)|physical health|surger(?:y|ies)|"
                        + "chronic (?:pain|illness)"},
                {"family_social", "(?:your|about your) (?:family|parents|childhood|marriage|relationship|partner|kids|children|friends|support)|"
                        + "grow(?:ing)? up|^(?:and |so )?(?:how's |how is |what about |and )?(?:work|school|your job)\\b|(?:where|who) do you live|living situation|"
                        + "are you married|"
                        // "What do you do for work?": occupation
                        + "what do you do for (?:work|a living)|where do you work|are you (?:working|employed|in school)|what kind of work"},
                // "Do you ever hear or see things other people don't?", "Do you feel like anyone is trying to harm you?"
                {"mse_perception", "(?:hear|see|hearing|seeing) (?:things|voices)|voices (?:that )?other(?: people)? (?:can't|don't|cannot)"},
                {"mse_thought_content", "(?:anyone|someone|somebody|people) (?:is |are )?(?:trying to|out to|want(?:s|ing)? to) (?:harm|hurt|get)|"
                        + "special (?:powers|abilities|mission|messages?)|messages (?:meant )?(?:for|to) you|(?:tv|radio|television) (?:is )?"
                        + "(?:talking|speaking|sending)|being (?:watched|followed|monitored)|thoughts? (?:being )?(?:put|inserted|taken)"},
                {"mse_mood", "how (?:has|is|was|would you describe) your mood|how are you feeling (?:today|right now|now|in yourself)|"
                        + "what(?:'s| is) your mood"},
                {"presentation", "how (?:has|have|is|are|was) (?:your )?(?:sleep|sleeping|appetite|energy|things|the week|your week)|"
                        + "how (?:have you been|are you) (?:feeling|sleeping|doing)"}};
        for (String[] pair : pairs) {
            topics.put(pair[0], Pattern.compile(pair[1], Pattern.CASE_INSENSITIVE));
        }
        return java.util.Collections.unmodifiableMap(topics);
    }

    // ---- clinician notes -----------------------------------------------------------------------

    private Parsed notes(String input) {
        List<Unit> units = new ArrayList<>();
        String hint = null;
        boolean carryHint = false;
        boolean sectioned = noteSections(input) >= 2;
        String carried = null;
        int lineStart = 0;
        for (String line : input.split("\n", -1)) {
            int start = lineStart;
            int end = Math.max(start, trimEnd(input, lineStart + line.length()));
            lineStart += line.length() + 1;
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.lookingAt();
            if (isBullet) {
                start += bullet.end();
            }
            Optional<int[]> label = sectionLabel(input, start, end);
            int labelStart = -1;
            if (label.isPresent()) {
                hint = labelOf(input, label.get());
                labelStart = label.get()[0];
                start = label.get()[2];
                // a heading on a line of its own covers the lines below it; one with text covers that line only ("Mood:
                // anxious."), except the note's own sections in a note written in them ("S: Pt reports ..." and the lines
                // after it, up to "O:")
                if (start >= end || sectioned && NOTE_SECTIONS.contains(heading(input, label.get()))) {
                    carried = hint;
                    carryHint = true;
                } else {
                    // "MSE: ..." under "O:" covers its line, and the lines after it are the objective's again
                    carryHint = false;
                }
            } else if (line.isBlank()) {
                hint = null;
                carried = null;
                continue;
            } else if (!carryHint && !isBullet) {
                hint = sectioned ? carried : null;
            }
            start = trimStart(input, start, end);
            if (start >= end) {
                continue;
            }
            String lineHint = hint;
            for (Span sentence : sentences(input, start, end)) {
                // a label may also open a sentence within the line: 'NC: "I am not safe." PC: "I am safe now."'
                String sentenceHint = lineHint;
                Optional<int[]> inline = sentence.getStart() == start ? Optional.empty()
                        : sectionLabel(input, sentence.getStart(), sentence.getEnd());
                // "PMH: nil. DH: nil regular.": without its heading such a sentence says nothing, so it keeps it
                if (inline.isPresent()) {
                    sentenceHint = labelOf(input, inline.get());
                    // ("Emotions: fear and helplessness." keeps its heading too: the section it goes to has another name)
                    if (!NOTHING_TO_REPORT.matcher(input.substring(inline.get()[2], sentence.getEnd())).matches()
                            && !EMOTIONS_OR_BODY.equals(sentenceHint) && !homework(input, inline.get())) {
                        sentence = new Span(inline.get()[2], sentence.getEnd());
                        lineHint = sentenceHint;
                    }
                } else if (sentence.getStart() == start && labelStart >= 0
                        && (NOTHING_TO_REPORT.matcher(input.substring(start, sentence.getEnd())).matches() || EMOTIONS_OR_BODY.equals(hint)
                            // "HW: thought record 3x/wk": in a plan, what makes it the client's task between sessions
                            || homework(input, label.get())
                            // 'Mood: "on edge."': the client's word for a domain of the mental status says nothing without it
                            || hint != null && hint.startsWith("mse_") && QUOTED_ALONE.matcher(input.substring(start, sentence.getEnd())).matches())) {
                    sentence = new Span(labelStart, sentence.getEnd());
                }
                for (Span clause : clauses(input, sentence)) {
                    units.add(new Unit(clause.getStart(), clause.getEnd(), input.substring(clause.getStart(), clause.getEnd()),
                            Role.NOTES, null, 0, sentenceHint));
                }
            }
        }
        return new Parsed(Shape.clinician_notes, List.of(new Turn(0, Role.NOTES, null, 0, input.length())), units,
                words(input));
    }

    private static final Pattern QUOTED_ALONE = Pattern.compile("\\s*[\"“'][^\"”]{1,60}[\"”'][.;,]?\\s*");
    private static final Pattern NOTHING_TO_REPORT = Pattern.compile("(?i)\\s*(?:nil|none|nkda|nkfa|n/?a|no|denies|unremarkable|"
            + "non-?contributory|nothing of note|not applicable|no known (?:drug )?allergies)(?: regular| known| reported| significant)?[.;]?\\s*");

    /** A heading found by {@link #sectionLabel} that is "Homework" or "HW". */
    private static boolean homework(String input, int[] label) {
        String heading = input.substring(label[0], label[1]).strip();
        return heading.equalsIgnoreCase("homework") || heading.equalsIgnoreCase("hw");
    }

    /** The headings of a note's own sections: SOAP, DAP, BIRP, GIRP. */
    private static final Set<String> NOTE_SECTIONS = Set.of("s", "o", "a", "p", "d", "b", "i", "r", "g", "subjective", "objective",
            "assessment", "plan", "data", "behavior", "behaviour", "intervention", "interventions", "response", "goal", "goals");

    /**
     * The headings that say a note is written in its sections (a note of fields may have "Interventions:", "Response:" and
     * "Plan:", each a line, and other fields after them).
     */
    private static final Set<String> SECTIONED_BY = Set.of("s", "o", "a", "p", "d", "b", "i", "r", "g", "subjective", "objective",
            "assessment", "data", "behavior", "behaviour");

    /** How many lines of {@code input} open with a heading of {@link #SECTIONED_BY}. */
    private static int noteSections(String input) {
        int count = 0;
        int lineStart = 0;
        for (String line : input.split("\n", -1)) {
            Optional<int[]> label = sectionLabel(input, lineStart, lineStart + line.length());
            if (label.isPresent() && SECTIONED_BY.contains(heading(input, label.get()))) {
                count++;
            }
            lineStart += line.length() + 1;
        }
        return count;
    }

    /** The heading found by {@link #sectionLabel}, as {@link #SECTION_LABELS} keys it: "Plan", "**S**" → "plan", "s". */
    private static String heading(String input, int[] label) {
        return input.substring(label[0], label[1]).strip().toLowerCase(Locale.ROOT);
    }

    /** What a heading found by {@link #sectionLabel} says the text under it is. */
    private static String labelOf(String input, int[] label) {
        return SECTION_LABELS.get(heading(input, label));
    }

    /** "SH: denied": the self-harm screen of a risk line, not a social history ("SH: lives with wife"). */
    static final String SELF_HARM_VERDICT_TEXT = "\\s*(?:denied|denies|none|neg\\b|negative|endorsed|positive|no\\b|yes\\b|[+-]\\s*(?:[.,;]|$))";
    private static final Pattern SELF_HARM_VERDICT = Pattern.compile(SELF_HARM_VERDICT_TEXT, Pattern.CASE_INSENSITIVE);

    /** "S:", "Plan:", "Interventions -" at the start of a line: {labelStart, labelEnd, textStart}. */
    private static Optional<int[]> sectionLabel(String input, int start, int end) {
        for (Pattern heading : List.of(HEADING, MARKDOWN_HEADING)) {
            Matcher m = heading.matcher(input).region(start, end);
            if (m.lookingAt() && SECTION_LABELS.containsKey(m.group(1).strip().toLowerCase(Locale.ROOT))
                    && !(m.group(1).strip().equalsIgnoreCase("sh") && SELF_HARM_VERDICT.matcher(input).region(m.end(), end).lookingAt())) {
                return Optional.of(new int[]{m.start(1), m.end(1), m.end()});
            }
        }
        return Optional.empty();
    }

    /** Abbreviations after which a sentence goes on: "vs.", "e.g.", "i.e.", "approx.", "Dr.", "Mrs.". */
    private static final Pattern NOT_AN_END = Pattern.compile("(?:^|\\s|\\()(?:vs|v|e\\.g|i\\.e|approx|cf|incl|esp|Dr|Mr|Mrs|Ms|Prof|St|Mt|Jr|Sr|Ave|Ft)\\.$");

    private static final Pattern DOTTED_END = Pattern.compile("\\b(?:\\p{L}\\.){2,}$");

    /** Whether {@code sentence} opens a quotation it does not close (and is short enough to go on into the next). */
    private static boolean openQuote(String sentence) {
        if (sentence.length() > QUOTE_GOES_ON_CHARS) {
            return false;
        }
        long straight = sentence.chars().filter(c -> c == '"').count();
        long opening = sentence.chars().filter(c -> c == '\u201C').count();
        long closing = sentence.chars().filter(c -> c == '\u201D').count();
        return straight % 2 == 1 || opening > closing;
    }

    private static final int QUOTE_GOES_ON_CHARS = 300;

    private List<Span> sentences(String input, int start, int end) {
        SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
        List<Span> spans = new ArrayList<>();
        // a line break ends a sentence in notes and transcripts even without a full stop
        int blockStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || input.charAt(i) == '\n') {
                String block = input.substring(blockStart, i);
                Span open = null; // a sentence cut after an abbreviation that never ends one ("neck stiffness vs. muscle tension")
                for (Span s : detector.sentPosDetect(block)) {
                    int a = open != null ? open.getStart() : trimStart(input, blockStart + s.getStart(), blockStart + s.getEnd());
                    int b = trimEnd(input, blockStart + s.getEnd());
                    open = null;
                    if (NOT_AN_END.matcher(input.substring(a, b)).find() || openQuote(input.substring(a, b))) {
                        // ('Vet able to generate alternative: "Nobody saw it. It was buried."': the quote goes on)
                        open = new Span(a, b);
                        continue;
                    }
                    Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                    if (last != null && last.getEnd() >= blockStart && Character.isLowerCase(input.charAt(a))
                            && (DOTTED_END.matcher(input.substring(last.getStart(), last.getEnd())).find()
                                    // "reduce lorazepam to 0.5 mg qhs": the model cuts after a decimal number, before its unit
                                    || DECIMAL_END.matcher(input.substring(last.getStart(), last.getEnd())).find())) {
                        // "I stayed up until 1 a.m. trying to catch up": an abbreviation with dots ends no sentence before a
                        // word in lower case
                        spans.set(spans.size() - 1, new Span(last.getStart(), b));
                        continue;
                    }
                    if (b > a && WORD.matcher(input.substring(a, b)).find() && !CUE_LINE.matcher(input.substring(a, b)).matches()) {
                        spans.add(new Span(a, b));
                    }
                }
                if (open != null && WORD.matcher(input.substring(open.getStart(), open.getEnd())).find()) {
                    spans.add(open);
                }
                blockStart = i + 1;
            }
        }
        return spans;
    }

    private static final Pattern DECIMAL_END = Pattern.compile("\\d\\.\\d+$");

    /** A phrase that opens a sentence and leads into its clause: "With client's consent,", "If symptoms worsen,". */
    private static final Pattern INTRODUCTORY = Pattern.compile("\\W*(?:with|per|if|when|once|after|pending|upon|given|due to|should|"
            + "until|unless|following|because|since|before|in (?:the event|case)|as (?:discussed|agreed|needed|requested)|"
            // "On follow-up of item 9, pt states ...", "On further questioning, ..."
            + "on (?:follow-?up|further (?:questioning|inquiry|exploration)|(?:direct )?questioning|inquiry|exploration|review))\\b(?![^,;]*[;])",
            Pattern.CASE_INSENSITIVE);

    /** Shorthand packs several findings in one sentence: split at ';' and before a new clinical verb. */
    private static final Pattern TIME_DONE = Pattern.compile("\\s*(?:completed|finished|done|administered|given|started|ended|"
            + "ending)(?: at)? \\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\W*", Pattern.CASE_INSENSITIVE);

    /**
     * "Dana, I'd like you to tell Marcus one thing you need from him this week, and Marcus, I'd like you to reflect it back
     * before you answer.": a clinician's sentence that turns to a second person by name is two, one for each.
     */
    private static List<Span> atSecondAddressee(String input, Span sentence) {
        Matcher second = SECOND_ADDRESSEE.matcher(input).region(sentence.getStart(), sentence.getEnd());
        if (!second.find() || second.start() == sentence.getStart()) {
            return List.of(sentence);
        }
        return List.of(new Span(sentence.getStart(), second.start()), new Span(second.start(2), sentence.getEnd()));
    }

    private static final Pattern SECOND_ADDRESSEE = Pattern.compile("(,?\\s+(?:and|then)\\s+)([A-Z][a-z]+,\\s+(?:I(?:'d|’d| would| want)|"
            + "you(?:'ll|’ll| will| can| could)?|can you|could you|would you|please|your job)\\b)");

    private static final Pattern WILL_AHEAD = Pattern.compile("will\\b", Pattern.CASE_INSENSITIVE);
    /** A clause that goes on with the same subject: "will pick ...", "agreed to ...", "declined ...". */
    private static final Pattern VERB_GOES_ON = Pattern.compile("(?:will|agreed|agrees|declined|declines|was|is|has|had|plans|planned|"
            + "reported|reports|stated|states|denied|denies|verbali[sz]ed|expressed|requested|asked)\\b", Pattern.CASE_INSENSITIVE);
    /** A relative who leads a clause with a verb of their own: "mother was receptive", "dad agreed". */
    private static final Pattern SOMEONE_ELSE_VERB = Pattern.compile("(?:(?:client's|pt's|patient's|her|his|their|the)\\s+)?\\w+(?:\\s+\\w+)?\\s+"
            + "(?:was|is|will|agreed|agrees|declined|stated|reported|expressed|verbali[sz]ed|requested|became|seemed|appeared)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause led by someone other than the client: "Grandmother contacted ...", "Mother in agreement ...". */
    private static final Pattern SOMEONE_ELSE_LEADS = Pattern.compile("(?:(?:client's|pt's|patient's|her|his|their)\\s+)?(?:grandmother|"
            + "grandfather|grandma|grandpa|mother|father|mom|dad|parents?|guardian|foster (?:mother|father|parents?)|sister|brother|wife|husband|"
            + "partner|spouse|aunt|uncle|teacher|PCP|psychiatrist|case ?manager|caseworker|social worker|family)\\b", Pattern.CASE_INSENSITIVE);

    private static List<Span> clauses(String input, Span sentence) {
        List<Span> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(input).region(sentence.getStart(), sentence.getEnd());
        int from = sentence.getStart();
        while (m.find()) {
            int part = after(';', input, from, m.start()); // after the clause's last semicolon, if it has one
            // "... may interfere with exposure learning; discussed.": a one-word tail finishes its clause, it is no finding
            // ("With client's consent, will coordinate with OB": an opening phrase, not a finding of its own)
            if (words(input.substring(from, m.start())) >= 2 && words(input.substring(m.end(), sentence.getEnd())) >= 2
                    && !(m.group().startsWith(",") && INTRODUCTORY.matcher(input).region(from, m.start()).lookingAt())
                    // ("...; if he declines, pt will consider asking him to stay elsewhere": the condition after a semicolon)
                    && !(m.group().startsWith(",") && INTRODUCTORY.matcher(input).region(part, m.start()).lookingAt())
                    // ("... self-administered under direct observation, completed 10:12.": when it was done, no finding)
                    && !TIME_DONE.matcher(input).region(m.end(), sentence.getEnd()).matches()
                    // ("Grandmother contacted by phone with client present and will pick her up from school at 2:30.": what
                    // another person will do keeps its subject; alone it read "Will pick her up ...")
                    && !(m.group().matches("\\s+and\\s+") && WILL_AHEAD.matcher(input).region(m.end(), sentence.getEnd()).lookingAt()
                            && (SOMEONE_ELSE_LEADS.matcher(input).region(from, m.start()).lookingAt()
                                    // ("I spoke with his wife by phone, who agreed to remove the hose ... and will bring the children to
                                    // her mother's": the wife's, both; alone it read "Will bring the children ...")
                                    || WHO_DID.matcher(input).region(from, m.start()).find()))
                    // ("mother was receptive, will pick student up at dismissal as usual, and agreed to keep medications ...
                    // locked": the mother's, each part; alone they read "Will pick student up ...", "Client agreed to keep ...")
                    // ("Safety plan for school made: student will walk between classes with a friend, will not be alone with the
                    // boyfriend on campus, and will turn off location sharing": one subject's list of what they will do)
                    && !(m.group().startsWith(",") && WILL_AHEAD.matcher(input).region(m.end(), sentence.getEnd()).lookingAt()
                            && SUBJECT_WILL.matcher(input).region(after(':', input, part, m.start()), m.start()).lookingAt())
                    && !(m.group().startsWith(",") && VERB_GOES_ON.matcher(input).region(m.end(), sentence.getEnd()).lookingAt()
                            && SOMEONE_ELSE_LEADS.matcher(input).region(part, m.start()).lookingAt()
                            && SOMEONE_ELSE_VERB.matcher(input).region(part, m.start()).lookingAt())) {
                clauses.add(new Span(from, trimEnd(input, m.start())));
                from = m.end();
            }
        }
        clauses.add(new Span(from, sentence.getEnd()));
        return clauses.stream().filter(s -> s.getEnd() > s.getStart()).toList();
    }


    /** ", who agreed to ...": a relative clause whose subject goes on. */
    private static final Pattern WHO_DID = Pattern.compile(",\\s+who\\s+(?:agreed|will|is|was|has|said|stated|reported)\\b", Pattern.CASE_INSENSITIVE);
    /** "student will walk ...", "pt will call ...": a clause whose subject goes on to more things it will do. */
    private static final Pattern SUBJECT_WILL = Pattern.compile("(?:client|pt|patient|student|she|he|they|mother|father|parent|caregiver)\\s+will\\b",
            Pattern.CASE_INSENSITIVE);

    /** Where the last part of {@code [from, to)} begins: after its last {@code mark} (a semicolon, a colon), if it has one. */
    private static int after(char mark, String input, int from, int to) {
        int at = input.lastIndexOf(mark, to - 1);
        return at >= from ? trimStart(input, at + 1, to) : from;
    }

    private static int trimStart(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int trimEnd(String s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Map<String, String> sectionLabels() {
        Map<String, String> labels = new HashMap<>();
        for (String s : new String[]{"s", "subjective", "hpi", "history of present illness"}) {
            labels.put(s, "presentation");
        }
        // a DAP note's data and a BIRP note's behaviour hold what was seen as well as what was told: in a template with an
        // objective section of its own, "Client arrived 15 min late, appeared fatigued" goes there
        for (String s : new String[]{"d", "data", "b", "behavior", "behaviour"}) {
            labels.put(s, PRESENTATION_HEADING);
        }
        labels.put("presentation", PRESENTATION_HEADING);
        labels.put("client presentation", PRESENTATION_HEADING);
        for (String s : new String[]{"o", "objective", "mse", "mental status", "observations", "observation", "obs"}) {
            labels.put(s, "observation");
        }
        for (String s : new String[]{"a", "assessment", "impression", "clinical impression"}) {
            labels.put(s, "assessment");
        }
        for (String s : new String[]{"p", "plan", "hw", "homework", "next steps", "follow up", "follow-up"}) {
            labels.put(s, "plan");
        }
        for (String s : new String[]{"i", "intervention", "interventions", "techniques"}) {
            labels.put(s, "intervention");
        }
        for (String s : new String[]{"r", "response", "client response"}) {
            labels.put(s, "response");
        }
        for (String s : new String[]{"g", "goal", "goals"}) {
            labels.put(s, "goal");
        }
        for (String s : new String[]{"risk", "safety", "risk assessment", "safety assessment", "suicide risk"}) {
            labels.put(s, "risk");
        }
        String[][] specific = {
                {"chief complaint", "chief_complaint"}, {"cc", "chief_complaint"}, {"presenting problem", "chief_complaint"},
                {"focus", "chief_complaint"}, {"session focus", "chief_complaint"}, {"reason for visit", "chief_complaint"},
                {"presenting complaint", "chief_complaint"}, {"history of presenting complaint", "presentation"}, {"hpc", "presentation"},
                {"management", "plan"}, {"safety netting", "plan"}, {"safety net", "plan"},
                {"progress", "assessment"}, {"progress toward goals", "assessment"}, {"progress towards goals", "assessment"},
                {"clinical observations", "observation"}, {"mental status exam", "observation"}, {"mse findings", "observation"},
                // a treatment given and watched in the clinic (an esketamine visit's "Administration:", "Monitoring:")
                {"administration", "observation"}, {"monitoring", "observation"}, {"vitals", "observation"}, {"vital signs", "observation"},
                {"session summary", "presentation"}, {"summary", "presentation"}, {"session content", "presentation"},
                {"interventions used", "intervention"}, {"interventions provided", "intervention"},
                {"goals addressed", "goal"}, {"treatment goals", "goal"}, {"treatment goal", "goal"},
                {"next appointment", "plan"}, {"recommendations", "plan"}, {"medical necessity", "assessment"},
                {"clinician assessment", "assessment"}, {"clinical assessment", "assessment"}, {"therapist assessment", "assessment"},
                {"counselor assessment", "assessment"}, {"clinician impression", "assessment"}, {"clinical formulation", "assessment"},
                {"reason for referral", "referral"}, {"referral", "referral"}, {"referral source", "referral"},
                {"psychiatric history", "history_psychiatric"}, {"past psychiatric history", "history_psychiatric"},
                {"mental health history", "history_psychiatric"}, {"substance use", "substance"}, {"substances", "substance"},
                {"substance use history", "substance"}, {"medical history", "history_medical"}, {"medical", "history_medical"},
                {"allergies", "allergies"}, {"medications", "medication"}, {"meds", "medication"}, {"medication", "medication"},
                {"current medications", "medication"}, {"family history", "family_history"}, {"family psychiatric history", "family_history"}, {"social history", "family_social"},
                {"family and social history", "family_social"}, {"social", "family_social"}, {"strengths", "strengths"},
                {"diagnosis", "diagnosis"}, {"diagnoses", "diagnosis"}, {"dx", "diagnosis"}, {"formulation", "assessment"},
                {"appearance", "mse_appearance"}, {"behavior", "mse_behaviour"}, {"attitude", "mse_behaviour"},
                {"speech", "mse_speech"}, {"mood", "mse_mood"}, {"affect", "mse_affect"},
                {"thought process", "mse_thought_process"}, {"thought content", "mse_thought_content"},
                {"perception", "mse_perception"}, {"cognition", "mse_cognition"}, {"orientation", "mse_cognition"},
                {"insight", "mse_insight"}, {"judgment", "mse_judgment"}, {"judgement", "mse_judgment"},
                {"target memory", "emdr_target"}, {"target", "emdr_target"}, {"negative cognition", "emdr_nc"}, {"nc", "emdr_nc"},
                {"positive cognition", "emdr_pc"}, {"pc", PC_ABBREVIATION}, {"sud", SUD_ABBREVIATION}, {"suds", "emdr_sud"}, {"voc", "emdr_voc"},
                {"phase", "emdr_phase"}, {"bls", "emdr_bls"}, {"emotions", EMOTIONS_OR_BODY}, {"emotion", EMOTIONS_OR_BODY},
                {"body location", EMOTIONS_OR_BODY}, {"body sensations", EMOTIONS_OR_BODY}, {"body sensation", EMOTIONS_OR_BODY},
                {"location in body", EMOTIONS_OR_BODY}, {"vitals", "gp_examination"}, {"examination", "gp_examination"},
                {"exam", "gp_examination"},
                // the abbreviations of psychiatric notes
                {"id", IDENTIFICATION}, {"identifying information", IDENTIFICATION}, {"identification", IDENTIFICATION},
                {"identifying data", IDENTIFICATION},
                {"pph", "history_psychiatric"}, {"past psych history", "history_psychiatric"}, {"psych history", "history_psychiatric"},
                {"psych hx", "history_psychiatric"}, {"psychiatric hx", "history_psychiatric"}, {"past psychiatric hx", "history_psychiatric"},
                {"pmh", "history_medical"}, {"past medical history", "history_medical"}, {"medical hx", "history_medical"},
                {"psh", "history_medical"}, {"sh", "family_social"}, {"social hx", "family_social"}, {"soc hx", "family_social"},
                {"fh", "family_history"}, {"family hx", "family_history"}, {"fam hx", "family_history"},
                {"pmhx", "history_medical"}, {"fhx", "family_history"}, {"shx", "family_social"},
                {"su", "substance"}, {"dx impression", "diagnosis"}, {"diagnostic impression", "diagnosis"},
                {"substance hx", "substance"}, {"substance abuse", "substance"}, {"drugs/alcohol", "substance"},
                {"a/p", ASSESSMENT_AND_PLAN}, {"a&p", ASSESSMENT_AND_PLAN}, {"a & p", ASSESSMENT_AND_PLAN},
                {"assessment/plan", ASSESSMENT_AND_PLAN}, {"assessment and plan", ASSESSMENT_AND_PLAN},
                {"assessment & plan", ASSESSMENT_AND_PLAN}, {"impression/plan", ASSESSMENT_AND_PLAN},
                {"impression and plan", ASSESSMENT_AND_PLAN},
                // and of a general practitioner's
                {"o/e", "gp_examination"}, {"oe", "gp_examination"}, {"on examination", "gp_examination"}, {"imp", "assessment"},
                {"dh", "medication"}, {"drug history", "medication"}, {"mx", "plan"}};
        for (String[] pair : specific) {
            labels.put(pair[0], pair[1]);
        }
        return Map.copyOf(labels);
    }
}

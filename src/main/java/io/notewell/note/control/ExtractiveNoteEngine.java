package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.control.NoteTemplates.Section;
import io.notewell.note.control.NoteTemplates.Template;
import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.PlanLink;
import io.notewell.note.entity.RiskFinding;
import io.notewell.session.entity.SessionType;
import io.notewell.user.entity.Pronouns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in note engine: deterministic, offline, extractive. Every sentence it writes is a rendering of
 * one unit of the input in clinical voice, placed in the template section its category belongs to, and
 * carries that unit's span as evidence. Risk findings and treatment-plan links are added as their own
 * sentences, also with evidence.
 */
public final class ExtractiveNoteEngine {

    public static final String NAME = "notewell-extractive-1";

    /** What a note is written from. {@code clinicianName} is how the note names the provider. */
    public record Request(String input, SessionType type, boolean dictation, Pronouns pronouns, String clinicianName,
                          String treatmentPlan) {
        public Request {
            Objects.requireNonNull(input);
            Objects.requireNonNull(type);
        }
    }

    /** The input has too little content for a note: an outcome, not a failure (no rollback, no redelivery). */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static final class LowContentException extends RuntimeException {
        private final int words;

        LowContentException(int words, int minimum) {
            super("The input has " + words + " words; a note needs at least " + minimum + ".");
            this.words = words;
        }

        public int words() {
            return words;
        }
    }

    /** The rating scales and screening instruments a clinician names before giving their score. */
    static final String INSTRUMENT_NAMES = "PHQ-?9|PHQ-?A|PHQ-?2|GAD-?7|PCL-?5|AUDIT(?:-C)?|DAST(?:-10)?|C-SSRS|BDI(?:-II)?|BAI|"
            + "Y-BOCS|EPDS|MDQ|ASRS|CORE-10|K10|ORS|SRS|DES|IES-R|CAPS-5";
    static final Pattern INSTRUMENT = Pattern.compile("\\b(?:" + INSTRUMENT_NAMES + ")\\b");
    /** Whether the interpreter's turn of {@code unit} relays the client in the third person anywhere ("She says ..."). */
    private static boolean relaysInTurn(InputReader.Parsed input, Unit unit, String text) {
        InputReader.Turn turn = input.turns().get(unit.turn());
        return RELAYING.matcher(text.substring(turn.start(), turn.end())).find();
    }

    private static final Pattern RELAYING = Pattern.compile("(?:^|[.!?]\\s+|,\\s+)(?:she|he|they) (?:says|said|asks|asked|tells|told|"
            + "explains|adds|answers|replies|agrees|gives (?:permission|consent))\\b", Pattern.CASE_INSENSITIVE);

    /** An interpreter speaking of their own part: "The interpreter would like to clarify one word." */
    private static final Pattern INTERPRETERS_OWN = Pattern.compile("(?i)\\bthe interpreter (?:would like|wants|needs|has|is|will|"
            + "should|must|can|may|asked|asks|clarif|explain|add|note)");
    private static final Pattern CLARIFIES = Pattern.compile("(?i)\\bclarif");
    /** "Therapist stated that that would give her mornings to sleep.": what the step before is for. */
    private static final Pattern WHAT_IT_GIVES = Pattern.compile("^\\S+(?: \\S+)? (?:stated|explained) that (?:that|this|it) (?=(?:would|will|could|"
            + "should) (?:give|help|let|mean|allow|free|take|buy|make)\\b)");
    private static final Pattern INTERPRETER_ADDS_THAT = Pattern.compile("(?i)^the interpreter (?:would like to |wants to |needs to |has to |should )?"
            + "(?:add|adds|clarify|clarifies|mention|mentions|note|notes|say|says|explain|explains) that\\s+(?=\\S)");

    private static final Pattern UNNAMED_SCORE = Pattern.compile("\\b(his|her|their|the client's|the|your) score\\b");

    /** "used ice and drawing instead of cutting": a coping skill used in place of a risk, which the note reports too. */
    private static final Pattern INSTEAD_OF = Pattern.compile("\\b(?:instead of|rather than)\\b", Pattern.CASE_INSENSITIVE);

    /** The clinician's action on a risk, in notes: a report made, a hotline given, a follow-up or a referral. */
    private static final Pattern ACTION_ON_RISK = Pattern.compile("\\b(?:called|contacted|notified|report(?:ed)? (?:was )?(?:made|filed)|"
            + "(?:given|provided|gave)\\b[^.;]{0,30}\\b(?:hotline|crisis line|number|resources?)|f/u|follow(?:ing)? up|referr(?:al|ed)|"
            // "Re-assess passive SI next session.": the plan's too
            + "re-?assess\\w*|monitor\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** 'Mood: "on edge."' under the heading "Mood (as stated)": the label the section's title already says is left out. */
    private static String withoutOwnHeading(String text, Section section) {
        int colon = text.indexOf(": ");
        if (colon > 0 && colon <= 20 && section.title().toLowerCase(Locale.ROOT).startsWith(text.substring(0, colon).toLowerCase(Locale.ROOT))) {
            String rest = text.substring(colon + 2);
            return rest.isEmpty() ? text : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return text;
    }

    /**
     * The index of the last unit of the short answer starting at {@code first}: the short sentences of the same turn that
     * finish it ("Now maybe sixty.", "Less."), up to 25 words in all, none of them about risk. A rating stays alone:
     * "It's an 8." answers the rating question, "My chest is really tight." does not.
     */
    private static int answerEnd(List<Unit> units, int first, Set<Unit> riskUnits, boolean bareYesOrNo) {
        Unit answer = units.get(first);
        if (answer.topic() != null && answer.topic().startsWith("emdr_")) {
            return first;
        }
        int words = InputReader.words(answer.text());
        int last = first;
        if (InputReader.COGNITIVE_SCREEN.equals(answer.topic())) {
            // "It's... March? No. I don't know, it's cold out. December, maybe.": an answer to a cognitive screen is quoted whole,
            // its hesitations and corrections being the finding
            while (last + 1 < units.size() && units.get(last + 1).role() == Role.CLIENT && units.get(last + 1).turn() == answer.turn()
                    && words + InputReader.words(units.get(last + 1).text()) <= 40) {
                words += InputReader.words(units.get(++last).text());
            }
            return last;
        }
        // "What would make the biggest difference?" "A desk in a corner, away from the coffee machine. Permission to wear my
        // headphones ... Agendas before meetings, in writing ... And maybe working from home two days a week.": the things asked
        // for are the answer, each a sentence without a subject of its own
        boolean thingsAsked = answer.question() != null && THINGS_ASKED.matcher(answer.question()).find();
        while (last + 1 < units.size()) {
            Unit next = units.get(last + 1);
            int more = InputReader.words(next.text());
            // ("Who can you reach out to?" "My sister Kim. She said I can call her any time, even at three in the morning. And Rob,
            // if it's not about him.": who, and on what terms, in a short answer)
            if (thingsAsked && next.role() == Role.CLIENT && next.turn() == answer.turn() && !next.isQuestion() && more <= 16
                    && words + more <= 60 && !riskUnits.contains(next) && (!SUBJECT_FIRST.matcher(ClinicalVoice.clean(next.text())).lookingAt()
                            || words + more <= 30)) {
                words += more;
                last++;
                continue;
            }
            // after a bare yes or no, the one sentence that says what it means may be longer
            // ... and so may one that opens without subject or verb ("I'm a junior. Straight A's, but I'm exhausted all the time.")
            // ... and so may a second rating ("Like ninety at the worst. Forty by the time I got to work.")
            // ... and so may a condition that goes on with the answer ("And if I've had more than a couple of beers.")
            String said = ClinicalVoice.clean(next.text());
            int longest = bareYesOrNo && last == first || ClinicalVoice.opensWithoutSubjectOrVerb(said) || ClinicalVoice.subordinateAlone(said) ? 14
                    // ... and so may one that speaks of what the answer named ("He's been asking to borrow it for hunting season
                    // anyway. I could give it to him this weekend.": alone, "it" named nothing)
                    // ... and so may one that speaks of one of the things named ("I've got rifles. There's one in the truck, always is,
                    // for the coyotes.": alone, "there's one in the truck" named nothing)
                    : NUMBER_FIRST.matcher(said).lookingAt() || ONE_OF_THOSE.matcher(said).lookingAt() ? 12
                    : REFERS_BACK.matcher(said).find() ? 8
                    // ... and so may one about the person the answer named ("My buddy Denny from the unit. He's done it before for
                    // another guy.": alone, "he" named nobody)
                    : last == first && PERSON_NAMED.matcher(ClinicalVoice.clean(answer.text())).matches()
                            && PERSON_FOLLOWS.matcher(said).lookingAt() ? 10
                    // ... and so may a second urge or aim, as the first was said ("To check my pulse. And to have my phone out with
                    // my mom's number ready.": alone, "She adds that to have her phone out ...")
                    : INFINITIVE_FIRST.matcher(ClinicalVoice.clean(answer.text())).lookingAt() && AND_TO.matcher(said).lookingAt() ? 14
                    // "What went through your mind?" "That I'm the problem. That if I just went back to being who they want, everyone
                    // would be happier.": the thoughts, one after the other (alone, the second read as what she reports)
                    : THAT_CLAUSE.matcher(ClinicalVoice.clean(answer.text())).lookingAt() && THAT_CLAUSE.matcher(said).lookingAt() ? 20 : 6;
            if (next.role() != Role.CLIENT || next.turn() != answer.turn() || next.isQuestion() || more > longest || words + more > 25
                    || riskUnits.contains(next)) {
                break;
            }
            words += more;
            last++;
        }
        return last;
    }

    private static final Pattern INFINITIVE_FIRST = Pattern.compile("^(?:maybe |probably |just )?to \\w+", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_TO = Pattern.compile("^(?:and|or|also|and also) (?:maybe |just )?to \\w+", Pattern.CASE_INSENSITIVE);
    /** "My buddy Denny from the unit.", "My sister.": an answer that is a person. */
    private static final Pattern PERSON_NAMED = Pattern.compile("^(?:probably |maybe |um,? )?(?:my (?:\\w+ )?(?:buddy|friend|brother|sister|"
            + "mom|mother|dad|father|son|daughter|wife|husband|partner|cousin|uncle|aunt|neighbou?r|sponsor|pastor|roommate|boss)"
            + "(?: (?-i:[A-Z][a-z]+))?)(?: (?:from|at|in|on) (?:the |my |our )?[\\w ]{2,20})?[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON_FOLLOWS = Pattern.compile("^(?:he|she|they)(?:'s|’s|'d|’d|'ll|’ll| has| is| was| would| will| could| can| "
            + "did|'ve|’ve)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THINGS_ASKED = Pattern.compile("\\bwhat (?:would|could|might) (?:help|make (?:the )?(?:biggest |most |a )?"
            + "difference)|\\bwhat (?:helps|do you need|would you need|would you ask for|would you want)\\b|"
            // a safety plan's coping steps: "And what can you do on your own when you notice those?"
            + "\\bwhat (?:can|could) you do\\b|\\bwho (?:can|could) you (?:reach out to|call|talk to|turn to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_FIRST = Pattern.compile("^\\W*(?:(?:and|or|but|so)\\s+)?(?:(?:maybe|probably|also|then)\\s+)?"
            + "(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|we|he|she|they|you|it|it's|it’s|that|that's|this|there|my|our)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern THAT_CLAUSE = Pattern.compile("^(?:and )?that (?!(?:is|was|'s|’s|would be|will be|sounds|makes|helps|"
            + "helped|one|part|day|night|time|week)\\b)", Pattern.CASE_INSENSITIVE);

    /** A step with something named before it: "I could give it to him this weekend." */
    private static final Pattern REFERS_BACK = Pattern.compile("^\\W*I (?:could|can|will|'ll|’ll|would|'d|’d|might) (?:just )?"
            + "(?:give|bring|hand|take|drop|put|lock|keep|leave|throw|pour|send|get rid of) (?:it|them)\\b", Pattern.CASE_INSENSITIVE);

    /** "There's one in the truck.", "One of them is in the safe.": one of the things the sentence before named. */
    private static final Pattern ONE_OF_THOSE = Pattern.compile("^(?:and )?(?:there's one|there is one|one's|one is|one of them)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that opens with a number: a rating or a count that goes on from the one before. */
    private static final Pattern NUMBER_FIRST = Pattern.compile("^(?:and |then |now |maybe |like |about |down to |up to )?(?:\\d+|zero|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
            // "About a pack a day. Twenty, maybe twenty-two. First one within five minutes of waking up."
            + "(?:the )?(?:first|last) (?:one|cigarette|drink|smoke|hit|dose))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The last of the short verbless rules that finish the clinician's task in unit {@code task}, in the same turn. */
    private static int taskEnd(List<Unit> units, int task, ClinicalVoice voice) {
        int last = task;
        while (last + 1 < units.size()) {
            Unit next = units.get(last + 1);
            if (next.role() != Role.CLINICIAN || next.turn() != units.get(task).turn() || next.isQuestion()
                    || InputReader.words(next.text()) > 12 || !TASK_TAIL.matcher(ClinicalVoice.clean(next.text())).lookingAt()
                    || voice.render(next).isPresent()) {
                break;
            }
            last++;
        }
        return last;
    }

    /**
     * What leads the clinician into a question about risk, said of people in general: "Sometimes when people have been
     * through so much, they feel that life is not worth living, or they think about ending their life. Have you had thoughts
     * like that?" The risk section reports the question as asked; alone, the lead-in read as the clinician's statement
     * ("Therapist stated that sometimes when people have been through so much ...", in the plan).
     */
    private static final Pattern PEOPLE_IN_GENERAL = Pattern.compile("(?i)^(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.? )?\\p{Lu}\\p{Ll}+, )?(?:and |but |so |now,? )?"
            // "And with all this stress, sometimes people start to feel hopeless."
            + "(?:(?:with|under|after) [^,.]{1,40}, )?(?:(?:sometimes|often|a lot of the time),? )?"
            + "(?:when people\\b|people (?:who|in your|going|with|after|often|sometimes|start|begin|can|may|might|feel|find|get)\\b|(?:a lot of|many|some|most|lots of) "
            + "(?:people|folks|patients|clients|parents|veterans|teens|teenagers|young people|women|men|survivors)\\b|"
            + "it(?:'s| is) (?:common|very common|not unusual|not uncommon|normal)\\b)");

    private static boolean leadsIntoRiskQuestion(List<Unit> units, int i) {
        return leadsIntoQuestion(units, i) && RiskScreen.mentionsRisk(units.get(i).text());
    }

    /**
     * Unit {@code i} is the clinician's lead-in, said of people in general, to a question in the same turn: like the
     * question, it says nothing of the client ("sometimes people start to feel hopeless" is no hopelessness reported).
     */
    /** "Ms. Park, ...", "Mom, ...", "And Leo, ...": a sentence that names whom it is to (who, the voice decides). */
    private static final Pattern OPENS_WITH_NAME = Pattern.compile("^(?:(?:and|so|now|okay|ok|also),?\\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
            + "[A-Z][a-z]+,\\s");

    /** Whether a clinician's sentence before unit {@code i}, in the same turn, opened by naming the client. */
    private static boolean clientNamedEarlierInTurn(List<Unit> units, int i, ClinicalVoice voice) {
        for (int k = i - 1; k >= 0 && units.get(k).turn() == units.get(i).turn() && units.get(k).role() == Role.CLINICIAN; k--) {
            if (voice.addressesClientByName(units.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    static boolean leadsIntoQuestion(List<Unit> units, int i) {
        Unit unit = units.get(i);
        return unit.role() == Role.CLINICIAN && !unit.isQuestion() && PEOPLE_IN_GENERAL.matcher(ClinicalVoice.clean(unit.text())).lookingAt()
                && units.subList(i + 1, units.size()).stream().takeWhile(u -> u.turn() == unit.turn()).anyMatch(Unit::isQuestion);
    }

    /**
     * The language a session was interpreted in, where the input names it: "I will request a female Dari interpreter",
     * "Thank you to our Somali interpreter" (a capitalised word before "interpreter" inside a sentence; not "Sign Language
     * interpreter").
     */
    private static final Pattern LANGUAGE_INTERPRETED = Pattern.compile("(?<=[a-z,] )(?!(?:Interpreter|Translator|Sign|Language|Video|"
            + "Phone|Telephone|Certified|Medical)\\b)([A-Z][a-z]+|[A-Z]{2,4})(?:-speaking)? (?:interpreter|translator)s?\\b");

    /**
     * "Session conducted through a Dari interpreter.", for a conversation in which an interpreter speaks the client's words
     * ("Interpreter:", "Translator:"); its evidence is the interpreter's first words and, where named, the language.
     */
    private static Optional<NoteSentence> interpreted(List<Unit> units, String input) {
        Optional<Unit> first = units.stream().filter(u -> u.role() == Role.CLIENT && InputReader.isInterpreter(u.speaker())).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>(List.of(evidence(first.get())));
        String language = null;
        Matcher named = LANGUAGE_INTERPRETED.matcher(input);
        if (named.find()) {
            language = named.group(1);
            int at = named.start();
            units.stream().filter(u -> u.start() <= at && at < u.end()).findFirst().map(ExtractiveNoteEngine::evidence).ifPresent(evidence::add);
        }
        String article = language == null ? "an" : language.matches("(?:[AEIO]|U(?![kyn])).*") ? "an" : "a";
        return Optional.of(new NoteSentence("Session conducted through " + article + (language == null ? "" : " " + language)
                + " interpreter.", evidence));
    }

    /** Where a note records what was seen and heard: the mental status's speech, or the objective observations (no EMDR heading). */
    private static Optional<Section> interpreterSection(Template template) {
        Optional<Section> speech = template.sectionFor("mse_speech");
        return speech.isPresent() ? speech : template.sectionFor("observation").filter(s -> !s.categories().get(0).startsWith("emdr_"));
    }

    /** {@code first} stretched to the end of {@code last}: one unit for a statement and the sentences that finish it. */
    private static Unit through(Unit first, Unit last, String input) {
        return new Unit(first.start(), last.end(), input.substring(first.start(), last.end()), first.role(), first.speaker(),
                first.turn(), first.labelHint(), first.topic(), first.question());
    }

    /**
     * The call itself checked, in a video or phone session: "Can you hear me okay?", "Sorry, you froze. Can you say that
     * again?" (the answer repeats what was said, or is about the connection).
     */
    private static final Pattern CONNECTION_CHECK = Pattern.compile("\\bcan you (?:hear|see) me\\b|\\bis (?:that|this) better\\b|"
            + "\\byou(?:'re| are) (?:on mute|muted|frozen|breaking up|cutting out)\\b|\\byou (?:cut out|broke up|dropped)\\b|"
            // (not "What happened in your body when you froze?")
            + "\\byou froze (?:for a (?:second|moment|bit)|there|up|on (?:my|the) screen)\\b|"
            + "\\b(?:say|repeat) that (?:again|last part)\\b|\\bdidn't (?:catch|hear) (?:that|the last)\\b", Pattern.CASE_INSENSITIVE);


    /** A note's paragraph that opens with what a relative reports: "Wife (joined at end) reports ...", "Mother states ...". */
    private static final Pattern RELATIVE_REPORTS = Pattern.compile("^(?:client's |pt's |patient's |the )?(wife|husband|partner|spouse|mother|"
            + "mom|father|dad|parents|daughter|son|sister|brother|grandmother|grandfather|aunt|uncle|caregiver|girlfriend|boyfriend)"
            + "(?:\\s*\\([^)]{1,40}\\))?\\s+(?:reports?|reported|states?|stated|says|said|adds|added|notes|noted|shares|shared|describes|"
            + "described|expresses|expressed|endorses|endorsed|voices|voiced)\\b", Pattern.CASE_INSENSITIVE);

    /** A task given: "Client was asked, for this week, to ...", "Client's mother was instructed to ...". */
    private static final Pattern GIVEN = Pattern.compile("^" + ClinicalVoice.GIVEN_TO + " (?:asked|instructed)\\b");

    /** A short rule finishing a task: "And no work messages after ten.", "Phone on the charger in the kitchen." */
    private static final Pattern TASK_TAIL = Pattern.compile("^(?:and |also |plus |then )?(?:no|only|just|nothing|max(?:imum)?|"
            + "at (?:least|most)|one|two|three|[\\w'-]+ (?:on|in|off|by|at|before|after|away|out)\\b)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_TAIL_CONJUNCTION = Pattern.compile("^(?:and|also|plus|then)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern BARE_YES_NO = Pattern.compile("^(?:yes|yeah|yep|no|nope|nah)[.!]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_NO_QUESTION = Pattern.compile("(?:^|[.,;]\\s+|\\band\\s+)(?:have|has|had|did|do|does|are|is|were|was|"
            + "can|could|would|will|any)\\b[^.?]*\\?\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * The client's own answer opening without subject or verb: "What does a typical day of eating look like?" "Black
     * coffee in the morning, maybe an apple at lunch ...", which written as a report would read "Client reports that
     * Black coffee ...".
     */
    private static boolean opensTheAnswer(List<Unit> units, int i) {
        Unit unit = units.get(i);
        return unit.role() == Role.CLIENT && unit.question() != null && !ClinicalVoice.isCollateral(unit.speaker())
                && (!unit.isQuestion() || InputReader.COGNITIVE_SCREEN.equals(unit.topic()))
                && (i == 0 || units.get(i - 1).turn() != unit.turn()) && (InputReader.COGNITIVE_SCREEN.equals(unit.topic())
                        || ClinicalVoice.opensWithoutSubjectOrVerb(ClinicalVoice.clean(unit.text()))
                        // "What do they say when they come?" "Mostly that I'm stupid, that people are watching me."
                        || ClinicalVoice.gistOfWhatWasSaid(ClinicalVoice.clean(unit.text()))
                        // "How has the medication been? You started the Vyvanse ..., right?" "It helps in the mornings.": what
                        // "it" is, the question says
                        || ANAPHORIC_OPENING.matcher(ClinicalVoice.clean(unit.text())).lookingAt() && InputReader.words(unit.text()) <= 10
                        // "How is the wait for the top surgery consult?" "The consult is January 14th.": which consult, the question says
                        || namedInTheQuestion(ClinicalVoice.clean(unit.text()), unit.question()) && InputReader.words(unit.text()) <= 10
                        // "What would you say to a friend who told you that?" "I'd tell her she has ADHD and she's doing her best.":
                        // words for someone else, which make sense only as the answer
                        || WORDS_FOR_ANOTHER.matcher(unit.question()).find()
                        // "And what did you do next?" "Put my phone face down and pulled the blanket over my head.": the
                        // subject is in the question ("Client reports that put her phone ..." had no subject)
                        || VERB_LED.matcher(ClinicalVoice.clean(unit.text())).lookingAt()
                        // "Could you keep a bag at your sister's with copies of your ID ...?" "I can bring it over on Wednesday.":
                        // what "it" is, the proposal says
                        || ClinicalVoice.PROPOSAL_CHECK.matcher(unit.question()).find() && InputReader.words(unit.text()) <= 14
                                && THE_PROPOSED.matcher(unit.text()).find());
    }

    private static final Pattern THE_PROPOSED = Pattern.compile("\\b(?:bring|put|keep|take|leave|do|try|send|give|pack|move|drop|use)"
            + " (?:it|that|this|them|those)\\b", Pattern.CASE_INSENSITIVE);

    /** An answer opening with its verb: what the client did or would do, the subject left in the question. */
    private static final Pattern VERB_LED = Pattern.compile("^(?:(?:and|then|so|just|probably|maybe|mostly|basically|honestly),?\\s+)*"
            + "(?:went|got|took|put|sat|lay|laid|left|ran|ate|drank|slept|told|kept|made|came|drove|bought|threw|hid|broke|gave|"
            + "stood|spent|said|found|began|wrote|read|called|texted|stayed|walked|watched|cried|tried|scrolled|yelled|"
            + "played|prayed|listened|talked|turned|pulled|pushed|locked|grabbed|started|stopped|skipped|avoided|ignored|"
            + "call|go|get|take|try|stay|sit|lie|watch|text|tell|ask|leave|walk|run|eat|drink|sleep|cry|scroll|read|write|"
            + "play|pray|breathe|listen|talk|use|do)\\b(?!\\s+(?:I|I'm|I've|I'd|he|she|they|we|it|is|was|are|were)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORDS_FOR_ANOTHER = Pattern.compile("\\bwhat (?:would|might|could|will) you (?:say|tell)\\b",
            Pattern.CASE_INSENSITIVE);

    // (not "It's been a hard couple of weeks.": "it is" and "it was" are mostly about nothing in particular)
    /** An answer opening with "the" and a thing the question named: "The consult is January 14th." */
    private static boolean namedInTheQuestion(String answer, String question) {
        Matcher the = THE_THING.matcher(answer);
        return the.lookingAt() && question.strip().endsWith("?") && Pattern.compile("\\bthe (?:[\\w-]+ ){0,3}" + Pattern.quote(the.group(1)) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(question).find();
    }

    private static final Pattern THE_THING = Pattern.compile("^the ([a-z]{4,})\\b(?= (?:is|was|will be|went|got|came|starts|started|"
            + "ends|ended)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ANAPHORIC_OPENING = Pattern.compile("^(?:it(?!'s|’s|\\s+(?:is|was|has been|had been)\\b)|that|that's|that’s|"
            + "they|they're|they’re|those)\\s", Pattern.CASE_INSENSITIVE);

    /** The clinician setting up a role-play: "Say it to me as if I'm her.", "Pretend I'm your boss.", "I'll be your dad." */
    private static final Pattern ROLE_PLAY = Pattern.compile("\\b(?:as if I(?:'m|’m| am| was| were) (?:her|him|them|your|the)\\b|"
            + "pretend (?:that )?I(?:'m|’m| am) (?:her|him|them|your|the)\\b|I(?:'ll|’ll| will) (?:be|play) (?:her|him|them|your|the)\\b|"
            + "let(?:'s|’s| us) role[- ]?play\\b|(?:try|practi[cs]e) (?:saying )?it (?:on|to|with) me\\b)", Pattern.CASE_INSENSITIVE);
    /** At most this many words of a rehearsal are quoted: a role-play is a few sentences, not a monologue. */
    private static final int REHEARSAL_WORDS = 80;

    /**
     * Where the client's rehearsal that starts at {@code units.get(i)} ends: the client's whole turn (up to
     * {@link #REHEARSAL_WORDS}) right after the clinician's turn that set up a role-play; {@code i} when it is none.
     */
    private static int rehearsal(List<Unit> units, int i) {
        Unit unit = units.get(i);
        if (unit.role() != Role.CLIENT || i == 0 || units.get(i - 1).turn() != unit.turn() - 1
                || units.get(i - 1).role() != Role.CLINICIAN) {
            return i;
        }
        boolean setUp = false;
        for (int k = i - 1; k >= 0 && units.get(k).turn() == unit.turn() - 1; k--) {
            setUp |= ROLE_PLAY.matcher(units.get(k).text()).find();
        }
        if (!setUp) {
            return i;
        }
        int end = quotedTo(units, i, next -> true);
        return end < 0 ? i : end;
    }

    /**
     * Where words quoted as said from {@code units.get(i)} end: the units after it in the same turn that {@code joins}, up to
     * {@link #REHEARSAL_WORDS} in all; {@code -1} when the first alone is longer.
     */
    private static int quotedTo(List<Unit> units, int i, java.util.function.Predicate<Unit> joins) {
        int end = i;
        int words = InputReader.words(units.get(i).text());
        while (end + 1 < units.size() && units.get(end + 1).turn() == units.get(i).turn() && joins.test(units.get(end + 1))
                && words + InputReader.words(units.get(end + 1).text()) <= REHEARSAL_WORDS) {
            end++;
            words += InputReader.words(units.get(end).text());
        }
        return words <= REHEARSAL_WORDS ? end : -1;
    }

    /**
     * Where the client's words in an exercise that start at {@code units.get(i)} end: the rest of the client's turn inside the
     * exercise (up to {@link #REHEARSAL_WORDS}), when it answers no question (an answer is written as one); {@code -1} when
     * the unit is none of these.
     */
    private static int practice(List<Unit> units, int i, Set<Integer> practised) {
        Unit unit = units.get(i);
        if (unit.role() != Role.CLIENT || !practised.contains(unit.start()) || rated(unit) || ExposureRatings.ratingAlone(unit.text())
                || ClinicalVoice.onlyAYes(ClinicalVoice.clean(unit.text())) && (i + 1 >= units.size() || units.get(i + 1).turn() != unit.turn()
                        || ExposureRatings.ratingAlone(units.get(i + 1).text()))
                || i > 0 && units.get(i - 1).turn() == unit.turn() && units.get(i - 1).role() == Role.CLIENT) {
            // (a rating is written with its question, and the rest of its answer goes with it; "Read it again." "It's an eight.":
            // a rating the exposure's line charts, no words of the exercise)
            return -1;
        }
        return quotedTo(units, i, next -> !rated(next) && !ExposureRatings.ratingAlone(next.text()) && practised.contains(next.start()));
    }

    /**
     * A unit answering a question asked in an exercise, other than a prompt to go on: a rating ("SUDS?" "Ninety."), what the
     * client noticed ("What did you notice?" "That it went down by itself."), written with its question.
     */
    private static boolean rated(Unit unit) {
        return unit.question() != null && (InSessionPractice.RATING.matcher(ClinicalVoice.lastSentence(unit.question())).find()
                || !InSessionPractice.GO_ON_PROMPT.matcher(ClinicalVoice.lastSentence(unit.question())).find());
    }

    /** An instruction for the moment, given in an exercise: "Client was asked to ...", "Client's mother was instructed to ...". */
    private static final Pattern DURING_EXERCISE = Pattern.compile("Client(?:'s [a-z-]+)? was (?:asked|instructed) to ");

    /** A task of several things, said one by one after it: "Client was asked to try two things." */
    private static final Pattern THINGS_COUNTED = Pattern.compile("^Client was asked to (?:try|do|work on|practi[cs]e|focus on) "
            + "(?:two|three|four|a couple of|a few) (?:things|tasks|skills|steps)\\.$");
    /** "First, a twenty-minute conversation ...", "Second, when either of you feels flooded, call a time-out ...". */
    private static final Pattern NEXT_THING = Pattern.compile("^(?:and |then )?(first|second|third|fourth|one|the other|the first|"
            + "the second|the third|last|finally)(?: one| thing)?,\\s+(.{6,})$", Pattern.CASE_INSENSITIVE);

    /**
     * "Therapist will send it today.", after "Would you be open to me sending a referral to the EAP for a sleep evaluation?":
     * what "it" is, from the clinician's words a few sentences before ("Therapist will send the referral to the EAP for a
     * sleep evaluation today"); {@code text} as it is when they name no such thing.
     */
    private static String whatIsSent(String text, String clinician, List<Unit> units, int i, ClinicalVoice voice) {
        Matcher sending = SENDS_IT.matcher(text);
        if (clinician == null || !text.startsWith(clinician + " will ") || !sending.region(clinician.length(), text.length()).lookingAt()) {
            return text;
        }
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Matcher named = THING_SENT.matcher(units.get(k).text());
            if (units.get(k).role() == Role.CLINICIAN && named.find()) {
                String thing = "the " + named.group(1) + (named.group(2) == null || named.group(2).isBlank() ? ""
                        : " " + voice.secondToThird(named.group(2).strip()));
                return text.substring(0, sending.start(2)) + thing + text.substring(sending.end(2));
            }
        }
        return text;
    }

    // (not "will make that call together with you": "that" before a noun says which call, and is no thing of its own)
    private static final Pattern SENDS_IT = Pattern.compile("^ will (send|fax|email|e-mail|submit|mail|file|put in|place|write|make) (it|that|this)\\b"
            + "(?! (?!(?:to|for|today|tomorrow|tonight|now|this|by|before|after|on|in|at|right|together|with|over|off|out|back|up|and|so|as|"
            + "once|when|if|first|soon|later)\\b)[a-z]+)");
    /** "sending a referral to the EAP for a sleep evaluation", "a letter for your employer": something a clinician sends. */
    private static final Pattern THING_SENT = Pattern.compile("\\b(?:a|an|the) ((?:[\\w-]+ )?(?:referral|letter|note|form|prescription|"
            + "request|report|release|authorization|order|records))((?: (?:to|for) (?:the |your |a |an |Dr\\. )?[\\w.'-]+(?: [\\w'-]+){0,2}?"
            + "(?=[,.?!]| (?:to|for|so|and|if|today|this|tomorrow)\\b|$)){0,2})");

    /** {@code r}'s text about the participant it is about, by name ("Maya reports that ..."); about the client, as written. */
    private static String named(Rendered r, Participants participants) {
        if (r.subject() == null) {
            return r.text();
        }
        boolean all = r.subject().equals(ClinicalVoice.BOTH_PARTICIPANTS);
        return ClinicalVoice.naming(r.text(), all ? participants.everyone() : r.subject(), all);
    }

    /**
     * Whom the clinician names as the one spoken to in a joint session, at {@code units.get(i)}: the participant named earlier
     * in the turn ("Daniel, I noticed your jaw tighten ..."), or everyone ("you both", "each of you":
     * {@link ClinicalVoice#BOTH_PARTICIPANTS}); null when the sentence names no one (then "you" is whoever spoke last).
     */
    private static String addressedByName(List<Unit> units, int i, Participants participants) {
        Unit unit = units.get(i);
        String text = ClinicalVoice.clean(unit.text());
        if (ClinicalVoice.toSeveral(text)) {
            return ClinicalVoice.BOTH_PARTICIPANTS;
        }
        for (int k = i; k >= 0 && units.get(k).turn() == unit.turn(); k--) {
            String said = ClinicalVoice.clean(units.get(k).text());
            Matcher vocative = ADDRESSED_BY_NAME.matcher(said);
            if (vocative.lookingAt() && participants.pronouns().containsKey(vocative.group(1))) {
                return vocative.group(1);
            }
            if (vocative.lookingAt() && participants.primary() != null && !ClinicalVoice.isCollateral(vocative.group(1))
                    && ClinicalVoice.saysYou(said.substring(vocative.end()))) {
                // "Rosa, for this week I'd like you to ...", where the transcript labels Rosa "Client": a name that is no
                // one else's is the client's
                return participants.primary();
            }
        }
        return null;
    }

    /** "Daniel, I noticed ...", "And Maya, I'd also like you to ...": a participant addressed by name. */
    // ("For this week: Marcus, text Dana when plans change.")
    private static final Pattern ADDRESSED_BY_NAME = Pattern.compile("^(?:(?i:and|so|okay|ok|good|now|also),?\\s+)?"
            + "(?:(?i:for (?:this|next|the) week|this week|for homework|over the (?:next|coming) (?:week|two weeks))[:,]\\s+)?([A-Z][a-z]+),\\s+");

    /**
     * Whom a participant speaks to with "you" at {@code units.get(i)}, when it is another participant: the one who spoke
     * in the turn before, or the one the clinician asked them to speak to ("Can you turn to Maya and tell her that
     * directly?"); null when "you" is the clinician (or the sentence has no "you"). {@code before}: who spoke in the turn
     * before.
     */
    private static String saidTo(List<Unit> units, int i, Participants participants, String before) {
        Unit unit = units.get(i);
        if (!ClinicalVoice.saysYou(ClinicalVoice.clean(unit.text()))) {
            return null;
        }
        if (before != null && !before.equals(unit.speaker()) && participants.pronouns().containsKey(before)) {
            return before;
        }
        for (int k = i - 1; k >= 0 && units.get(k).turn() >= unit.turn() - 1; k--) {
            Matcher toOther = SPEAK_TO.matcher(units.get(k).text());
            while (units.get(k).role() == Role.CLINICIAN && toOther.find()) {
                if (participants.pronouns().containsKey(toOther.group(1)) && !toOther.group(1).equals(unit.speaker())) {
                    return toOther.group(1);
                }
            }
        }
        return null;
    }

    /** "turn to Maya", "tell Daniel", "say that to Maya": the clinician asks one participant to speak to another. */
    private static final Pattern SPEAK_TO = Pattern.compile("\\b(?:turn to|tell|look at|talk to|speak to|say (?:it|that|this) to)\\s+([A-Z][a-z]+)\\b");

    /** Who spoke in the turn before {@code units.get(i)}'s, or null. */
    /**
     * The names by which the clinician addresses a relative who speaks under a label of their role: a clinician's turn that
     * turns to "Daniel, ..." and is answered by "Husband:" names the husband.
     */
    static Map<String, String> relativesByName(List<Unit> units, Participants participants) {
        Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Matcher vocative = ADDRESSED_BY_NAME.matcher(ClinicalVoice.clean(unit.text()));
            if (unit.role() != Role.CLINICIAN || !vocative.lookingAt() || participants.named(vocative.group(1))) {
                continue;
            }
            int next = i + 1;
            boolean addressedAfter = false; // "Priya, you can take the phone ... Mom, your job is to stay at the door ...": the
            // mother answers the one addressed last
            while (next < units.size() && units.get(next).turn() == unit.turn()) {
                addressedAfter |= ADDRESSED_BY_NAME.matcher(ClinicalVoice.clean(units.get(next).text())).lookingAt();
                next++;
            }
            if (!addressedAfter && next < units.size() && units.get(next).turn() == unit.turn() + 1
                    && ClinicalVoice.isCollateral(units.get(next).speaker())) {
                names.putIfAbsent(vocative.group(1), units.get(next).speaker());
            }
        }
        return names;
    }

    /** The relative the clinician's sentence at {@code i} addresses by a name of {@link #relativesByName}, earlier in its turn. */
    private static Optional<String> relativeAddressed(List<Unit> units, int i, Map<String, String> relativesByName) {
        if (relativesByName.isEmpty()) {
            return Optional.empty();
        }
        for (int k = i; k >= 0 && units.get(k).turn() == units.get(i).turn(); k--) {
            Matcher vocative = ADDRESSED_BY_NAME.matcher(ClinicalVoice.clean(units.get(k).text()));
            if (vocative.lookingAt()) {
                return Optional.ofNullable(relativesByName.get(vocative.group(1)));
            }
        }
        return Optional.empty();
    }

    private static String previousTurnSpeaker(List<Unit> units, int i) {
        int turn = units.get(i).turn();
        for (int k = i - 1; k >= 0; k--) {
            if (units.get(k).turn() < turn) {
                return units.get(k).turn() == turn - 1 ? units.get(k).speaker() : null;
            }
        }
        return null;
    }

    /**
     * The client's "Yes." or "No." to a closed question of the clinician: "Have the intrusive thoughts come up this week?"
     * "Yes. Every time I pick her up from school.": the yes is the finding, and the sentence after it says when; alone,
     * "Yes." is small talk and the rest a fragment.
     */
    private static boolean bareYesOrNo(Unit unit) {
        return unit.role() == Role.CLIENT && unit.question() != null && !unit.isQuestion() && !ClinicalVoice.isCollateral(unit.speaker())
                && BARE_YES_NO.matcher(ClinicalVoice.clean(unit.text())).matches() && YES_NO_QUESTION.matcher(unit.question()).find();
    }

    /** "You filled out the PCL-5 in the waiting room. Your score today is 52": the score is the PCL-5's. */
    private static java.util.function.UnaryOperator<String> withInstrument(String naming) {
        return text -> {
            Matcher instrument = INSTRUMENT.matcher(naming);
            return INSTRUMENT.matcher(text).find() || !instrument.find() ? text
                    : UNNAMED_SCORE.matcher(text).replaceFirst("$1 " + Matcher.quoteReplacement(instrument.group()) + " score");
        };
    }

    /** A sentence of the note as written; {@code subject} is the participant it is about in a joint session (null: the client). */
    private record Rendered(Unit unit, String text, String subject) {
    }

    /** A sentence placed in a section; {@code rank} orders a conversation's sentences when the section keeps only some. */
    private record Placed(Unit unit, String text, String section, double score, double rank) {
        Placed(Unit unit, String text, String section, double score) {
            this(unit, text, section, score, score + salience(text)
                    // a self-rating is what the clinician tracks from session to session: it reads low on the classifier (a
                    // question and a number resemble no section's prototypes) and is kept before the client's longer reports
                    + (text.startsWith(ClinicalVoice.ANSWERED) && unit.question() != null
                            && ClinicalVoice.RATING_ASKED.matcher(unit.question()).find() ? 0.6 : 0)
                    // so is the answer to "Do you feel safe where you're living?": a safety screen, kept before longer reports
                    + (text.startsWith(ClinicalVoice.ANSWERED) && unit.question() != null && SAFETY_ASKED.matcher(unit.question()).find() ? 0.4 : 0));
        }
    }

    /** "Do you feel safe where you're living?", "Are you safe at home?": a question of safety. */
    private static final Pattern SAFETY_ASKED = Pattern.compile("\\bfeel(?:ing)? safe\\b|\\bsafe (?:at home|where you|with (?:him|her|them)|"
            + "going home|there|at school|in your (?:home|house|relationship))\\b", Pattern.CASE_INSENSITIVE);

    /** The key of the section that {@code category} heads, unless it is {@code placedIn} already. */
    private static Optional<String> ownSection(Template template, String category, String placedIn) {
        return template.sectionFor(category).filter(s -> s.categories().get(0).equals(category)).map(Section::key)
                .filter(key -> !key.equals(placedIn));
    }

    /** A diagnosis named in words: "major depression, moderate", "generalized anxiety disorder", "PTSD". */
    private static final Pattern DIAGNOSIS_NAMED = Pattern.compile("\\b(?:major depress\\w*|(?:persistent )?depressive disorder|dysthymi\\w*|"
            + "generali[sz]ed anxiety|\\bGAD\\b|panic disorder|social anxiety disorder|PTSD|post-?traumatic stress|bipolar|\\bOCD\\b|"
            + "obsessive[- ]compulsive|ADHD|attention[- ]deficit|adjustment disorder|(?:alcohol|opioid|cannabis|stimulant|substance) use disorder|"
            + "anorexia|bulimia|binge[- ]eating disorder|schizo\\w*|borderline personality|insomnia disorder|"
            + "(?:postpartum|perinatal|post-partum) (?:anxiety|depression|OCD|psychosis)|F\\d\\d(?:\\.\\d+)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> OUTSIDERS = List.of("intervention", "plan");

    private static final List<String> SECONDARY = List.of("referral", "chief_complaint", "medication", "allergies",
            "substance", "emdr_sud", "emdr_voc");
    /** The headings of the clinician's own reading. */
    private static final Set<String> ASSESSING = Set.of("assessment", "diagnosis", InputReader.ASSESSMENT_AND_PLAN);
    // ("BLS: ... Channel returned to target; SUD decreased to 3/10 by end of session.": the SUD's too)
    private static final List<String> SECONDARY_UNDER_HEADING = List.of("medication", "allergies", "emdr_sud", "emdr_voc");

    private final NoteTemplates templates;
    private final InputReader reader;
    private final SectionClassifier classifier;
    private final RiskScreen riskScreen = new RiskScreen();
    private final GoldenThread goldenThread = new GoldenThread();
    private final int minimumWords;
    private final int maximumPerSection;

    public ExtractiveNoteEngine(NoteTemplates templates, InputReader reader, SectionClassifier classifier,
                                int minimumWords, int maximumPerSection) {
        this.templates = templates;
        this.reader = reader;
        this.classifier = classifier;
        this.minimumWords = minimumWords;
        this.maximumPerSection = maximumPerSection;
    }

    /**
     * How many sentences a section of a note from a conversation keeps: the configured number, and one more for every
     * fifty words of the transcript (a fifty-minute session says more than a check-in), at most three times as many. (One
     * for every hundred had cut how much a client drank each night from a 634-word session.)
     */
    int kept(int words) {
        return Math.min(3 * maximumPerSection, maximumPerSection + words / 50);
    }

    public NoteDocument write(Request request) {
        InputReader.Parsed input = reader.read(request.input(), request.dictation());
        if (input.words() < minimumWords) {
            throw new LowContentException(input.words(), minimumWords);
        }
        Template template = templates.template(request.type());
        ClinicalVoice voice = new ClinicalVoice(request.clinicianName(), request.pronouns()).learningWordsOf(request.input());
        // someone who joined a client's session under their own name (a partner, a friend), or a couple seen together (the
        // couple templates, which the API does not accept yet): each is named in the note
        Participants participants = Participants.of(input, request.type().isCouple());
        voice.with(participants);

        List<RiskScreen.Mention> mentions = riskScreen.screen(input, participants);
        // a unit that is about risk belongs to the risk section alone; a longer one that mentions risk in passing
        // ("... no prior hospitalizations; no history of suicide attempts") stays in its own section as well
        Set<Unit> riskUnits = new HashSet<>();
        Set<Integer> practised = input.shape() == InputReader.Shape.conversation ? InSessionPractice.units(input.units()) : Set.of();
        // (the answer to a screening question is quoted whole in the risk section: it is not repeated elsewhere; under the
        // clinician's assessment heading a short sentence naming a risk is also the impression: "Imp: ..., passive death wish")
        mentions.forEach(m -> m.units().stream().filter(u -> (m.answer() != null && u.role() == Role.CLIENT) || InputReader.words(u.text()) < 12)
                .filter(u -> u.labelHint() == null || !ASSESSING.contains(u.labelHint()))
                // "used ice and drawing instead of cutting": a coping skill used, which the note's own sections report too
                .filter(u -> !INSTEAD_OF.matcher(u.text()).find())
                // "PHQ-9 18, item 9 scored 1 (several days).": a score, which the note's own sections report too
                .filter(u -> !INSTRUMENT.matcher(u.text()).find())
                // "My mom found my razor blades on Sunday. She went through my desk.": an event of the week, told on
                .filter(u -> !RiskScreen.BLADES_FOUND.matcher(u.text()).find())
                // "Called APS together with pt during session", "Will f/u with APS caseworker this week.": what the clinician
                // did and will do about a risk, which the interventions and the plan report too (the finding quotes three)
                .filter(u -> u.role() == Role.CLIENT || !ACTION_ON_RISK.matcher(u.text()).find())
                .forEach(riskUnits::add));
        // the whole answer to a screening question is the risk section's: "Have you had thoughts like that?" "Some nights ... I
        // think my family would be better off with the life insurance. But I would never do that to my kids. I don't have a
        // plan or anything." (its plan, intent and protective factors are the finding's qualifiers; alone in the history they
        // were the client's report of something unnamed)
        // (not an answer about abuse: "He's never hit me. He punched the wall next to my head once. And he checks my phone." is
        // the client's account, which the finding quotes only in part)
        mentions.stream().filter(m -> m.domain() != RiskScreen.Domain.abuse).forEach(m -> m.units().stream()
                .filter(u -> u.role() == Role.CLIENT && u.question() != null
                        && RiskScreen.QUESTIONS.get(m.domain()).matcher(u.question()).find())
                .forEach(answer -> input.units().stream().filter(u -> u.role() == Role.CLIENT && u.turn() == answer.turn()
                        && InputReader.words(u.text()) < 20).forEach(riskUnits::add)));
        List<RiskFinding> risks = riskScreen.findings(mentions, input, request.input(), participants);
        if (risks.stream().anyMatch(r -> r.summary().contains("firearms"))) {
            // "Do you have any guns at home?" "No. My ex made me get rid of my hunting rifle years ago.": charted with the
            // risk it was asked for ("no access to firearms or weapons reported"), not again as the history
            weaponsQuestionsAndAnswers(input.units()).forEach(riskUnits::add);
        }

        List<Rendered> rendered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Unit> units = input.units();
        // the one relative who speaks in the session, if one does: "Mrs. Cohen, ..." is said to them
        List<String> relatives = units.stream().map(Unit::speaker).filter(s -> s != null && ClinicalVoice.isCollateral(s)).distinct().toList();
        String onlyRelative = relatives.size() == 1 ? relatives.get(0) : null;
        Map<String, String> relativesByName = relatives.isEmpty() ? Map.of() : relativesByName(units, participants);
        Unit instrumentNamed = null;
        int connectionTurn = -1;
        String reportingRelative = null;
        int relativeParagraphEnd = -1;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (INSTRUMENT.matcher(unit.text()).find()) {
                instrumentNamed = unit;
            }
            if (riskUnits.contains(unit) || "risk".equals(unit.labelHint())) {
                continue;
            }
            if (unit.role() == Role.NOTES && unit.text().strip().endsWith(":") && InputReader.words(unit.text()) <= 6) {
                continue; // "C-SSRS (screen, past month):": the heading of a list the note's sentences report
            }
            if (leadsIntoRiskQuestion(units, i)) {
                continue;
            }
            if (unit.role() == Role.CLIENT && (unit.question() != null && (CONNECTION_CHECK.matcher(ClinicalVoice.lastSentence(unit.question())).find()
                    // ("Hi Priya, can you hear me okay? I see your mom is there too.": the check, then a remark)
                    || !ClinicalVoice.lastSentence(unit.question()).endsWith("?") && CONNECTION_CHECK.matcher(unit.question()).find())
                    || unit.turn() == connectionTurn)) {
                connectionTurn = unit.turn(); // "Can you hear me okay?" "Yeah. Sorry, my camera is being weird.": the call, not the session
                continue;
            }
            int rehearsed = rehearsal(units, i);
            if (rehearsed > i) {
                // "Say it to me as if I'm her." "Denise, I need to tell you something. ...": the client's words in a role-play
                // are quoted as said, not reported (its "you" is the person played, not the clinician)
                String said = units.subList(i, rehearsed + 1).stream().map(u -> ClinicalVoice.clean(u.text()))
                        .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
                Unit whole = through(unit, units.get(rehearsed), request.input());
                if (seen.add(said)) {
                    rendered.add(new Rendered(whole, "In a role-play, the client practiced saying: " + ClinicalVoice.quote(said),
                            participants.named(unit.speaker()) ? unit.speaker() : null));
                }
                i = rehearsed;
                continue;
            }
            int practisedTo = practice(units, i, practised);
            if (practisedTo >= i) {
                // "Go ahead and start with your hair." "My hair is dark brown, shoulder length ...": what the client says in an
                // exercise in the room is quoted as said, as the exercise (reported, it read as her week)
                String said = units.subList(i, practisedTo + 1).stream().map(u -> ClinicalVoice.clean(u.text()))
                        .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
                if (!said.isEmpty() && seen.add(said)) {
                    rendered.add(new Rendered(through(unit, units.get(practisedTo), request.input()),
                            InSessionPractice.DURING + ClinicalVoice.whoIs(unit.speaker()) + " said: " + ClinicalVoice.quote(said),
                            participants.named(unit.speaker()) ? unit.speaker() : null));
                }
                i = practisedTo;
                continue;
            }
            if (unit.role() == Role.CLINICIAN && i + 1 < units.size() && units.get(i + 1).turn() == unit.turn()) {
                // "So the eviction notice, no sleep, money in your pocket, and walking the old route past Marcus. That's a lot
                // of triggers stacked up at once.": the list and what it is, one sentence
                Optional<String> listed = voice.listNamed(ClinicalVoice.clean(unit.text()), ClinicalVoice.clean(units.get(i + 1).text()));
                if (listed.isPresent()) {
                    rendered.add(new Rendered(through(unit, units.get(i + 1), request.input()), ClinicalVoice.sentence(listed.get()), null));
                    i++;
                    continue;
                }
            }
            if (InputReader.saysBackWordsGiven(units, i)) {
                String said = ClinicalVoice.clean(unit.text());
                if (seen.add(said)) {
                    rendered.add(new Rendered(unit, "Client practiced saying: " + ClinicalVoice.quote(said),
                            participants.named(unit.speaker()) ? unit.speaker() : null));
                }
                continue;
            }
            // what the clinician says right after a relative's turn is said to the relative (and so is what the clinician says to
            // a relative by name: "Daniel, please don't leave Priya alone with the baby", Daniel being the husband who answered
            // "Daniel, you called this morning. What have you noticed?")
            String relativeByName = unit.role() == Role.CLINICIAN ? relativeAddressed(units, i, relativesByName).orElse(null) : null;
            String spokeBefore = relativeByName != null ? relativeByName : previousTurnSpeaker(units, i);
            // in a joint session, who the clinician speaks to, and whom the sentence is about (null: the client)
            String named = unit.role() == Role.CLINICIAN && participants.joint() ? addressedByName(units, i, participants) : null;
            String addressee = named;
            if (named == null && unit.role() == Role.CLINICIAN && participants.pronouns().containsKey(spokeBefore)
                    && ClinicalVoice.SECOND_PERSON.matcher(unit.text()).find()) {
                addressee = spokeBefore; // "you", naming no one: whoever spoke last
            }
            String subject = unit.role() == Role.CLIENT && participants.named(unit.speaker()) ? unit.speaker()
                    : addressee != null && (addressee.equals(ClinicalVoice.BOTH_PARTICIPANTS) || participants.named(addressee)) ? addressee : null;
            ClinicalVoice speaking = unit.role() == Role.CLINICIAN
                    ? addressee != null ? voice.participant(addressee) : relativeByName != null ? voice.voiceOf(relativeByName)
                            // ("It is. Leo, I have a game for the worry. ... Breathe in like you're blowing up a big balloon, slow.", after
                            // the mother spoke: the client named earlier in the turn is whom the rest of it is to)
                            : clientNamedEarlierInTurn(units, i, voice) && !OPENS_WITH_NAME.matcher(unit.text().strip()).lookingAt() ? voice
                            : voice.addressing(spokeBefore, unit.text(), onlyRelative)
                    : voice.participant(unit.speaker());
            boolean interpreted = unit.role() == Role.CLIENT && InputReader.isInterpreter(unit.speaker());
            if (interpreted && INTERPRETERS_OWN.matcher(unit.text()).find() && (i == 0 || units.get(i - 1).turn() != unit.turn())) {
                // "The interpreter would like to clarify one word. The word she used ... is "del-tangi". It means ...": the
                // interpreter's own words, quoted as theirs
                int own = i;
                while (own + 1 < units.size() && units.get(own + 1).turn() == unit.turn()) {
                    own++;
                }
                // ("The interpreter would like to add that at the temple there is usually a lunch for elders ...": what they add is
                // in the first sentence)
                String opening = ClinicalVoice.clean(unit.text());
                Matcher addsThat = INTERPRETER_ADDS_THAT.matcher(opening);
                List<String> parts = new ArrayList<>();
                if (addsThat.lookingAt()) {
                    parts.add(Character.toUpperCase(opening.charAt(addsThat.end())) + opening.substring(addsThat.end() + 1));
                }
                units.subList(i + 1, own + 1).forEach(u -> parts.add(ClinicalVoice.clean(u.text())));
                if (parts.isEmpty()) {
                    parts.add(opening);
                }
                String said = String.join(" ", parts);
                rendered.add(new Rendered(through(unit, units.get(own), request.input()), (CLARIFIES.matcher(unit.text()).find()
                        ? "Interpreter clarified: " : "Interpreter stated: ") + ClinicalVoice.quote(said), null));
                i = own;
                continue;
            }
            if (interpreted && unit.question() == null && ClinicalVoice.relayedCourtesy(unit.text())) {
                continue; // "He says good morning, thank you for seeing him."
            }
            Optional<String> text = interpreted ? voice.relayed(unit.text(), relaysInTurn(input, unit, request.input())) : Optional.empty();
            if (text.isEmpty()) {
                text = speaking.render(unit);
            }
            if (unit.role() == Role.CLINICIAN && participants.joint() && participants.primary() == null && named == null && text.isPresent()
                    && GIVEN.matcher(text.get()).lookingAt()) {
                // "For this week I'd like you to try two things.", to a couple and naming neither (whoever spoke last): a task
                // for both; naming one of them ("I want you to tell Alex or me, or call 988"), a task for the other
                String spoken = unit.text();
                List<String> namedIn = participants.pronouns().keySet().stream()
                        .filter(p -> Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(spoken).find()).toList();
                subject = namedIn.size() == 1 && participants.pronouns().size() == 2 ? participants.pronouns().keySet().stream()
                        .filter(p -> !p.equals(namedIn.get(0))).findFirst().orElse(ClinicalVoice.BOTH_PARTICIPANTS)
                        : ClinicalVoice.BOTH_PARTICIPANTS;
                speaking = voice.participant(subject);
                text = speaking.render(unit);
            }
            if (unit.role() == Role.CLINICIAN && onlyRelative != null && ClinicalVoice.toBoth(unit.text())) {
                // "I'd like you both to try a pause": "Client and his mother were asked to try a pause"
                text = text.map(t -> voice.givenToBoth(t, onlyRelative));
            }
            if (text.isEmpty() && unit.role() == Role.CLINICIAN && !rendered.isEmpty() && rendered.get(rendered.size() - 1).unit().turn() == unit.turn()
                    && GIVEN.matcher(rendered.get(rendered.size() - 1).text()).find()) {
                // "For this week: Tyler, do step one ... Mom, Sunday check-in with the calendar, ten minutes max.": the list goes on
                text = ClinicalVoice.namedTask(unit.text());
            }
            if (unit.role() == Role.CLIENT && unit.question() == null && text.isPresent() && !text.get().startsWith(ClinicalVoice.ANSWERED)
                    && !ClinicalVoice.isCollateral(unit.speaker())) {
                // "Because you put butter on it without asking.", to the mother who has just spoken (empty unless a relative did)
                Optional<String> toRelative = voice.saidToRelative(spokeBefore, unit.text());
                if (toRelative.isPresent()) {
                    text = toRelative;
                }

            }
            String other = unit.role() == Role.CLIENT && participants.joint() && text.isPresent() ? saidTo(units, i, participants, spokeBefore) : null;
            if (other != null) {
                // "I didn't know you were scared.", to the partner who has just spoken: said to them, not to the clinician
                Optional<String> toPartner = voice.participant(unit.speaker()).saidTo(participants.named(other) ? other : "the client", unit.text());
                if (toPartner.isPresent()) {
                    text = toPartner;
                }
            }
            // ("2019. No, wait. 2024?", answering "And what year is it?": no sentence alone, the finding of a cognitive screen)
            boolean bare = text.isEmpty() && (bareYesOrNo(unit) || InputReader.COGNITIVE_SCREEN.equals(unit.topic()) && opensTheAnswer(units, i));
            if (bare || text.isPresent() && !text.get().startsWith(ClinicalVoice.ANSWERED) && opensTheAnswer(units, i)) {
                text = Optional.of(ClinicalVoice.answered(unit.question(), ClinicalVoice.clean(unit.text())));
            }
            // "... would you be willing to keep track of how many times you use it each day this week?" "Okay. I can put it in
            // my notes app.": what the client agreed to, and then how (the rest of the turn, on its own)
            Optional<String> agreedFirst = unit.role() == Role.CLIENT && unit.question() != null && !unit.isQuestion()
                    ? speaking.agreedTo(unit.speaker(), unit.question(), ClinicalVoice.clean(unit.text())) : Optional.empty();
            if (agreedFirst.isPresent() && i + 1 < units.size() && units.get(i + 1).turn() == unit.turn()
                    && units.get(i + 1).role() == Role.CLIENT && ClinicalVoice.onlyAYes(ClinicalVoice.clean(units.get(i + 1).text()))) {
                // "Yeah. I'll try.": one agreement, to try (it was two, "agreed to practice ..." and "agreed to try to practice ...")
                Optional<String> both = speaking.agreedTo(unit.speaker(), unit.question(),
                        ClinicalVoice.clean(unit.text()) + " " + ClinicalVoice.clean(units.get(i + 1).text()));
                if (both.isPresent()) {
                    agreedFirst = both;
                    unit = through(unit, units.get(i + 1), request.input());
                    i++;
                }
            }
            if (agreedFirst.isEmpty() && unit.role() == Role.CLIENT && unit.question() != null && !unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).turn() == unit.turn() && units.get(i + 1).role() == Role.CLIENT) {
                // "My brother-in-law has a gun safe. I can drop it off tonight.": where it will be kept, then the step, agreed
                String two = ClinicalVoice.clean(unit.text()) + " " + ClinicalVoice.clean(units.get(i + 1).text());
                Optional<String> agreedInTwo = ClinicalVoice.committedStep(two)
                        ? speaking.agreedTo(unit.speaker(), unit.question(), two) : Optional.empty();
                if (agreedInTwo.isPresent()) {
                    text = agreedInTwo.map(ClinicalVoice::sentence);
                    unit = through(unit, units.get(i + 1), request.input());
                    i++;
                }
            }
            if (agreedFirst.isPresent()) {
                text = agreedFirst.map(ClinicalVoice::sentence);
                if (ClinicalVoice.committedStep(ClinicalVoice.clean(unit.text()))) {
                    // "My brother could keep it. He has a safe. I can bring it over Sunday.": the step agreed, in all its words
                    int told = i;
                    int words = InputReader.words(unit.text());
                    while (told + 1 < units.size() && told - i < 3 && units.get(told + 1).turn() == unit.turn()
                            && units.get(told + 1).role() == Role.CLIENT && !units.get(told + 1).isQuestion()
                            && words + InputReader.words(units.get(told + 1).text()) <= 30) {
                        words += InputReader.words(units.get(++told).text());
                    }
                    if (told > i) {
                        String said = units.subList(i, told + 1).stream().map(u -> ClinicalVoice.clean(u.text())).collect(Collectors.joining(" "));
                        Optional<String> whole = speaking.agreedTo(unit.speaker(), unit.question(), said);
                        if (whole.isPresent()) {
                            text = whole.map(ClinicalVoice::sentence);
                            unit = through(unit, units.get(told), request.input());
                            i = told;
                        }
                    }
                }
            }
            int last = text.isPresent() && text.get().startsWith(ClinicalVoice.ANSWERED) ? answerEnd(units, i, riskUnits, bare) : i;
            if (last > i) {
                // "Before, I'd say ninety. Now maybe sixty.": the short sentences that finish a short answer are quoted with
                // it (alone, "Now maybe sixty." says nothing and was dropped)
                text = Optional.of(ClinicalVoice.answered(unit.question(), units.subList(i, last + 1).stream()
                        .map(u -> ClinicalVoice.clean(u.text())).filter(t -> !t.isEmpty())
                        .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1)).collect(Collectors.joining(" "))));
                unit = through(unit, units.get(last), request.input());
                i = last;
            }
            if (text.isPresent() && text.get().startsWith(ClinicalVoice.ANSWERED) && unit.role() == Role.CLIENT) {
                // "Would you be willing to ...?" "Yeah. I'll try.": what the client agreed to (asked again of the whole answer:
                // "Could you call him today ...?" "Yeah. I can do that." agrees in its two sentences together)
                Optional<String> agreed = speaking.agreedTo(unit.speaker(), unit.question(), ClinicalVoice.clean(unit.text()));
                if (agreed.isPresent()) {
                    text = agreed.map(ClinicalVoice::sentence);
                }
            }
            if (interpreted && text.isPresent() && text.get().startsWith(ClinicalVoice.ANSWERED)) {
                // "When asked ..., through the interpreter, the client answered “No. It is forbidden in her religion ...”"
                text = Optional.of(ClinicalVoice.throughInterpreter(text.get()));
            }
            if (text.isPresent() && unit.role() == Role.CLINICIAN && voice.practicedTogether(text.get())) {
                // "Let's try a worry window. Fifteen minutes at 6 p.m. where you write down every worry ...": an exercise
                // for the days ahead, spelled out in the sentences after it
                int spelled = i;
                List<String> how = new ArrayList<>();
                while (spelled + 1 < units.size() && how.size() < 3 && units.get(spelled + 1).turn() == unit.turn()
                        && units.get(spelled + 1).role() == Role.CLINICIAN && !units.get(spelled + 1).isQuestion()) {
                    String next = ClinicalVoice.clean(units.get(spelled + 1).text());
                    if (voice.clinicianSpeech(next).isPresent()) {
                        break;
                    }
                    how.add(next);
                    spelled++;
                }
                Optional<String> exercise = voice.exerciseForTheDays(text.get(), how);
                if (exercise.isPresent()) {
                    text = exercise;
                    unit = through(unit, units.get(spelled), request.input());
                    i = spelled;
                }
            }
            if (text.isPresent() && unit.role() == Role.CLINICIAN) {
                text = Optional.of(whatIsSent(text.get(), request.clinicianName(), units, i, speaking));
            }
            int counted = text.isPresent() && unit.role() == Role.CLINICIAN && THINGS_COUNTED.matcher(text.get()).find() ? i : -1;
            List<Matcher> things = new ArrayList<>();
            while (counted >= 0 && counted + 1 < units.size() && units.get(counted + 1).turn() == unit.turn()) {
                Matcher thing = NEXT_THING.matcher(ClinicalVoice.clean(units.get(counted + 1).text()));
                if (!thing.lookingAt()) {
                    break;
                }
                things.add(thing);
                counted++;
            }
            if (!things.isEmpty() && participants.joint() && things.stream().anyMatch(t -> ClinicalVoice.toSeveral(t.group(2)))) {
                // "... Second, when either of you feels flooded, call a time-out ...": the things are for everyone in the room
                subject = ClinicalVoice.BOTH_PARTICIPANTS;
                speaking = voice.participant(subject);
                text = speaking.render(unit);
            }
            if (!things.isEmpty()) {
                ClinicalVoice doing = speaking;
                // "For this week I'd like you to try two things. First, a twenty-minute stress-reducing conversation every
                // evening, ... Second, when either of you feels flooded, call a time-out ...": the things are the task
                text = Optional.of(text.get().replaceFirst("[.]$", "") + ": " + things.stream().map(t -> t.group(1).toLowerCase(Locale.ROOT)
                        + ", " + doing.secondToThird(t.group(2)).replaceFirst("[.!]+$", "")).collect(Collectors.joining("; ")) + ".");
                unit = through(unit, units.get(counted), request.input());
                i = counted;
            }
            int taskEnd = text.isPresent() && unit.role() == Role.CLINICIAN && text.get().startsWith("Client was asked")
                    ? taskEnd(units, i, voice) : i;
            if (taskEnd > i) {
                // "... write down your prediction before and what happened after. And no work messages after ten. Phone on
                // the charger in the kitchen.": the short verbless rules that finish the task belong to it
                text = Optional.of(text.get().replaceFirst("[.]$", "") + units.subList(i + 1, taskEnd + 1).stream()
                        .map(u -> TASK_TAIL_CONJUNCTION.matcher(ClinicalVoice.clean(u.text())).replaceFirst("").replaceFirst("[.!]+$", ""))
                        .map(t -> "; " + Character.toLowerCase(t.charAt(0)) + t.substring(1)).collect(Collectors.joining()) + ".");
                unit = through(unit, units.get(taskEnd), request.input());
                i = taskEnd;
            }
            if (instrumentNamed != null && input.shape() == InputReader.Shape.conversation && instrumentNamed.turn() == unit.turn()) {
                text = text.map(withInstrument(instrumentNamed.text()));
            }
            if (unit.role() == Role.NOTES) {
                // "Wife (joined at end) reports pt "sits in the recliner all day" ... She is worried about his drinking. Agrees to
                // support removal of the handgun ...": in a paragraph that opens with a relative's report, a sentence without a
                // subject is the relative's (it read "Client agrees to support removal of the handgun")
                Matcher relative = RELATIVE_REPORTS.matcher(unit.text());
                if (relative.lookingAt()) {
                    // (a note's lines are its paragraphs: one line each, or separated by a blank line)
                    int lineEnd = request.input().indexOf('\n', unit.end());
                    reportingRelative = relative.group(1).toLowerCase(Locale.ROOT);
                    relativeParagraphEnd = lineEnd < 0 ? request.input().length() : lineEnd;
                } else if (reportingRelative != null && unit.start() < relativeParagraphEnd && text.isPresent()
                        && ClinicalVoice.opensWithVerb(unit.text()) && text.get().startsWith("Client ")) {
                    String relation = reportingRelative;
                    text = text.map(t -> "Client's " + relation + t.substring("Client".length()));
                }
            }
            if (unit.role() == Role.CLINICIAN && practised.contains(unit.start())) {
                // "Keep describing, and notice the urge to zoom in ...", said while the client does it: no task for the week
                text = text.map(t -> DURING_EXERCISE.matcher(t).lookingAt() ? InSessionPractice.DURING + "the client" + t.substring("Client".length()) : t);
            }
            if (text.isPresent() && unit.role() == Role.CLINICIAN && !rendered.isEmpty()) {
                // "I'd like to connect you with the adult day program at Riverside, three days a week. That would give you mornings
                // to sleep.": what the step is for goes with it (alone, "Therapist stated that that would give her ...")
                Rendered step = rendered.get(rendered.size() - 1);
                Matcher purpose = WHAT_IT_GIVES.matcher(text.get());
                if (purpose.lookingAt() && step.unit().turn() == unit.turn() && step.unit().role() == Role.CLINICIAN
                        && step.text().startsWith(request.clinicianName() + " will ")) {
                    rendered.set(rendered.size() - 1, new Rendered(through(step.unit(), unit, request.input()),
                            step.text().replaceFirst("[.]$", "") + ", which " + text.get().substring(purpose.end()), step.subject()));
                    continue;
                }
            }
            Unit placedUnit = unit;
            String about = subject;
            text.filter(seen::add).ifPresent(t -> rendered.add(new Rendered(placedUnit, t, about)));
        }
        if (input.shape() == InputReader.Shape.conversation && template.sectionFor("response").isPresent()
                && template.sectionFor("emdr_sud").isEmpty()) {
            // "Five." ... "Eight." ... "Maybe six now." ... "Four.": the ratings through an exercise, one line (placed, as every
            // sentence is, by where its evidence starts)
            for (ExposureRatings.Run run : ExposureRatings.runs(units)) {
                rendered.add(new Rendered(through(run.first(), run.last(), request.input()), ClinicalVoice.sentence(run.text()), null));
            }
        }
        List<float[]> vectors = classifier.embed(rendered.stream().map(Rendered::text).toList());

        // what was done and planned has no place in a template without such sections (a mental status examination):
        // such a sentence is recognised as what it is and left out, instead of being forced into a mental-status heading
        List<String> outsiders = OUTSIDERS.stream().filter(c -> template.sectionFor(c).isEmpty()).toList();
        List<String> candidates = new ArrayList<>(template.categories());
        candidates.addAll(outsiders);
        List<Placed> placed = new ArrayList<>();
        PlacementHints hints = new PlacementHints(templates, template, candidates, practised);
        List<String> clinicianCandidates = candidates.stream().filter(c -> !c.equals("chief_complaint")).toList();
        List<GoldenThread.Candidate> threadCandidates = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            Rendered r = rendered.get(i);
            String topic = hints.topic(r.unit(), r.text());
            String hint = hints.hint(r.unit(), r.text(), topic);
            // the presenting problem is the client's (or written by the clinician in notes), never what the clinician said
            // in the session ("Therapist checked in about safety, since she had a rough weekend." was an intake's complaint)
            var choice = classifier.classify(r.text(), vectors.get(i), r.unit().role(), hint, topic,
                    r.unit().role() == Role.CLINICIAN && hint == null ? clinicianCandidates : candidates);
            if (outsiders.contains(choice.category())) {
                threadCandidates.add(new GoldenThread.Candidate(r.text(), vectors.get(i), evidence(r.unit()), choice.category()));
                continue;
            }
            String section = template.sectionFor(choice.category()).map(Section::key).orElse(template.fallback());
            String text = named(r, participants);
            placed.add(new Placed(r.unit(), text, section, choice.score()));
            // a sentence that plainly names a referral, a medication, a substance ... also goes to that section
            // (what the clinician did or planned is not also the history: "Refer to PCP" is plan, not referral source)
            boolean doneOrPlanned = List.of("plan", "intervention", "medication_plan").contains(choice.category())
                    // nor is the clinician's reading of the session ("the drinking is likely making the sleep worse"), nor the
                    // answer to a question about the family ("problems with alcohol?" "My dad was an alcoholic.")
                    || List.of("assessment", "diagnosis").contains(choice.category()) || "family_history".equals(topic);
            // (under the clinician's own heading only what the heading cannot have meant: a medication, an allergy)
            List<String> secondary = doneOrPlanned ? List.of() : r.unit().labelHint() == null
                    || InputReader.IDENTIFICATION.equals(r.unit().labelHint()) ? SECONDARY : SECONDARY_UNDER_HEADING;
            for (String specific : secondary) {
                if (!specific.equals(choice.category()) && candidates.contains(specific)
                        && templates.category(specific).ruleMatches(ClinicalVoice.answerOf(r.text()))
                        && (!specific.equals("medication") || ClinicalVoice.DRUG.matcher(ClinicalVoice.answerOf(r.text())).find())) {
                    // only into a section of its own ("Medication trials", "Substance use"), not into a broad one such as
                    // SOAP's Subjective, where an assessment naming a medication would be repeated as the client's report
                    ownSection(template, specific, section).ifPresent(key -> placed.add(new Placed(r.unit(), text, key, choice.score())));
                }
            }
            if (choice.category().equals("assessment") && r.unit().role() != Role.CLIENT && DIAGNOSIS_NAMED.matcher(r.text()).find()) {
                // "I think you're dealing with major depression, moderate, alongside the pain.": the clinician's impression is the
                // formulation, and where the template has a section for the diagnosis (a biopsychosocial), the diagnosis too
                ownSection(template, "diagnosis", section).ifPresent(key -> placed.add(new Placed(r.unit(), text, key, choice.score())));
            }
            // (as written about the client: the Golden Thread matches its words, and knows a task by "Client was asked to")
            threadCandidates.add(new GoldenThread.Candidate(r.text(), vectors.get(i), evidence(r.unit()), choice.category()));
        }

        Map<String, List<NoteSentence>> bySection = new LinkedHashMap<>();
        template.sections().forEach(s -> bySection.put(s.key(), new ArrayList<>()));
        for (Section section : template.sections()) {
            // a conversation's talk is cut to the section's best sentences; the clinician's notes typed into it are kept whole,
            // as notes are ("Speech is rapid but coherent. Thought process is logical." took the place of "I worry all the time")
            Map<Boolean, List<Placed>> notesOrTalk = placed.stream().filter(p -> p.section().equals(section.key()))
                    .collect(Collectors.partitioningBy(p -> p.unit().role() == Role.NOTES));
            java.util.stream.Stream.concat(notesOrTalk.get(false).stream().sorted(Comparator.comparingDouble(p -> -p.rank()))
                            .limit(input.shape() == InputReader.Shape.conversation ? kept(input.words()) : Long.MAX_VALUE),
                            notesOrTalk.get(true).stream())
                    .sorted(Comparator.comparingInt(p -> p.unit().start()))
                    .forEach(p -> bySection.get(section.key()).add(new NoteSentence(withoutOwnHeading(p.text(), section),
                            List.of(evidence(p.unit())))));
        }

        if (input.shape() == InputReader.Shape.conversation) {
            // an EMDR transcript rarely says its phase or counts its sets: the standard instructions show both
            template.sectionFor("emdr_phase").map(s -> bySection.get(s.key())).filter(List::isEmpty)
                    .ifPresent(phase -> EmdrSession.phases(units).ifPresent(phase::add));
            template.sectionFor("emdr_bls").filter(s -> s.categories().get(0).equals("emdr_bls")).map(s -> bySection.get(s.key()))
                    .ifPresent(bls -> EmdrSession.sets(units, bls).ifPresent(bls::add));
        }
        template.sectionFor("emdr_bls").filter(s -> s.categories().get(0).equals("emdr_bls")).filter(s -> !EmdrSession.shows(units))
                .ifPresent(bls -> {
                    // an EMDR note of a session with no EMDR work in it: what the clinician did is no bilateral stimulation,
                    // and stands with the rest of the session
                    List<NoteSentence> rest = bySection.get(template.fallback());
                    rest.addAll(bySection.get(bls.key()));
                    rest.sort(Comparator.comparingInt(n -> n.evidence().isEmpty() ? Integer.MAX_VALUE : n.evidence().get(0).start()));
                    bySection.get(bls.key()).clear();
                });
        if (input.shape() == InputReader.Shape.conversation) {
            // a session through an interpreter says so, first, where the note records what was seen and heard
            interpreted(units, request.input()).ifPresent(line -> interpreterSection(template)
                    .ifPresent(section -> bySection.get(section.key()).add(0, line)));
        }
        chiefComplaintFromPresentation(template, bySection);
        strengthsFromProtectiveFactors(template, bySection, units, voice);
        goalFromSessionFocus(template, bySection);
        focusFromTheWork(template, bySection);
        if (input.shape() == InputReader.Shape.conversation) {
            List<String> names = participants.pronouns().keySet().stream().filter(participants::named).toList();
            bySection.replaceAll((key, sentences) -> ReportingVerbs.varied(sentences, request.pronouns(), names));
        }
        List<PlanLink> links = request.treatmentPlan() == null || request.treatmentPlan().isBlank()
                ? List.of() : treatmentPlan(request.treatmentPlan(), threadCandidates);
        return document(request, template, input.shape().name(), bySection, risks, links);
    }

    /**
     * The note of {@code template}: its sections (see {@link #sections}) and risk findings, in the template's words for the
     * person seen (a general practice note says "Patient reports ...", "patient answered ..."). Shared by every note engine.
     */
    static NoteDocument document(Request request, Template template, String shape, Map<String, List<NoteSentence>> bySection,
                                 List<RiskFinding> risks, List<PlanLink> links) {
        Map<String, List<NoteSentence>> said = bySection;
        List<RiskFinding> found = risks;
        if ("patient".equals(template.person())) {
            Map<String, List<NoteSentence>> asPatient = new LinkedHashMap<>();
            bySection.forEach((key, sentences) -> asPatient.put(key, sentences.stream()
                    .map(s -> new NoteSentence(ClinicalVoice.asPatient(s.text()), s.evidence(), s.unverified())).toList()));
            said = asPatient;
            found = risks.stream().map(r -> new RiskFinding(r.domain(), r.polarity(), ClinicalVoice.asPatient(r.summary()), r.evidence())).toList();
        }
        return new NoteDocument(request.type().name(), template.title(), shape,
                sections(template, said, found, links, request.treatmentPlan()), found, links);
    }

    /**
     * The template's sections holding {@code bySection}'s sentences, with the risk findings in the risk section (a
     * section of their own where the template has none) and, when a treatment plan was given, the plan links first
     * in the goal section (a section of their own where there is none). Shared by every note engine.
     */
    static List<NoteSection> sections(Template template, Map<String, List<NoteSentence>> bySection, List<RiskFinding> risks,
                                      List<PlanLink> links, String treatmentPlan) {
        List<NoteSection> sections = new ArrayList<>();
        String riskKey = template.riskSection();
        String goalKey = template.sectionFor("goal").map(Section::key).orElse(null);
        for (Section section : template.sections()) {
            List<NoteSentence> sentences = new ArrayList<>(bySection.get(section.key()));
            if (section.key().equals(riskKey)) {
                sentences.addAll(riskSentences(risks));
            }
            if (section.key().equals(goalKey) && treatmentPlan != null) {
                sentences.addAll(0, planSentences(links));
            }
            sections.add(new NoteSection(section.key(), section.title(), sentences));
        }
        if (riskKey == null) {
            sections.add(new NoteSection("risk", "Risk assessment", riskSentences(risks)));
        }
        if (goalKey == null && treatmentPlan != null && !treatmentPlan.isBlank()) {
            sections.add(new NoteSection("treatment_plan", "Treatment plan (Golden Thread)", planSentences(links)));
        }
        return sections;
    }

    /**
     * What a clinician would not want to lose from a long conversation: losses, symptoms, how long and how often,
     * substances, the people in the client's life. Ranks a conversation's sentences when a section has more than it
     * keeps; the clinician's own notes keep every sentence.
     */
    private static final java.util.regex.Pattern SALIENT = java.util.regex.Pattern.compile(
            "\\b(?:passed away|passed|died|death|funeral|loss|lost|grie\\w*|divorce\\w*|laid off|fired|diagnos\\w*|hospital\\w*|"
                    + "sleep\\w*|slept|appetite|eat(?:ing)?|weight|panic\\w*|anxi\\w*|depress\\w*|cry\\w*|cried|tearful|hopeless\\w*|"
                    + "worthless|guilt\\w*|shame|ashamed|nightmares?|flashbacks?|drink\\w*|drank|alcohol|beers?|wine|shots|drugs?|"
                    // recovery: cravings and their rating, a lapse, the sponsor called
                    + "crav\\w*|urges?|sober\\w*|sobriety|relaps\\w*|lapsed?|sponsor|out of (?:ten|10)|"
                    + "weed|cannabis|pills?|medications?|side effects?|doses?|milligrams|mg|mood|(?:weeks?|months?|years?|days?|nights?|times?) (?:ago|now|a (?:week|night|day))|"
                    + "(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (?:weeks?|months?|years?|days?|nights?|times|hours)|"
                    + "(?:twice|every day|every night|most days|all the time)|work|job|school|mom|mother|dad|father|wife|husband|"
                    + "partner|son|daughter|kids|children|sister|brother|friends?|"
                    // conflict at home
                    + "relationship|argu\\w*|fight\\w*|shout\\w*|yell\\w*|afraid|scared|angry|anger)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static double salience(String text) {
        java.util.regex.Matcher m = SALIENT.matcher(text);
        int hits = 0;
        while (m.find() && hits < 3) {
            hits++;
        }
        // the client's answer to a direct question of the clinician is what the clinician came to find out
        return 0.04 * hits + (text.startsWith(ClinicalVoice.ANSWERED) ? 0.15 : 0);
    }

    /**
     * A chief complaint (presenting problem) section that nothing was placed in takes the first problem the client
     * presented: the first sentence of the section holding the presentation that is not a question's short answer,
     * copied (it stays in the history too).
     */
    private static void chiefComplaintFromPresentation(Template template, Map<String, List<NoteSentence>> bySection) {
        template.sections().stream().filter(s -> s.categories().equals(List.of("chief_complaint"))).findFirst()
                .filter(chief -> bySection.get(chief.key()).isEmpty())
                .ifPresent(chief -> template.sectionFor("presentation").map(s -> bySection.get(s.key()))
                        .filter(history -> !history.isEmpty())
                        // (not a short answer kept with its question, "When asked “How has the week been?”, ... “Kind of rough.”")
                        .ifPresent(history -> {
                            List<NoteSentence> told = history.stream()
                                    .filter(s -> !s.text().startsWith(ClinicalVoice.ANSWERED) && !NO_COMPLAINT.matcher(s.text()).lookingAt())
                                    .toList();
                            // (the first the client tells of, not "Daughter lives out of state and calls weekly." before "Client
                            // reports feeling "useless" since the fall")
                            // ("Client stated: “My roommate Jess told me on Sunday that she's been thinking about killing herself, ...”",
                            // a whole sentence in the client's words)
                            bySection.get(chief.key()).add(told.stream().filter(s -> CLIENT_TELLS.matcher(s.text()).lookingAt()
                                    || OWN_WORDS_WHOLE.matcher(s.text()).lookingAt() && InputReader.words(s.text()) >= 12).findFirst()
                                    .orElse(told.isEmpty() ? history.get(0) : told.get(0)));
                        }));
    }

    /** A sentence of the client's own, quoted: "Client stated: “My roommate Jess told me ...”" (not "“One on Monday ...”"). */
    private static final Pattern OWN_WORDS_WHOLE = Pattern.compile("^Client stated: “(?:I|I'm|I’m|I've|I’ve|My)\\b");

    /**
     * "Client reports feeling "useless" since the fall": the client's own complaint, in notes or rendered from talk; or what a
     * relative who brought the client reports ("Client's husband reports that she hasn't slept in three nights.", "Mother reports
     * 3 tantrums this week").
     */
    // (not "Client stated: “One on Monday on the way to work ...”", a short answer quoted alone)
    private static final Pattern CLIENT_TELLS = Pattern.compile("^(?:(?:Client|Patient|Pt|She|He|They) (?:reports|reported|states(?!:)|stated(?!:)|"
            + "presents|presented|endorses|endorsed|describes|described|complains|complained|notes|feels|felt|has been|is struggling|"
            + "came|comes|explains|explained|shares|shared|discussed|discusses|expressed|expresses)\\b|(?:Client's |Pt's |Patient's )?(?:mother|father|mom|dad|parents?|wife|husband|"
            + "partner|caregiver|daughter|son|sister|brother|grandmother|grandfather|guardian|foster \\w+)(?: and \\w+)? (?:reports|reported|"
            + "describes|described)\\b|"
            // "Presenting for AUD, severe.", "Session 6 of EMDR for PTSD after a motor vehicle accident in March 2024.": the problem named
            + "(?:Presenting|Presents|Presented|Here) (?:for|with)\\b|Session #?\\d+ of [^.]*\\bfor\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * The session's record and who the client is: "Session 9, home visit, 60 minutes.", "Client is a 15-year-old female seen
     * with mother present for first 10 minutes, then individually.", "Client is a 71-year-old retired machinist referred by
     * his PCP ..." (the complaint is what the client presents next: "Client reports low mood "most days" since the stroke").
     */
    // ("Session 6 of EMDR for PTSD after a motor vehicle accident in March 2024." names the problem)
    // ("52-year-old male, LMFT individual session #4, 50 minutes, in person.", "Psychiatric follow-up and injection visit.": the
    // record, before "Presenting for AUD, severe.")
    private static final Pattern NO_COMPLAINT = Pattern.compile("^(?:Session #?\\d+\\b(?! of [^.]*\\bfor\\b)|(?:Client|Patient|Pt|She|He|They) (?:is|are) an? "
            + "\\d{1,3}-year-old\\b|\\d{1,3}-year-old (?:male|female|man|woman|boy|girl|client|patient)\\b(?![^.]*\\b(?:for|with|presenting|"
            + "referred)\\b)(?=[^.]*\\b(?:session|minutes|in person|telehealth|video|visit)\\b)|(?:Individual|Family|Couples?|Group|"
            // ("Consultation visit, long-term care facility, 50 minutes.", "Monthly counseling per program requirement.")
            + "Psychiatric|Medication|Med|Consultation|Consult) (?:[\\w-]+ )?(?:and [\\w-]+ )?(?:session|visit|follow-up)\\b|"
            + "(?:Monthly|Weekly|Biweekly|Required|Mandatory) (?:individual )?(?:counseling|counselling|therapy) (?:session )?(?:per|as required)\\b)");

    /** "Protective factors: husband, her dog, faith.": in the notes' risk assessment, and the client's strengths. */
    private static final Pattern PROTECTIVE_FACTORS = Pattern.compile("^\\W*(?:protective factors?|reasons for living)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A template with a section for strengths alone (a biopsychosocial) also lists there the protective factors the
     * clinician's notes name in the risk assessment; the risk section keeps them too.
     */
    private static void strengthsFromProtectiveFactors(Template template, Map<String, List<NoteSentence>> bySection, List<Unit> units,
                                                       ClinicalVoice voice) {
        template.sections().stream().filter(s -> s.categories().equals(List.of("strengths"))).findFirst()
                .map(s -> bySection.get(s.key()))
                .ifPresent(strengths -> units.stream().filter(u -> u.role() == Role.NOTES && PROTECTIVE_FACTORS.matcher(u.text()).lookingAt())
                        .forEach(u -> voice.render(u).filter(t -> strengths.stream().noneMatch(n -> n.text().equals(t)))
                                .ifPresent(t -> strengths.add(new NoteSentence(t, List.of(evidence(u)))))));
    }

    /**
     * A session-focus section (goal or complaint) that nothing said outright: what clinician and client worked on ("Therapist
     * and client worked on assertive communication for most of the session."). Repeated there, not moved: it is also the
     * intervention.
     */
    private static void focusFromTheWork(Template template, Map<String, List<NoteSentence>> bySection) {
        template.sections().stream().filter(s -> s.categories().equals(List.of("goal", "chief_complaint"))).findFirst()
                .filter(focus -> bySection.get(focus.key()).isEmpty())
                .ifPresent(focus -> bySection.entrySet().stream().filter(e -> !e.getKey().equals(focus.key()))
                        .flatMap(e -> e.getValue().stream()).filter(n -> THE_WORK.matcher(n.text()).find())
                        .min(Comparator.comparingInt(n -> n.evidence().isEmpty() ? Integer.MAX_VALUE : n.evidence().get(0).start()))
                        .ifPresent(bySection.get(focus.key())::add));
    }

    // (something named: not "developed that into a plan", "examined Thursday again", "practiced with the project")
    private static final Pattern THE_WORK = Pattern.compile("^\\S+(?: \\S+)? (?:and client (?:worked on|practiced|explored|processed|"
            + "spent (?:the rest of the (?:time|session|hour)|(?:most|much) of the session|the session) on)|"
            + "introduced|taught)\\s+(?!that\\b|it\\b|this\\b|them\\b|those\\b|these\\b|with\\b|again\\b)\\S+ \\S+");

    /** "Session 6 of CBT for panic disorder.", "Today's session focused on ...": what the session worked toward. */
    private static final Pattern SESSION_FOCUS = Pattern.compile("^(?:session \\d+ of\\b|(?:this|today's|today’s) session\\b|"
            + "session (?:focus|focused)\\b|(?:the )?focus of (?:the |this |today's |today’s )?session\\b|(?:session|treatment) goal\\b)"
            + "|\\b(?:CBT|DBT|ACT|EMDR|CPT|IPT|ERP|TF-CBT|therapy|treatment|counseling|counselling) (?:for|targeting)\\b"
            // "Pt is making progress toward goal 1 (challenge negative self-talk).": the goal the session served
            + "|\\bprogress (?:toward|towards|on) (?:(?:treatment |tx )?goal|objective) #?\\d"
            // "Last time we set a goal for this month: speaking up at least once in every team meeting."
            + "|\\bset (?:a|the|your|our|this) goal\\b|\\bgoal for (?:this|the|next) (?:month|week|quarter)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A section for the goal (GIRP's Goal, Headway's Session focus): the sentence that says what the session was for opens it, wherever the classifier put
     * it, instead of the section reading "Not documented" (or holding a symptom) while the note states the focus elsewhere.
     */
    private static void goalFromSessionFocus(Template template, Map<String, List<NoteSentence>> bySection) {
        template.sectionFor("goal").filter(goal -> goal.categories().get(0).equals("goal"))
                .filter(goal -> bySection.get(goal.key()).stream().noneMatch(n -> SESSION_FOCUS.matcher(n.text()).find()))
                .ifPresent(goal -> bySection.entrySet().stream()
                .filter(e -> !e.getKey().equals(goal.key()))
                .flatMap(e -> e.getValue().stream().filter(n -> SESSION_FOCUS.matcher(n.text()).find()).map(n -> Map.entry(e.getKey(), n)))
                .min(Comparator.comparingInt(e -> e.getValue().evidence().isEmpty() ? Integer.MAX_VALUE : e.getValue().evidence().get(0).start()))
                .ifPresent(found -> {
                    bySection.get(found.getKey()).remove(found.getValue());
                    bySection.get(goal.key()).add(0, found.getValue());
                }));
    }

    private List<PlanLink> treatmentPlan(String plan, List<GoldenThread.Candidate> candidates) {
        List<GoldenThread.PlanItem> items = goldenThread.parse(plan);
        List<float[]> vectors = classifier.embed(items.stream().map(GoldenThread.PlanItem::text).toList());
        return goldenThread.link(items, vectors, candidates);
    }

    /** The clinician's questions about weapons at home and the client's short answers to them. */
    private static List<Unit> weaponsQuestionsAndAnswers(List<Unit> units) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit question = units.get(i);
            if (question.role() != Role.CLINICIAN || !question.isQuestion() || !RiskQualifiers.ASKS_WEAPONS.matcher(question.text()).find()) {
                continue;
            }
            List<Unit> answer = units.stream().filter(u -> u.turn() == question.turn() + 1 && u.role() == Role.CLIENT).toList();
            out.add(question);
            if (answer.size() <= 3) {
                out.addAll(answer);
            }
        }
        return out;
    }

    static List<NoteSentence> riskSentences(List<RiskFinding> risks) {
        return risks.stream().map(r -> new NoteSentence(r.summary(), r.evidence())).toList();
    }

    static List<NoteSentence> planSentences(List<PlanLink> links) {
        if (links.isEmpty()) {
            return List.of(new NoteSentence("No treatment-plan goal or objective was identified as addressed in this session.",
                    List.of()));
        }
        return links.stream().map(l -> new NoteSentence(switch (l.kind()) {
            case "objective" -> "Objective addressed: ";
            case "intervention" -> "Intervention used: ";
            default -> "Goal addressed: ";
        } + ClinicalVoice.sentence(l.item()), l.evidence())).toList();
    }

    static Evidence evidence(Unit unit) {
        return Evidence.span(unit.start(), unit.end(), unit.role() == Role.NOTES ? null : unit.speaker());
    }
}

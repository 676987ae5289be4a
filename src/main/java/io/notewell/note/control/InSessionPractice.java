package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An exercise done in the session: the clinician starts it ("Go ahead and start with your hair.", "Let's practice now.") and
 * keeps it going turn by turn ("Keep going.", "Where's the anxiety now?", "Let's do it two more times."). What the client
 * says inside it is the work in the room and how it went (the response to the intervention), not a report of the week:
 * "My nose is straight along the top and a little wider at the bottom." said in mirror retraining, "The second time it went
 * to a three." in a practised competing response.
 */
final class InSessionPractice {

    /** How the note opens what was said or asked in an exercise: "During the exercise, the client said: ...". */
    static final String DURING = "During the exercise, ";

    /** What the clinician asks the client to rate in an exercise. */
    private static final String RATED = "\\b(?:anxiety|urge|distress|suds|fear|number|rating)\\b";

    /** The clinician starting an exercise in the room. */
    private static final Pattern STARTS = Pattern.compile("\\blet(?:'s|’s| us) (?:practi[cs]e|try|do) (?:it |that |this |one )?"
            + "(?:now|together|right now|here)\\b|\\b(?:go ahead and|you can) (?:start|begin)\\b|\\bwhenever you(?:'re|’re| are) ready,? "
            + "(?:start|begin|go ahead)\\b|\\bclose your eyes\\b|"
            // "Read it aloud, slowly.": an exposure script, a letter, read out in the room
            // (not "finish the impact statement and read it aloud to herself once a day", a task for the week)
            + "^(?:\\w+,\\s+)?read (?:it|this|that|the (?:script|letter|story|narrative|account)) (?:aloud|out loud|to me)(?:,? (?:slowly|now|again|"
            + "for me))*\\W*$|"
            // "Where's your anxiety right now, before we start?" (not "Before we start, how did the homework go?")
            + RATED + "[^.?!]*\\bbefore we (?:start|begin)\\b|"
            + "\\bbefore we (?:start|begin),? (?:what|where|how (?:high|strong|much))\\b[^.?!]*" + RATED,
            Pattern.CASE_INSENSITIVE);

    /** A prompt to go on with the exercise ("What are you seeing now?", "What happens next?"): its answer is the exercise. */
    static final Pattern GO_ON_PROMPT = Pattern.compile("\\bwhat (?:are you|do you) (?:seeing|see|hearing|noticing)(?: now)?\\b|"
            + "\\bwhat happens (?:next|now)\\b|\\bthen what\\b|\\bwhat(?:'s| is) happening (?:now|next)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A clinician's turn that keeps the exercise going: an instruction for the moment, a rating of it, a question about what
     * the client notices or makes of it, another round.
     */
    private static final Pattern GOES_ON = Pattern.compile("(?:^|[.!?]\\s+)(?:(?:good|great|okay|ok|nice|right|yes|"
            + "that's (?:fine|it|good|okay))[,.!]*\\s+)*(?:just |gently )?(?:keep|stay|try|go on|continue|notice|describe|breathe|hold|let it|"
            + "place|put|watch|imagine|picture|bring|now)\\b|\\bwhat else (?:shows up|comes up|do you notice|is there)\\b|\\b(?:one|two|three|a few|a couple(?: of)?) more times\\b|"
            + RATED + "[^.!?]*\\?|\\bwhat do you (?:notice|make of (?:that|it))\\b|"
            + "\\bwhat (?:number|did you notice)\\b|"
            // "Go back to when the truck stops and go through it again.", "What was that like?" (how it went, asked at its end)
            + "\\bgo (?:back|through it|over it)\\b|\\b(?:once more|one more time|again)[.!]|\\bstart (?:again|over|from)\\b|"
            + "\\bwhat (?:are you|do you) (?:feeling|feel)\\b|" + GO_ON_PROMPT.pattern() + "|"
            + "\\bwhat was (?:that|it) like\\b|\\bhow was that\\b", Pattern.CASE_INSENSITIVE);

    /** A rating asked in the exercise ("SUDS?", "Where's the anxiety now?"): its answer is written with it. */
    static final Pattern RATING = Pattern.compile("\\b(?:anxiety|urge|distress|suds?|fear|number|rating|scale|believe it)\\b|"
            + "\\bhow (?:high|strong|much)\\b", Pattern.CASE_INSENSITIVE);

    /** The days between sessions: what the client says of them is no part of the exercise. */
    // (not "at work": "I'm useless at work now." is a thought put on a leaf)
    private static final Pattern THE_WEEK = Pattern.compile("\\b(?:this|last|past) week|\\bsince\\b|\\bover the weekend\\b|"
            + "\\byesterday\\b|\\blast night\\b", Pattern.CASE_INSENSITIVE);

    /** An exercise is a few minutes of a session, not the rest of it. */
    private static final int MOST_TURNS = 24;

    private InSessionPractice() {
    }

    /** The starts of the units said inside an exercise, the clinician's and the client's (from the clinician's start on). */
    static Set<Integer> units(List<Unit> units) {
        Set<Integer> inside = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).role() != Role.CLINICIAN || !STARTS.matcher(units.get(i).text()).find()) {
                continue;
            }
            inside.add(units.get(i).start());
            int startTurn = units.get(i).turn();
            int clinicianTurn = startTurn;
            int j = i + 1;
            for (; j < units.size() && units.get(j).turn() - startTurn <= MOST_TURNS; j++) {
                Unit unit = units.get(j);
                if (unit.role() == Role.CLINICIAN && unit.turn() != clinicianTurn) {
                    if (!GOES_ON.matcher(InputReader.turnOf(units, unit)).find()) {
                        break;
                    }
                    clinicianTurn = unit.turn();
                    inside.add(unit.start());
                } else if (unit.role() == Role.CLINICIAN) {
                    inside.add(unit.start());
                } else if (unit.role() == Role.CLIENT) {
                    if (!THE_WEEK.matcher(unit.text()).find()) {
                        inside.add(unit.start());
                    }
                } else if (unit.role() != Role.CLINICIAN) {
                    break;
                }
            }
            i = j - 1;
        }
        return inside;
    }
}

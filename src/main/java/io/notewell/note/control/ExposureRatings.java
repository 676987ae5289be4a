package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ratings a client gives, one after another, through an exercise in the room: "Rate your anxiety right now, zero to
 * ten." "Five." ... "Eight. I really want to say a prayer in my head." ... "It's going down. Maybe six now." ... "Four."
 * Each alone is a number without its question (most were left out as too short); together they are how the exposure went,
 * which a clinician charts as one line: "Anxiety ratings during the in-session exposure (0-10): 5, 8, 6, 4 (from a peak of 8
 * to 4)."
 */
final class ExposureRatings {

    /** The line the note writes, and the client's units it rests on (first to last rating). */
    record Run(String text, Unit first, Unit last) {
    }

    /** The line, as {@link #runs} writes it. */
    static final Pattern LINE = Pattern.compile("^[A-Z][a-z]+(?: \\(SUDS\\))? ratings during the in-session (?:exposure|exercise) \\(");

    /** At least this many ratings make a run worth a line. */
    private static final int FEWEST = 3;
    /** A clinician's turn longer than this is talk about something else: the exercise is over. */
    private static final int LONGEST_CLINICIAN_TURN = 45;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    /**
     * A sentence that is a rating and nothing else: "Eight.", "Maybe six now.", "Anxiety's an eight.", "It's a seven.", "Five
     * now.", "Still a seven.", "Maybe seven and a half." (not "By Friday it was a four.", a rating of the week).
     */
    private static final Pattern RATING_ALONE = Pattern.compile("^(?:(?:okay|ok|oh|um|uh|so|and|still|maybe|probably|like|about|"
            + "around|now|honestly|it's|it’s|it is|that's|that’s|i'm at|i’m at|i'd say|i’d say|down to|up to|at|more like|"
            + "(?:my )?(?:anxiety|suds|distress|fear|urge)(?:'s|’s| is))[,]?\\s+)*(?:an? )?"
            + "(zero|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})( and a half|\\.5)?"
            + "(?:\\s*(?:out of (?:ten|10|a hundred|100)|now|maybe|or so|percent|%))*[.!]?$", Pattern.CASE_INSENSITIVE);

    /** A rating asked of another time ("You rated it a seven last time. Is that still right?"): not the exercise's. */
    private static final Pattern OTHER_TIME = Pattern.compile("\\b(?:last time|last week|this week|usually|at the door|at home|"
            + "still right|at work|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b", Pattern.CASE_INSENSITIVE);

    /** What is rated, as the clinician or the client names it. */
    private static final Pattern RATED = Pattern.compile("\\b(anxiety|suds|distress|fear|urge|urges|panic)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPOSURE = Pattern.compile("\\b(?:exposure|hierarchy|ladder|ERP|step)\\b", Pattern.CASE_INSENSITIVE);

    private ExposureRatings() {
    }

    /** Whether {@code text} is a rating and nothing else ("It's an eight.", "Maybe a six now."). */
    static boolean ratingAlone(String text) {
        return RATING_ALONE.matcher(ClinicalVoice.clean(text).strip()).matches();
    }

    /** The runs of ratings in a conversation, in order. */
    static List<Run> runs(List<Unit> units) {
        List<Run> runs = new ArrayList<>();
        if (units.stream().anyMatch(u -> "emdr_voc".equals(u.topic()))) {
            return runs; // an EMDR session: its disturbance (0-10) and the belief's validity (1-7) are rated in turn, and kept apart
        }
        List<Integer> ratings = new ArrayList<>();
        int first = -1; // the first unit of the run's first rated turn, and its last rated unit
        int last = -1;
        for (int i = 0; i < units.size(); ) {
            Unit unit = units.get(i);
            int end = i;
            while (end + 1 < units.size() && units.get(end + 1).turn() == unit.turn()) {
                end++;
            }
            List<Unit> turn = units.subList(i, end + 1);
            boolean ends;
            if (unit.role() == Role.CLINICIAN) {
                ends = turn.stream().mapToInt(u -> InputReader.words(u.text())).sum() > LONGEST_CLINICIAN_TURN;
            } else if (unit.role() == Role.CLIENT && !ClinicalVoice.isCollateral(unit.speaker())) {
                boolean otherTime = turn.stream().anyMatch(u -> u.question() != null && OTHER_TIME.matcher(u.question()).find());
                int rated = 0;
                for (int k = i; k <= end && !otherTime; k++) {
                    Matcher rating = RATING_ALONE.matcher(ClinicalVoice.clean(units.get(k).text()).strip());
                    if (rating.matches()) {
                        String number = rating.group(1).toLowerCase(Locale.ROOT);
                        ratings.add(NUMBERS.containsKey(number) ? NUMBERS.get(number) : Integer.parseInt(number));
                        last = k;
                        rated++;
                    }
                }
                ends = rated == 0;
                if (!ends && first < 0) {
                    first = i;
                }
            } else {
                ends = false; // a relative's words ("She's smiling.") neither go on with a run nor end it
            }
            if (ends) {
                add(runs, ratings, first, last, units);
                ratings = new ArrayList<>();
                first = -1;
            }
            i = end + 1;
        }
        add(runs, ratings, first, last, units);
        return runs;
    }

    private static void add(List<Run> runs, List<Integer> ratings, int first, int last, List<Unit> units) {
        if (first < 0 || ratings.size() < FEWEST || ratings.stream().distinct().count() < 2) {
            return;
        }
        // what was rated: named nearest before the first rating ("Rate your anxiety before we start", not the panic talked of
        // before it), else in the run; and whether it was an exposure, named in the run or in the sentences before it
        String rated = null;
        for (int k = first; k >= Math.max(0, first - 16) && rated == null; k--) {
            rated = rated(units.get(k).question() != null ? units.get(k).question() : units.get(k).text());
        }
        for (int k = first + 1; k <= last && rated == null; k++) {
            rated = rated(units.get(k).text());
        }
        boolean exposure = units.subList(Math.max(0, first - 16), last + 1).stream().anyMatch(u -> EXPOSURE.matcher(u.text()).find());
        String what = rated == null || rated.equals("suds") ? "Distress (SUDS)" : rated.startsWith("urge") ? "Urge"
                : Character.toUpperCase(rated.charAt(0)) + rated.substring(1);
        int max = ratings.stream().mapToInt(Integer::intValue).max().orElse(0);
        int step = max > 10 ? 20 : 2; // a change worth naming, on the scale used
        StringBuilder line = new StringBuilder(what).append(" ratings during the in-session ")
                .append(exposure ? "exposure" : "exercise").append(" (").append(max > 10 ? "0-100" : "0-10").append("): ")
                .append(String.join(", ", ratings.stream().map(String::valueOf).toList()));
        int end = ratings.get(ratings.size() - 1);
        if (max - end >= step) {
            line.append(" (down from a peak of ").append(max).append(" to ").append(end).append(")");
        } else if (end - ratings.get(0) >= step) {
            line.append(" (up from ").append(ratings.get(0)).append(" to ").append(end).append(")");
        }
        runs.add(new Run(line.toString(), units.get(first), units.get(last)));
    }

    /** What {@code text} names as rated ("anxiety", "suds", "urge"), or null. */
    private static String rated(String text) {
        Matcher named = RATED.matcher(text);
        return named.find() ? named.group(1).toLowerCase(Locale.ROOT) : null;
    }
}

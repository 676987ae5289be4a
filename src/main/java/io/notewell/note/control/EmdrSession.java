package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an EMDR session's own words show about its structure when the clinician did not write it down: which of the
 * eight phases it went through (the standard questions and instructions of each are recognisable: "how true do the
 * words feel, from one completely false to seven completely true" is the assessment phase, "Follow my hand" and "Go
 * with that" are desensitisation, "Let's use the calm place exercise to close" is closure) and how many sets of
 * bilateral stimulation were run. Each sentence links to the words it rests on.
 */
final class EmdrSession {

    private EmdrSession() {
    }

    private record Phase(int number, String name, Pattern said) {
    }

    private static final List<Phase> PHASES = List.of(
            new Phase(1, "history taking", ci("\\bhistory taking\\b|\\btarget (?:list|sequence|planning)\\b")),
            new Phase(2, "preparation", ci("\\bpreparation\\b(?! phase was| was (?:finished|completed))|\\bstop signal\\b|"
                    + "\\bresource (?:development|installation)\\b|\\blet's (?:practice|build|set up) (?:a |your |the )?(?:calm|safe) place\\b|"
                    // "Today I'd like us to build some resources before we go near the accident memory.", "bring to mind a place, real or
                    // imagined, where you feel calm and safe"
                    + "\\b(?:build|develop|install|strengthen)(?:ing)? (?:some |a few |your |a couple of )?resources\\b|"
                    + "\\bbring to mind a place\\b[^.?]{0,40}\\b(?:calm|safe|peaceful)\\b")),
            new Phase(3, "assessment", ci("\\bcompletely false\\b|\\bhow true do (?:those|these|the) words\\b|\\bhow disturbing\\b.*\\bnow\\b|"
                    + "\\bnegative (?:belief|cognition)\\b|\\bwhat would you (?:rather|like to|prefer to) believe\\b|"
                    + "\\bwhere do you feel it in your body\\b")),
            new Phase(4, "desensitization", ci("\\bfollow my (?:hand|fingers|light)\\b|\\bgo with that\\b|\\b(?:eye movements|tappers|buzzers|"
                    + "bilateral stimulation)\\b|\\bdesensiti[sz]ation\\b")),
            new Phase(5, "installation", ci("\\binstallation\\b|\\b(?:link|hold|put) (?:the|those) (?:positive )?words\\b.*\\b(?:together|with)\\b")),
            new Phase(6, "body scan", ci("\\bbody scan\\b|\\bscan (?:your|the|through your) (?:whole )?body\\b")),
            new Phase(7, "closure", ci("\\bclos(?:e|ing|ure)\\b.*\\b(?:calm place|safe place|container)\\b|"
                    + "\\b(?:calm place|safe place|container)\\b.*\\bclos(?:e|ing|ure)\\b|\\bstop here for today\\b|\\bincomplete session\\b")),
            new Phase(8, "reevaluation", ci("\\bre-?evaluat\\w*|\\bcheck (?:on )?the target again\\b|\\bsince (?:our |the )?last session\\b.*\\b(?:memory|target)\\b")));

    private static final Pattern EARLIER = ci("\\blast (?:session|time|week)\\b|\\b(?:finished|completed|done with)\\b");

    /** Between two sets the clinician says "Go with that" (or "Notice that"); the first set starts with "Follow my hand". */
    private static final Pattern NEXT_SET = ci("^(?:okay,?\\s+)?(?:just\\s+)?(?:go with that|notice that|go with it)\\b");
    private static final Pattern FIRST_SET = ci("\\bfollow my (?:hand|fingers|light)\\b|\\b(?:start|begin) the (?:eye movements|tappers|buzzers)\\b");

    /**
     * Words only EMDR work uses: the method, the stimulation, the VOC, the target, the cognitions' checks (not "body scan"
     * or "go with that", which other work and plain talk use too).
     */
    private static final Pattern EMDR_WORDS = ci("\\bEMDR\\b|\\bbilateral\\b|\\bBLS\\b|\\bVOC\\b|\\btarget (?:memory|image|"
            + "picture)\\b|\\bsets? of (?:eye movements|tapping|taps|BLS|EMs?)\\b|\\b(?:eye movements|tappers|buzzers|light bar)\\b|"
            + "\\bfollow my (?:hand|fingers|light)\\b|\\bcompletely false\\b|\\bhow true do (?:those|these|the) words\\b|"
            + "\\b(?:positive|negative) cognition\\b|\\bdesensiti[sz]ation\\b|\\binstallation\\b");

    /** Whether the clinician's words show EMDR work at all (its stimulation, its scales, its target and cognitions). */
    static boolean shows(List<Unit> units) {
        return units.stream().filter(u -> u.role() != Role.CLIENT).anyMatch(u -> EMDR_WORDS.matcher(u.text()).find());
    }

    /** "Phases: 3 (assessment), 4 (desensitization), 7 (closure)." from the clinician's words; empty when none shows. */
    static Optional<NoteSentence> phases(List<Unit> units) {
        Map<Phase, Unit> seen = new LinkedHashMap<>();
        for (Phase phase : PHASES) {
            // "Last session we finished preparation": what was done before does not make this session's phase
            units.stream().filter(u -> u.role() != Role.CLIENT && phase.said().matcher(u.text()).find()
                            && (phase.number() == 8 || !EARLIER.matcher(u.text()).find())).findFirst()
                    .ifPresent(u -> seen.put(phase, u));
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        seen.forEach((phase, unit) -> {
            named.add(phase.number() + " (" + phase.name() + ")");
            evidence.add(ExtractiveNoteEngine.evidence(unit));
        });
        return Optional.of(new NoteSentence((named.size() == 1 ? "Phase " : "Phases ") + String.join(", ", named)
                + " (from the session's own words).", evidence));
    }

    /** The clinician's own count of sets ("completed about 12 sets today"), which a count from the transcript must not contradict. */
    private static final Pattern SETS_COUNTED = ci("\\b(?:\\d+|a few|several|many|(?:twen|thir|fif|eigh)?t(?:een|y)|"
            + "ten|eight|nine|seven|six|five|four|three|two) (?:more )?sets\\b");

    /**
     * "At least 5 sets of bilateral stimulation ..." counted from the clinician's instructions; empty below two sets, and
     * when the note already has the clinician's own count among its {@code written} sentences.
     */
    static Optional<NoteSentence> sets(List<Unit> units, List<NoteSentence> written) {
        if (written.stream().anyMatch(s -> SETS_COUNTED.matcher(s.text()).find())) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        boolean started = false;
        for (Unit u : units) {
            if (u.role() == Role.CLIENT) {
                continue;
            }
            if (!started && FIRST_SET.matcher(u.text()).find() || started && NEXT_SET.matcher(u.text()).lookingAt()) {
                started = true;
                evidence.add(ExtractiveNoteEngine.evidence(u));
            }
        }
        if (evidence.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new NoteSentence("At least " + evidence.size() + " sets of bilateral stimulation, counted from the "
                + "clinician's instructions (\u201CGo with that\u201D between sets).", evidence));
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
}

package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.user.entity.Pronouns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people on the client's side of a joint session, named by their speaker labels: the two partners of a couple
 * session ("Maya:", "Daniel:"), or someone who joined a client's session under their own name. A note names each
 * of them ("Maya reports that ...", "Daniel answered ...") instead of writing both as "the client" with one set of
 * pronouns. A relative labelled by relation ("Mom:") is not a participant here: {@link ClinicalVoice} reports them
 * as the client's relative.
 *
 * @param pronouns each participant's pronouns, as the others in the room speak of them (NeutralThem when they do not
 *                 say), in the order they first spoke; a map that may be asked of any speaker, null too (the
 *                 transcript's notes have none)
 * @param primary  the participant the note calls "the client" (the one who speaks most, in an individual session's
 *                 note), or null when every participant is named (a couple's note)
 */
record Participants(Map<String, Pronouns> pronouns, String primary) {

    static final Participants NONE = new Participants(java.util.Collections.emptyMap(), null);

    /**
     * Speaker labels that are neither the client's ({@link InputReader#isClientLabel}) nor a name ("Interpreter:" speaks the
     * client's words, and stays with them as before).
     */
    private static final Pattern NO_NAME = Pattern.compile("(?i)(?:speaker\\s*\\d*|interpreter|translator|[a-z]|unknown|\\d+)");

    /**
     * The participants of {@code input}: a client labelled as such and someone else under their own name with at least
     * two turns ("Client:" and "Luis:"), or two or more speakers on the client's side, each with a name for a label and
     * at least two turns ("Rosa:" and "Luis:"); {@link #NONE} otherwise (one client, or a client with a relative).
     */
    static Participants of(InputReader.Parsed input, boolean couple) {
        Map<String, Integer> turns = new LinkedHashMap<>();
        Map<String, Integer> words = new LinkedHashMap<>();
        input.turns().stream().filter(t -> t.role() == Role.CLIENT && t.speaker() != null).forEach(t -> turns.merge(t.speaker(), 1, Integer::sum));
        input.units().stream().filter(u -> u.role() == Role.CLIENT && u.speaker() != null)
                .forEach(u -> words.merge(u.speaker(), InputReader.words(u.text()), Integer::sum));
        List<String> clientSide = turns.keySet().stream().filter(s -> !ClinicalVoice.isCollateral(s)).toList();
        List<String> named = clientSide.stream().filter(s -> !InputReader.isClientLabel(s) && !NO_NAME.matcher(s.strip()).matches()).toList();
        String labelled = clientSide.stream().filter(InputReader::isClientLabel).findFirst().orElse(null);
        long speaking = named.stream().filter(s -> turns.get(s) >= 2).count();
        if (labelled == null ? speaking < 2 : speaking < 1) {
            return NONE;
        }
        List<String> people = new java.util.ArrayList<>(named);
        if (labelled != null) {
            people.add(0, labelled);
        }
        Map<String, Pronouns> pronouns = new LinkedHashMap<>();
        people.forEach(s -> pronouns.put(s, spokenOf(s, people, input.units())));
        String primary = labelled != null ? labelled : couple ? null
                : named.stream().max((a, b) -> Integer.compare(words.getOrDefault(a, 0), words.getOrDefault(b, 0))).orElseThrow();
        // (in speaking order, and asked of any speaker, null too)
        return new Participants(java.util.Collections.unmodifiableMap(pronouns), primary);
    }

    /** Whether the note names {@code speaker} (a participant other than the one it calls "the client"). */
    boolean named(String speaker) {
        return speaker != null && pronouns.containsKey(speaker) && !speaker.equals(primary);
    }

    boolean joint() {
        return !pronouns.isEmpty();
    }

    /** Everyone the note names, in the order they first spoke: "Maya and Daniel". */
    String everyone() {
        List<String> names = new java.util.ArrayList<>(pronouns.keySet().stream().filter(this::named).toList());
        if (primary != null) {
            names.add(0, "Client");
        }
        return names.size() <= 2 ? String.join(" and ", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static final Pattern MASCULINE = Pattern.compile("\\b(?:he|him|his|himself|he's|he'd|he'll)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMININE = Pattern.compile("\\b(?:she|her|hers|herself|she's|she'd|she'll)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * How the others in the room speak of {@code speaker}: in a couple, what one partner says of "he" or "she" is mostly
     * said of the other ("he just shrugged and went back to his phone"); anyone's "Maya said she felt invisible" says it
     * of Maya. A clear majority decides; otherwise "they".
     */
    private static Pronouns spokenOf(String speaker, List<String> named, List<Unit> units) {
        int masculine = 0;
        int feminine = 0;
        if (named.size() == 2) {
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                // ("If I say no to my mom, she cries for a week", "I could tell her I need to talk to Alex first. She won't like it.",
                // asked "... before you answer your mom?": said of the mother, not of the partner)
                if (i > 0 && RELATIVE_NAMED.matcher(units.get(i - 1).text()).find() || RELATIVE_NAMED.matcher(u.text()).find()) {
                    continue;
                }
                if (u.role() == Role.CLIENT && named.contains(u.speaker()) && !u.speaker().equals(speaker)) {
                    masculine += count(MASCULINE, u.text());
                    feminine += count(FEMININE, u.text());
                }
            }
        }
        Pattern namedThenPronoun = Pattern.compile("\\b" + Pattern.quote(speaker) + "\\b(?!,)[^.?!,;]{0,40}?\\b(he|him|his|she|her|hers)\\b");
        for (Unit u : units) {
            Matcher m = namedThenPronoun.matcher(u.text());
            while (m.find()) {
                if (MASCULINE.matcher(m.group(1)).matches()) {
                    masculine += 2;
                } else {
                    feminine += 2;
                }
            }
        }
        if (masculine >= 2 && masculine >= 2 * feminine) {
            return Pronouns.MasculineHim;
        }
        if (feminine >= 2 && feminine >= 2 * masculine) {
            return Pronouns.FeminineHer;
        }
        return Pronouns.NeutralThem;
    }

    /** "my mom", "your sister", "her boss": someone else the pronouns that follow may be of. */
    private static final Pattern RELATIVE_NAMED = Pattern.compile("\\b(?:my|your|our|his|her|their)\\s+(?:mom|mum|mother|dad|father|sister|brother|"
            + "aunt|uncle|grandma|grandmother|grandpa|grandfather|boss|friend|daughter|son|cousin|ex|sister-in-law|mother-in-law|"
            + "father-in-law|brother-in-law|stepmom|stepdad|stepmother|stepfather|neighbou?r|coworker|co-worker|therapist)\\b",
            Pattern.CASE_INSENSITIVE);

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}

package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.RiskFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the input says about suicidal ideation, homicidal ideation, self-harm and abuse, keeping the
 * polarity: a negation before the mention makes it denied, a hedge unclear, anything else endorsed. In a
 * conversation, the clinician's screening question and the client's short answer count together. A domain
 * the input never mentions is "not assessed", never "denied".
 */
public final class RiskScreen {

    public enum Domain {
        suicidal_ideation("Suicidal ideation"), homicidal_ideation("Homicidal ideation"), self_harm("Self-harm"),
        abuse("Abuse or violence");

        final String title;

        Domain(String title) {
            this.title = title;
        }
    }

    public enum Polarity { endorsed, unclear, denied, not_assessed }

    /** One mention of a risk in one unit (or a question and its answer). */
    public record Mention(Domain domain, Polarity polarity, List<Unit> units, String answer) {
    }

    private static final Map<Domain, Pattern> MENTIONS = new LinkedHashMap<>();
    private static final Map<Domain, Pattern> QUESTIONS = new LinkedHashMap<>();

    static {
        int ci = Pattern.CASE_INSENSITIVE;
        MENTIONS.put(Domain.suicidal_ideation, Pattern.compile(
                "\\bSI\\b|\\bS/HI\\b|suicid\\w*|kill(?:ing)? (?:my|her|him|them)sel(?:f|ves)|end(?:ing)? (?:my|her|his|their|it) (?:life|all)|"
                        + "take (?:my|her|his|their) (?:own )?life|better off (?:dead|without me)|wish(?:ed)? (?:i|she|he|they) (?:was|were) dead|"
                        + "(?:don't|do not|didn't|not) want(?:ing)? to (?:live|be alive|be here|wake up|exist)|"
                        + "(?:want|wanted|wanting) to die|no reason to live|thoughts of death|passive (?:death )?wish|"
                        + "not (?:wake|waking) up|disappear forever|overdos\\w*", ci));
        MENTIONS.put(Domain.homicidal_ideation, Pattern.compile(
                "\\bHI\\b|homicid\\w*|kill(?:ing)? (?!(?:my|her|him|them)sel)(?:him|her|them|someone|somebody|people|my \\w+|that \\w+)|"
                        + "(?:hurt|harm|hurting|harming) (?:someone|somebody|others|other people|anyone|him|them|my (?:boss|husband|wife|partner|father|mother))|"
                        + "thoughts of (?:harming|hurting|killing) (?:others|someone|anyone)|violent thoughts", ci));
        MENTIONS.put(Domain.self_harm, Pattern.compile(
                "self[- ]?harm\\w*|self[- ]injur\\w*|\\bNSSI\\b|\\bSIB\\b|cutting|cut (?:my|her|him|them)sel\\w*|"
                        + "(?:hurt|harm|hurting|harming|burn|burning|hit|hitting) (?:my|her|him|them)sel(?:f|ves)", ci));
        MENTIONS.put(Domain.abuse, Pattern.compile(
                "abus\\w*|domestic violence|\\bDV\\b|\\bIPV\\b|assault\\w*|\\braped?\\b|molest\\w*|neglect\\w*|"
                        + "(?:hits?|hitting|beats?|beating|chok\\w+|kick\\w*|push\\w*|shov\\w*|slap\\w*|threaten\\w*) (?:me|her|him|them)\\b|"
                        + "(?:not|don't feel|doesn't feel) safe (?:at home|with (?:him|her|them))|afraid of (?:him|her|my \\w+)", ci));

        QUESTIONS.put(Domain.suicidal_ideation, Pattern.compile(
                "suicid|kill(?:ing)? yourself|end(?:ing)? your life|take your (?:own )?life|(?:want|wanting) to die|"
                        + "not (?:being|wanting to be) (?:here|alive)|not wanting to (?:live|be alive|be here)|thoughts of death|better off dead", ci));
        QUESTIONS.put(Domain.homicidal_ideation, Pattern.compile(
                "hurt(?:ing)? (?:anyone|someone|others|anybody)|harm(?:ing)? (?:anyone|someone|others|anybody)|kill(?:ing)? (?:anyone|someone)|homicid", ci));
        QUESTIONS.put(Domain.self_harm, Pattern.compile(
                "hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm|cutting|cut yourself", ci));
        QUESTIONS.put(Domain.abuse, Pattern.compile(
                "safe at home|anyone (?:hurt|hit|hitting|hurting|threaten)\\w* you\\b|(?:hit|hurt|abuse)\\w* you\\b|abus\\w*|feel safe (?:at home|with)", ci));
    }

    private static final Pattern RISK_CONTEXT = Pattern.compile(
            "\\b(?:plan|intent|means|protective factors?|safety plan|lethal|access to (?:firearms|guns|weapons|medications))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:denie[sd]|deny|denying|no|not|never|without|negative for|none|nor|doesn't|does not|don't|do not|didn't|did not|"
                    + "isn't|wasn't|hasn't|haven't|ruled out|free of|absence of|would never|wouldn't|won't)\\b", Pattern.CASE_INSENSITIVE);
    /** "no appetite and reports passive SI": an endorsement after the negation wins. */
    private static final Pattern ENDORSEMENT = Pattern.compile(
            "\\b(?:endorse[sd]?|endorsing|reports?|reported|admits|admitted|acknowledge[sd]?|disclosed|discloses)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:not sure|unsure|don't know|do not know|dunno|maybe|perhaps|might|possibly|ambivalent|unclear|hard to say|"
                    + "i guess|kind of|sort of)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCOPE_BREAK = Pattern.compile("\\bbut\\b|\\bhowever\\b|\\balthough\\b|;|\\bthough\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_ANSWER = Pattern.compile(
            "^(?:no+|nope|nah|never|not really|not at all|absolutely not|of course not|definitely not|no way|i wouldn't|"
                    + "i would never|i'd never|not anymore|none)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_ANSWER = Pattern.compile(
            "^(?:yes|yeah|yep|yup|sometimes|a little|a bit|kind of|sort of|occasionally|once or twice|i have|i do|i did|"
                    + "lately|more than|every now and then|on and off|honestly,? yes|at times)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSURE_ANSWER = Pattern.compile(
            "^(?:i don't know|i dunno|maybe|i'm not sure|not sure|i guess|hard to say|i don't think so,? but|possibly)\\b",
            Pattern.CASE_INSENSITIVE);

    public List<Mention> screen(InputReader.Parsed input) {
        List<Mention> mentions = new ArrayList<>();
        List<Unit> units = input.units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.role() == Role.CLINICIAN && unit.isQuestion()) {
                answerTo(unit, units, i).ifPresent(mentions::addAll);
                continue;
            }
            if (unit.role() == Role.CLINICIAN) {
                continue;
            }
            for (Map.Entry<Domain, Pattern> entry : MENTIONS.entrySet()) {
                Matcher m = entry.getValue().matcher(unit.text());
                while (m.find()) {
                    mentions.add(new Mention(entry.getKey(), polarity(unit.text(), m.start()), List.of(unit), null));
                }
            }
        }
        return withContext(mentions, units);
    }

    /** "endorses passive SI, but denies plan, intent or means": the qualifying clause belongs to the finding. */
    private static List<Mention> withContext(List<Mention> mentions, List<Unit> units) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Unit last = m.units().get(m.units().size() - 1);
            int next = units.indexOf(last) + 1;
            if (m.answer() == null && next > 0 && next < units.size()) {
                Unit following = units.get(next);
                boolean sameSentence = following.start() - last.end() <= 8 && following.turn() == last.turn();
                if (sameSentence && RISK_CONTEXT.matcher(following.text()).find()
                        && MENTIONS.values().stream().noneMatch(p -> p.matcher(following.text()).find())) {
                    List<Unit> joined = new ArrayList<>(m.units());
                    joined.add(following);
                    out.add(new Mention(m.domain(), m.polarity(), joined, null));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The client's answer to a screening question: the next client unit in the following turn. */
    private java.util.Optional<List<Mention>> answerTo(Unit question, List<Unit> units, int index) {
        List<Domain> asked = QUESTIONS.entrySet().stream().filter(e -> e.getValue().matcher(question.text()).find())
                .map(Map.Entry::getKey).toList();
        if (asked.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (int j = index + 1; j < units.size() && units.get(j).turn() <= question.turn() + 1; j++) {
            Unit answer = units.get(j);
            if (answer.role() != Role.CLIENT) {
                continue;
            }
            String text = ClinicalVoice.clean(answer.text());
            Polarity polarity;
            if (UNSURE_ANSWER.matcher(text).find()) {
                polarity = Polarity.unclear;
            } else if (NO_ANSWER.matcher(text).find()) {
                polarity = Polarity.denied;
            } else if (YES_ANSWER.matcher(text).find()) {
                polarity = Polarity.endorsed;
            } else if (MENTIONS.values().stream().anyMatch(p -> p.matcher(answer.text()).find())) {
                return java.util.Optional.empty(); // the answer names the risk itself and is screened on its own
            } else {
                polarity = Polarity.unclear;
            }
            // "Have you had thoughts of hurting yourself or others?" asks about several domains at once
            Polarity p = polarity;
            return java.util.Optional.of(asked.stream().map(d -> new Mention(d, p, List.of(question, answer), text)).toList());
        }
        return java.util.Optional.empty();
    }

    /** Negation or hedge before the mention, within its clause, decides; otherwise the mention is endorsed. */
    static Polarity polarity(String text, int mentionStart) {
        String before = text.substring(0, mentionStart);
        Matcher scope = SCOPE_BREAK.matcher(before);
        int from = 0;
        while (scope.find()) {
            from = scope.end();
        }
        String clause = before.substring(from);
        if (HEDGE.matcher(clause).find()) {
            return Polarity.unclear;
        }
        int negation = lastMatch(NEGATION, clause);
        if (negation >= 0 && lastMatch(ENDORSEMENT, clause) <= negation) {
            return Polarity.denied;
        }
        return Polarity.endorsed;
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** One finding per domain: endorsed wins over unclear over denied; a domain never mentioned is not assessed. */
    public List<RiskFinding> findings(List<Mention> mentions, String input) {
        List<RiskFinding> findings = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<Mention> of = mentions.stream().filter(m -> m.domain() == domain).toList();
            if (of.isEmpty()) {
                findings.add(new RiskFinding(domain.name(), Polarity.not_assessed.name(),
                        domain.title + ": not addressed in the session input.", List.of()));
                continue;
            }
            Polarity overall = of.stream().map(Mention::polarity).min(Enum::compareTo).orElseThrow();
            List<Evidence> evidence = new ArrayList<>();
            of.forEach(m -> m.units().forEach(u -> evidence.add(Evidence.span(u.start(), u.end(), u.speaker()))));
            findings.add(new RiskFinding(domain.name(), overall.name(), summary(domain, overall, of, input),
                    evidence.stream().distinct().toList()));
        }
        return findings;
    }

    private static String summary(Domain domain, Polarity overall, List<Mention> mentions, String input) {
        String label = domain.title.toLowerCase(Locale.ROOT);
        String verdict = switch (overall) {
            case endorsed -> domain.title + ": endorsed";
            case unclear -> domain.title + ": unclear, needs clinical follow-up";
            case denied -> domain.title + ": denied";
            case not_assessed -> domain.title + ": not addressed";
        };
        List<String> quotes = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.answer() != null) {
                quotes.add("asked about " + label + ", client answered " + ClinicalVoice.quote(m.answer()));
            } else {
                String said = input.substring(m.units().get(0).start(), m.units().get(m.units().size() - 1).end());
                quotes.add(m.units().get(0).role() == Role.CLIENT ? "client said " + ClinicalVoice.quote(said)
                        : ClinicalVoice.quote(said));
            }
        }
        String joined = String.join("; ", quotes.stream().distinct().limit(3).toList());
        return verdict + " (" + joined + ").";
    }
}

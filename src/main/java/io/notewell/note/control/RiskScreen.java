package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.RiskFinding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    public record Mention(Domain domain, Polarity polarity, List<Unit> units, String answer, boolean historical) {
        Mention(Domain domain, Polarity polarity, List<Unit> units, String answer) {
            this(domain, polarity, units, answer, false);
        }
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
                        + "not (?:to )?(?:wake|waking) up|disappear forever|overdos\\w*|(?:easier|better) (?:for everyone )?if (?:i|she|he|they) (?:just )?"
                        + "(?:disappeared|wasn't here|weren't here|was gone|were gone|died|didn't exist|wasn't around)|"
                        + "(?:easier|better) (?:for everyone )?(?:not to|to not) (?:be here|be alive|exist|wake up|be around)|"
                        + "(?:want|wanted|wish|wished) (?:i could |to )(?:just )?disappear", ci));
        MENTIONS.put(Domain.homicidal_ideation, Pattern.compile(
                "\\bHI\\b|homicid\\w*|(?:hurt|harm|hurting|harming|kill|killing) (?:(?:my|him|her|them)sel(?:f|ves)|oneself) (?:or|and|nor) "
                        + "(?:others|anyone|anybody|someone|other people)|(?:want(?:ed|s)? to|going to|gonna|wanna|will|'ll|would|could|might|thought (?:about|of)|thinking (?:about|of)|thoughts of|"
                        + "urges? to|fantasi[sz]\\w* (?:about|of)|plan(?:s|ned)? to|threaten\\w* to) (?:\\w+ )?"
                        + "kill(?:ing)? (?!(?:my|her|him|them)sel)(?:him|her|them|someone|somebody|people|my \\w+|that \\w+|\\w+ (?:boss|husband|wife|ex))|"
                        + "(?:hurt|harm|hurting|harming) (?:someone|somebody|others|other people|anyone|him|them|my (?:boss|husband|wife|partner|"
                        + "father|mother|dad|mom|brother|sister|son|daughter|kids?|child|children|neighbou?r|co-?worker|coworker|manager|ex|"
                        + "roommate|step\\w+|\\w+-in-law|teacher|friend|girlfriend|boyfriend))|"
                        + "thoughts of (?:harming|hurting|killing) (?:others|someone|anyone)|violent thoughts", ci));
        MENTIONS.put(Domain.self_harm, Pattern.compile(
                "self[- ]?harm\\w*|self[- ]injur\\w*|\\bNSSI\\b|\\bSIB\\b|cut (?:my|her|him|them)sel\\w*|"
                        // "cutting" alone is self-harm in a clinician's notes; "cutting back", "cutting class", "cutting hair" are not
                        + "\\bcutting\\b(?! (?:back|down|out|off|up|through|in\\b|across|ties|class|classes|school|corners|costs|hair|"
                        + "(?:the )?grass|wood|paper|coupons|vegetables|onions|food|meat|carbs|sugar|calories|hours|shifts|expenses|spending|"
                        + "contact|people|it|the cord|edge|cake|board|room|(?:him|her|them|me) (?:off|out|down|slack|some slack|a check)|"
                        + "(?:my|her|his|their) hair)\\b)|"
                        + "urges? to (?:cut|self[- ]?harm|burn|hurt (?:my|her|him|them)sel\\w*)|"
                        + "(?:hurt|harm|hurting|harming|burn|burning|hit|hitting) (?:my|her|him|them)sel(?:f|ves)", ci));
        MENTIONS.put(Domain.abuse, Pattern.compile(
                "abus\\w*|domestic violence|\\bDV\\b|\\bIPV\\b|assault\\w*|\\braped?\\b|molest\\w*|neglect\\w*|"
                        + "(?:hits?|hitting|beats?|beating|chok\\w+|kick\\w*|push\\w*|shov\\w*|slap\\w*|grabb?\\w*|strangl\\w*|threaten\\w*) (?:me|her|him|them)\\b"
                        + "(?!\\s+(?:to (?:see|go|get|try|do|be|make|call|talk|take|keep|stop|start|apply|join|come|seek|finish)|"
                        + "into (?:therapy|treatment|counseling|counselling|rehab|going|getting|doing|taking|applying))\\b)|"
                        + "(?:not|don't feel|doesn't feel) safe (?:at home|with (?:him|her|them))|afraid of (?:him|her|my \\w+)", ci));

        QUESTIONS.put(Domain.suicidal_ideation, Pattern.compile(
                "suicid|kill(?:ing)? yourself|end(?:ing)? your life|take your (?:own )?life|(?:want|wanting) to die|"
                        + "not (?:being|wanting to be) (?:here|alive)|not wanting to (?:live|be alive|be here)|thoughts of death|better off dead", ci));
        QUESTIONS.put(Domain.homicidal_ideation, Pattern.compile(
                "hurt(?:ing)? (?:anyone|someone|others|anybody)|harm(?:ing)? (?:anyone|someone|others|anybody)|kill(?:ing)? (?:anyone|someone)|homicid|"
                        + "(?:yourself|themselves|himself|herself) (?:or|and) (?:others|anyone|someone|anybody|other people)", ci));
        QUESTIONS.put(Domain.self_harm, Pattern.compile(
                "hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm|cutting|cut yourself", ci));
        QUESTIONS.put(Domain.abuse, Pattern.compile(
                "safe at home|anyone (?:hurt|hit|hitting|hurting|threaten)\\w* you\\b|(?:hit|hurt|abuse)\\w* you\\b|abus\\w*|feel safe (?:at home|with)", ci));
    }

    /**
     * A past event, not a present state: "hx of suicide attempt by overdose in 2019", "last self-harm 2 years ago".
     * It qualifies the finding (history of an attempt, of self-harm) but does not make current ideation endorsed.
     */
    private static final Map<Domain, Pattern> HISTORY = Map.of(
            Domain.suicidal_ideation, Pattern.compile("(?:\\bhx|\\bhistory|\\bprior|\\bprevious|\\bpast|\\blifetime)(?: of)?"
                    + "(?: \\w+){0,2} (?:suicide attempts?|suicidal attempts?|attempts?|overdoses?)\\b[^.;]{0,40}|attempted suicide\\b[^.;]{0,30}?"
                    + "\\b(?:in \\d{4}|at (?:age )?\\d+|\\d+ (?:years?|months?) ago|as a (?:teen\\w*|child)|in (?:high school|college))|"
                    + "(?:suicide attempt|overdose)[^.;]{0,30}?\\b(?:in \\d{4}|\\d+ (?:years?|months?) ago|at (?:age )?\\d+)",
                    Pattern.CASE_INSENSITIVE),
            Domain.self_harm, Pattern.compile("(?:\\bhx|\\bhistory|\\bprior|\\bprevious|\\bpast)(?: of)?(?: \\w+){0,2} "
                    + "(?:self[- ]?harm\\w*|self[- ]injur\\w*|cutting|NSSI|SIB)\\b[^.;]{0,40}|\\blast (?:self[- ]?harm\\w*|cut\\w*|"
                    + "episode of (?:self[- ]?harm|cutting))[^.;]{0,30}?\\b(?:(?:\\d+|a few|several|two|three|four|five|many) (?:years?|months?) "
                    + "ago|in \\d{4})|(?:self[- ]?harm\\w*|cutting)[^.;]{0,30}?\\b(?:\\d+|a few|several|two|three|four|five|many) "
                    + "(?:years?|months?) ago|(?:used to|stopped) (?:self[- ]?harm\\w*|cut\\w*)", Pattern.CASE_INSENSITIVE));

    /** Someone else's suicide or attempt: a risk factor in the client's history, not the client's own ideation. */
    private static final Pattern OTHERS_RISK = Pattern.compile(
            "\\b(?:mother|father|mom|dad|brother|sister|aunt|uncle|cousin|grand\\w+|son|daughter|husband|wife|partner|friend|"
                    + "relative|family member|classmate|coworker|co-worker|roommate|boyfriend|girlfriend)\\b"
                    + "(?:(?!\\b(?:and|but|so|while) (?:i|she|he|they|client)\\b)[^.;]){0,50}?\\b(?:died by "
                    + "suicide|(?:committed|completed) suicide|suicide attempts?|attempted suicide|suicidal|killed (?:him|her|them)"
                    + "sel\\w*|took (?:his|her|their) (?:own )?life|overdosed|(?:who|that) (?:has been|is|was|had been|has|had|keeps) "
                    + "(?:cutting|self[- ]?harming|hurting|burning) (?:him|her|them)sel\\w*)|family history of (?:suicide\\w*|completed suicide)",
            Pattern.CASE_INSENSITIVE);

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

    private static final int MENTIONS_PER_UNIT = 8;
    private static final int CLAUSE_CHARS = 240;

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
            List<int[]> othersRisk = OTHERS_RISK.matcher(unit.text()).results().map(r -> new int[]{r.start(), r.end()}).toList();
            for (Map.Entry<Domain, Pattern> entry : MENTIONS.entrySet()) {
                Matcher m = entry.getValue().matcher(unit.text());
                Pattern history = HISTORY.get(entry.getKey());
                List<int[]> past = history == null ? List.of()
                        : history.matcher(unit.text()).results().map(r -> new int[]{r.start(), r.end()}).toList();
                int found = 0;
                // a few mentions of a domain in one unit say all it says (and keep a pathological input linear)
                while (found < MENTIONS_PER_UNIT && m.find()) {
                    int at = m.start();
                    if (othersRisk.stream().anyMatch(span -> span[0] <= at && at < span[1])) {
                        continue; // "maternal aunt died by suicide": family history, not the client's own risk
                    }
                    boolean historical = past.stream().anyMatch(span -> span[0] <= at && at < span[1]);
                    found++;
                    mentions.add(new Mention(entry.getKey(), polarity(unit.text(), m.start()), List.of(unit), null, historical));
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
            List<Domain> named = MENTIONS.entrySet().stream().filter(e -> e.getValue().matcher(answer.text()).find())
                    .map(Map.Entry::getKey).toList();
            if (!named.isEmpty()) {
                // the answer names a risk itself and is screened on its own; "Have you thought of ending your life or of
                // hurting yourself?" answered about ending one's life leaves self-harm open, not endorsed
                // (a leading "No, ..." still answers the whole question)
                Polarity rest = NO_ANSWER.matcher(text).find() ? Polarity.denied : Polarity.unclear;
                return java.util.Optional.of(asked.stream().filter(d -> !named.contains(d))
                        .map(d -> new Mention(d, rest, List.of(question, answer), text)).toList());
            }
            Polarity polarity;
            if (UNSURE_ANSWER.matcher(text).find()) {
                polarity = Polarity.unclear;
            } else if (NO_ANSWER.matcher(text).find()) {
                polarity = Polarity.denied;
            } else if (YES_ANSWER.matcher(text).find()) {
                polarity = Polarity.endorsed;
            } else {
                polarity = Polarity.unclear;
            }
            // "Have you had thoughts of hurting yourself or others?" asks about several domains at once
            Polarity p = polarity;
            // "Yeah, kind of. Last night I thought about taking all my pills.": the rest of the answer says what was meant
            List<Unit> said = new ArrayList<>(List.of(question, answer));
            StringBuilder quoted = new StringBuilder(text);
            for (int k = j + 1; k < units.size() && k <= j + 2 && units.get(k).turn() == answer.turn(); k++) {
                said.add(units.get(k));
                quoted.append(' ').append(ClinicalVoice.clean(units.get(k).text()));
            }
            String answered = quoted.toString();
            return java.util.Optional.of(asked.stream().map(d -> new Mention(d, p, said, answered)).toList());
        }
        return java.util.Optional.empty();
    }

    /** Negation or hedge before the mention, within its clause, decides; otherwise the mention is endorsed. */
    static Polarity polarity(String text, int mentionStart) {
        // the clause before the mention; a clause is not longer than this
        String before = text.substring(Math.max(0, mentionStart - CLAUSE_CHARS), mentionStart);
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
    public List<RiskFinding> findings(List<Mention> mentions, InputReader.Parsed parsed, String input) {
        List<RiskFinding> findings = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<Mention> of = mentions.stream().filter(m -> m.domain() == domain).toList();
            if (of.isEmpty()) {
                findings.add(new RiskFinding(domain.name(), Polarity.not_assessed.name(),
                        domain.title + ": not addressed in the session input.", List.of()));
                continue;
            }
            List<Mention> current = of.stream().filter(m -> !m.historical()).toList();
            Polarity overall = current.stream().map(Mention::polarity).min(Enum::compareTo).orElse(Polarity.not_assessed);
            List<Evidence> evidence = new ArrayList<>();
            of.forEach(m -> m.units().forEach(u -> evidence.add(Evidence.span(u.start(), u.end(), u.speaker()))));
            findings.add(new RiskFinding(domain.name(), overall.name(), summary(domain, overall, of, input,
                            qualifiers(domain, overall, of, parsed.units())),
                    evidence.stream().distinct().toList()));
        }
        return findings;
    }

    private static String summary(Domain domain, Polarity overall, List<Mention> mentions, String input,
                                  List<String> qualifiers) {
        String label = domain.title.toLowerCase(Locale.ROOT);
        String verdict = switch (overall) {
            case endorsed -> domain.title + ": endorsed";
            case unclear -> domain.title + ": unclear, needs clinical follow-up";
            case denied -> domain.title + ": denied";
            case not_assessed -> domain.title + ": current state not addressed";
        };
        List<String> quotes = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.answer() == null && mentions.stream().anyMatch(a -> a.answer() != null && a.units().containsAll(m.units()))) {
                continue; // already quoted as part of the answer to a screening question
            }
            if (m.answer() != null) {
                quotes.add("asked about " + label + ", client answered " + ClinicalVoice.quote(m.answer()));
            } else {
                String said = input.substring(m.units().get(0).start(), m.units().get(m.units().size() - 1).end());
                quotes.add(m.units().get(0).role() == Role.CLIENT ? "client said " + ClinicalVoice.quote(said)
                        : ClinicalVoice.quote(said));
            }
        }
        String joined = String.join("; ", quotes.stream().distinct().limit(3).toList());
        return verdict + qualifiers.stream().map(q -> "; " + q).reduce("", String::concat) + " (" + joined + ").";
    }

    // ---- what a clinician documents with a finding: passive or active, plan, intent, history, means, safety ------

    /** A qualifier and the pattern that finds it near a mention. */
    private record Qualifier(String text, Set<Domain> domains, Pattern pattern) {
    }

    private static final Set<Domain> SI = EnumSet.of(Domain.suicidal_ideation);
    private static final Set<Domain> SI_HI = EnumSet.of(Domain.suicidal_ideation, Domain.homicidal_ideation);
    private static final Set<Domain> SI_SH = EnumSet.of(Domain.suicidal_ideation, Domain.self_harm);
    private static final Set<Domain> SI_HI_SH = EnumSet.of(Domain.suicidal_ideation, Domain.homicidal_ideation, Domain.self_harm);
    private static final Set<Domain> ABUSE = EnumSet.of(Domain.abuse);

    private static final Pattern PASSIVE = Pattern.compile("passive|better off (?:dead|without me)|not (?:to )?(?:wake|waking) up|(?:easier|better) (?:not to|to not) "
            + "(?:be|exist|wake)|"
            + "wish(?:ed|es)? (?:i|she|he|they) (?:was|were) (?:dead|gone)|(?:don't|do not|didn't|not) want(?:ing)? to "
            + "(?:live|be alive|be here|exist)|disappear|thoughts of death|death wish", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTIVE = Pattern.compile("\\bactive (?:SI|suicidal)|(?:thoughts?|thinking|thought) (?:of|about) "
            + "(?:killing (?:my|him|her|them)sel|ending (?:my|his|her|their) life|how (?:i|she|he|they) would)|"
            + "want(?:ed|s)? to kill (?:my|him|her|them)sel|(?:thought|thinking|thoughts) (?:of|about) (?:taking (?:all|a bunch|too many)|"
            + "overdosing|jumping|hanging|shooting|cutting (?:my|her|his|their) wrists|crashing)", Pattern.CASE_INSENSITIVE);

    private static final List<Qualifier> QUALIFIERS = List.of(
            new Qualifier("plan denied", SI_HI, Pattern.compile("(?:\\bno|denie[sd]|deny|denying|without|not? (?:have|had|made)"
                    + "(?: any| a)?)(?:,?\\s+(?!safety|treatment|care)[\\w-]+){0,3}?,?(?:\\s+(?:or|and|nor))?\\s+plans?\\b(?! for\\b)",
                    Pattern.CASE_INSENSITIVE)),
            new Qualifier("plan endorsed", SI_HI, Pattern.compile("(?<!no |denies |without |safety |treatment )\\b(?:has|have|had|made|"
                    + "with|endorses?) (?:a )?(?:specific |clear )?plan\\b(?! for (?:the|next|this))", Pattern.CASE_INSENSITIVE)),
            new Qualifier("intent denied", SI_HI, Pattern.compile("(?:\\bno|denie[sd]|deny|denying|without)(?:,?\\s+[\\w-]+){0,4}?,?"
                    + "(?:\\s+(?:or|and|nor))?\\s+intent\\b|(?:would|'d|’d) never (?:\\w+ )?(?:do anything|act on|go through|"
                    + "do it|do that|do this|hurt|kill)|never act on|(?:won't|wouldn't|will not|would not|would never) (?:\\w+ )?(?:act on|do anything|do it|"
                    + "go through with)", Pattern.CASE_INSENSITIVE)),
            new Qualifier("intent endorsed", SI_HI, Pattern.compile("(?<!no |denies |without )\\b(?:endorses?|with|has|reports?) "
                    + "intent\\b|intends? to (?:kill|end|die|act)", Pattern.CASE_INSENSITIVE)),
            new Qualifier("no history of attempts reported", SI, Pattern.compile("(?:\\bno|denie[sd]|deny|never)(?: \\w+){0,2} "
                    + "(?:history|hx) of (?:\\w+ )?(?:suicide )?attempts?|\\bno (?:prior|previous|past) (?:suicide )?attempts?|"
                    + "never (?:attempted|tried to (?:kill|end))", Pattern.CASE_INSENSITIVE)),
            new Qualifier("history of a suicide attempt", SI, Pattern.compile("(?<!no |denies |denied |never )(?:\\b(?:prior|previous|"
                    + "past) (?:suicide )?attempts?|(?<!no )(?<!denies )(?:history|hx) of (?:a )?(?:suicide )?attempts?|"
                    + "\\b(?:attempted|tried to kill (?:my|him|her|them)sel\\w*|overdosed)\\b)", Pattern.CASE_INSENSITIVE)),
            new Qualifier("no access to firearms or weapons reported", SI_HI, Pattern.compile("\\b(?:no|denies|denied|without|doesn't have|does not "
                    + "have|don't have|do not have) (?:\\w+ )?(?:access to )?(?:any )?(?:guns?|firearms?|weapons?)\\b",
                    Pattern.CASE_INSENSITIVE)),
            new Qualifier("access to firearms addressed", SI_HI, Pattern.compile("\\b(?:guns?|firearms?|rifles?|pistols?|weapons?|"
                    + "gun safe)\\b", Pattern.CASE_INSENSITIVE)),
            new Qualifier("means restriction agreed", SI_SH, Pattern.compile("\\b(?:give|gave|giving|lock(?:ed)?|remove[sd]?|"
                    + "store[sd]?|hand(?:ed)? over|dispose)\\b[^.]{0,60}\\b(?:guns?|firearms?|weapons?|gun safe|pills|"
                    + "medications?|key)\\b", Pattern.CASE_INSENSITIVE)),
            new Qualifier("no current urges reported", EnumSet.of(Domain.self_harm), Pattern.compile("\\b(?:no|denies|denied|without) (?:current |active |"
                    + "recent )?urges\\b", Pattern.CASE_INSENSITIVE)),
            new Qualifier("urges not acted on", EnumSet.of(Domain.self_harm), Pattern.compile("(?:not|never|hasn't|has not|"
                    + "haven't|have not|didn't|did not)(?: \\w+)? acted on", Pattern.CASE_INSENSITIVE)),
            new Qualifier("history of self-harm", EnumSet.of(Domain.self_harm), HISTORY.get(Domain.self_harm)),
            new Qualifier("mandated report made", ABUSE, Pattern.compile("\\b(?:made|filed|submitted|completed|called in) (?:a )?"
                    + "(?:\\w+ )?report|report(?:ed|ing)? (?:was )?(?:made )?to (?:CPS|APS|DCFS|DCF|child protective|adult protective|"
                    + "the police|police|law enforcement)|\\b(?:CPS|APS|DCFS) report\\b|mandated report(?:ing)? (?:was )?(?:made|filed)",
                    Pattern.CASE_INSENSITIVE)),
            new Qualifier("client reports feeling unsafe", ABUSE, Pattern.compile("(?:not|doesn't|does not|don't|do not|never) "
                    + "feels? safe|afraid of (?:him|her|them|my|his|her)|scared of (?:him|her|them|my)|fears? for (?:my|her|his|their) "
                    + "(?:life|safety)", Pattern.CASE_INSENSITIVE)),
            new Qualifier("exposure to suicide (a relative or friend)", SI, Pattern.compile("(?=.*\\b(?:suicid|took (?:his|her|their) (?:own )?life|"
                    + "killed (?:him|her|them)sel|overdosed))(?:" + OTHERS_RISK.pattern() + ")", Pattern.CASE_INSENSITIVE)),
            new Qualifier("firearms reported locked away", SI_HI, Pattern.compile("\\b(?:guns?|firearms?|rifles?|pistols?|"
                    + "shotguns?|weapons?)\\b[^.]{0,40}\\b(?:locked|in a (?:gun )?safe|secured|trigger lock)", Pattern.CASE_INSENSITIVE)),
            new Qualifier("C-SSRS completed", SI, Pattern.compile("C-SSRS|Columbia(?: Suicide Severity)?", Pattern.CASE_INSENSITIVE)),
            new Qualifier("safety plan made or reviewed", EnumSet.allOf(Domain.class), Pattern.compile("safety plan", Pattern.CASE_INSENSITIVE)),
            new Qualifier("crisis resources given", SI_HI_SH, Pattern.compile("\\b988\\b|crisis (?:line|hotline|number|team|text)|"
                    + "\\b911\\b|emergency room|\\bthe ER\\b|hotline", Pattern.CASE_INSENSITIVE)),
            new Qualifier("protective factors named", SI_HI, Pattern.compile("reasons? for living|protective factors?|"
                    + "(?:do (?:that|this|it) to|leave|abandon) (?:my|her|his|their) (?:kids|children|family|son|daughter|wife|husband|"
                    + "mom|mother|parents)\\b|"
                    + "(?:my|her|his|their) (?:kids|children|son|daughter|family) (?:needs?|depends? on) (?:me|her|him|them)|"
                    + "(?:i have|because of|for|think of|thinking of) (?:my|her|his|their) (?:kids|children|son|daughter|family|"
                    + "husband|wife|partner|dog|cat|pets?)\\b", Pattern.CASE_INSENSITIVE)));

    private static final Pattern RISK_LEVEL = Pattern.compile("\\b((?:low|moderate|high|elevated|imminent|minimal)"
            + "(?:(?:-| to )(?:low|moderate|high))?) (?:suicide |acute |chronic )?risk\\b", Pattern.CASE_INSENSITIVE);

    /** A short answer to the clinician's question about a plan or intent: "No. No plan." */
    private static final Pattern ASKS_PLAN = Pattern.compile("\\bplans?\\b|how you would", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_WEAPONS = Pattern.compile("access to (?:any )?(?:guns?|firearms?|weapons?)|"
            + "(?:guns?|firearms?|weapons?) (?:in|at) (?:the|your) (?:home|house)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKS_INTENT = Pattern.compile("\\bintent|act on|going to do", Pattern.CASE_INSENSITIVE);

    /**
     * What the input says around a domain's mentions (in a conversation the three units before each and the eight after,
     * where the follow-up questions and their answers are; in a clinician's notes, all of them): for suicidal ideation
     * whether it is passive or active, plan and intent, history of attempts, firearms and means restriction, C-SSRS and
     * the documented level, safety plan, crisis resources and protective factors; for homicidal ideation plan, intent,
     * weapons and protective factors; for self-harm current urges and safety planning; for abuse a mandated report and
     * whether the client feels unsafe. Only what the input says; for a denied domain only what is itself a denial, and
     * history (of an attempt, of self-harm, in the family).
     */
    static List<String> qualifiers(Domain domain, Polarity overall, List<Mention> mentions, List<Unit> units) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        java.util.TreeSet<Integer> window = new java.util.TreeSet<>();
        if (mentions.stream().flatMap(m -> m.units().stream()).anyMatch(u -> u.role() == Role.NOTES)) {
            for (int j = 0; j < units.size(); j++) {
                window.add(j);
            }
        } else {
            Map<Unit, Integer> index = new java.util.IdentityHashMap<>();
            for (int j = 0; j < units.size(); j++) {
                index.put(units.get(j), j);
            }
            for (Mention m : mentions) {
                for (Unit u : m.units()) {
                    int i = index.getOrDefault(u, -1);
                    for (int j = Math.max(0, i - 3); i >= 0 && j <= Math.min(units.size() - 1, i + 8); j++) {
                        window.add(j);
                    }
                }
            }
        }
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        if (domain == Domain.suicidal_ideation && overall != Polarity.denied) {
            boolean passive = mentions.stream().filter(m -> m.polarity() != Polarity.denied)
                    .anyMatch(m -> m.units().stream().anyMatch(u -> u.role() != Role.CLINICIAN && PASSIVE.matcher(u.text()).find()));
            boolean active = mentions.stream().filter(m -> m.polarity() != Polarity.denied)
                    .anyMatch(m -> m.units().stream().anyMatch(u -> u.role() != Role.CLINICIAN && ACTIVE.matcher(u.text()).find()));
            if (active) {
                found.add("active thoughts");
            } else if (passive) {
                found.add("passive (a wish to be dead or not to wake up)");
            }
        }
        for (int i : window) {
            Unit unit = units.get(i);
            if (unit.role() == Role.CLINICIAN && unit.isQuestion() && i + 1 < units.size()
                    && units.get(i + 1).role() == Role.CLIENT && NO_ANSWER.matcher(ClinicalVoice.clean(units.get(i + 1).text())).find()) {
                if (SI_HI.contains(domain) && ASKS_PLAN.matcher(unit.text()).find()) {
                    found.add("plan denied");
                }
                if (SI_HI.contains(domain) && ASKS_INTENT.matcher(unit.text()).find()) {
                    found.add("intent denied");
                }
                if (SI_HI.contains(domain) && ASKS_WEAPONS.matcher(unit.text()).find()) {
                    found.add("no access to firearms or weapons reported");
                }
            }
            if (unit.role() == Role.CLINICIAN && unit.isQuestion()) {
                continue; // a question asserts nothing
            }
            for (Qualifier q : QUALIFIERS) {
                if (q.domains().contains(domain) && q.pattern().matcher(unit.text()).find()) {
                    found.add(q.text());
                }
            }
        }
        // a denial and an endorsement of the same thing: the endorsement stands, and the denial is in the quotes
        if (found.contains("plan endorsed")) {
            found.remove("plan denied");
        }
        if (found.contains("intent endorsed")) {
            found.remove("intent denied");
        }
        if (found.contains("history of a suicide attempt") && found.contains("no history of attempts reported")) {
            found.remove("history of a suicide attempt");
        }
        if (found.contains("no access to firearms or weapons reported")) {
            found.remove("access to firearms addressed");
        }
        if (found.contains("means restriction agreed") || found.contains("firearms reported locked away")) {
            found.remove("access to firearms addressed");
        }
        if (overall == Polarity.denied || overall == Polarity.not_assessed) {
            // a denial of the present keeps what else is a denial, and the history a clinician must see with it
            found.removeIf(q -> !q.startsWith("no ") && !q.contains("history of") && !q.startsWith("exposure"));
        }
        List<String> ordered = new ArrayList<>(found.stream().filter(q -> q.startsWith("passive") || q.startsWith("active")).toList());
        QUALIFIERS.stream().map(Qualifier::text).filter(found::contains).forEach(ordered::add);
        // "pt screened low-moderate risk": the level the clinician documented, in their words
        window.stream().filter(i -> domain == Domain.suicidal_ideation).map(i -> RISK_LEVEL.matcher(units.get(i).text())).filter(Matcher::find).findFirst()
                .ifPresent(level -> ordered.add("risk level documented as " + level.group(1).toLowerCase(Locale.ROOT)));
        return List.copyOf(ordered);
    }
}

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
import java.util.Set;

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

    private record Rendered(Unit unit, String text) {
    }

    private record Placed(Unit unit, String text, String section, double score) {
    }

    /** Sentences the clinical voice wrote as plan: homework given, the next session. */
    private static final java.util.regex.Pattern PLAN_VOICE = java.util.regex.Pattern.compile(
            "^(?:Client was asked to|Client was instructed to|Next session:|[\\w.'-]+(?: [\\w.'-]+)? will (?:refer|coordinate|send|"
                    + "schedule|consult|contact|call|order|follow up|set up|fax|email))");

    /** The clinician's interpretation in session: a reflection of meaning, a thinking pattern named. */
    private static final java.util.regex.Pattern INTERPRETATION_VOICE = java.util.regex.Pattern.compile(
            "^[\\w.'-]+(?: [\\w.'-]+)? (?:reflected that|identified the thought as|thinks|believes|suspects|feels that|"
                    + "is (?:encouraged|concerned|worried|hopeful|pleased|unsure) )");

    /** Sentences that say what the clinician did in session. */
    private static final java.util.regex.Pattern INTERVENTION_VOICE = java.util.regex.Pattern.compile(
            "^(?:[\\w.'-]+(?: [\\w.'-]+)? (?:and client (?:practiced|examined|explored|reviewed|worked on|developed|completed|"
                    + "finished|did|discussed|talked about|processed|identified|made|created|used|tried|started|began)|reflected that)|"
                    + "(?:(?:This )?(?:Clinician|Therapist|Counselor|Counsellor|Writer|Provider)|We) (?:used|utili[sz]ed|provided|"
                    + "completed|administered|conducted|developed|reviewed|introduced|taught|practi[cs]ed|explored|processed|"
                    + "discussed|validated|facilitated|guided|encouraged|challenged|normali[sz]ed|assisted|educated|assessed|"
                    + "collaboratively)\\b|"
                    + "(?:Used|Utili[sz]ed|Provided|Reviewed|Introduced|Taught|Practi[cs]ed|Explored|Processed|Discussed|Validated|"
                    + "Modeled|Modelled|Facilitated|Guided|Encouraged|Challenged|Normali[sz]ed|Assisted|Role-?played|"
                    + "Collaboratively|Developed|Administered|Conducted|Psychoeducation|Psycho-education|Educated)\\b)");

    /**
     * The client, in session, saying how an intervention landed: "it's a bit lighter", "I feel a little better having
     * said it", "that makes sense", "I never thought about it like that". The response to the work (assessment in SOAP
     * and DAP), not a report of the week.
     */
    private static final java.util.regex.Pattern CLIENT_RESPONSE = java.util.regex.Pattern.compile(
            "\\b(?:(?:feels?|feeling|felt|it's|it is|that's|is) (?:a bit |a little |much |somewhat |a lot )?(?:lighter|calmer|better|"
                    + "more hopeful|less (?:heavy|scared|anxious|alone|stuck))\\b(?: now| having| after| than when| knowing| saying)|"
                    + "(?:feels?|feeling|it's|it is) (?:a bit |a little |much |somewhat )?lighter|"
                    + "more hopeful than|(?:that|it) (?:makes|made) (?:a lot of )?sense|never thought (?:about|of) it (?:like|that way)|"
                    + "didn't reali[sz]e how much|when (?:you|the therapist|she|he|they) put (?:it|that) that way|"
                    + "(?:the (?:thought|worry|fear)) (?:feels|seems) less (?:true|real|strong))",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The clinician's notes on how the client took the session: "Client was engaged and receptive", "verbalized understanding". */
    private static final java.util.regex.Pattern NOTED_RESPONSE = java.util.regex.Pattern.compile(
            "^(?:Client|She|He|They) (?:was|were|appeared|seemed|remained) (?:\\w+ )?(?:engaged|receptive|responsive|open|"
                    + "resistant|guarded|defensive|motivated|tearful but engaged)\\b|"
                    + "^(?:Client|She|He|They) (?:verbali[sz]ed|expressed|demonstrated|showed) (?:\\w+ )?(?:agreement|understanding|"
                    + "commitment|insight|willingness|motivation|improved)\\b|"
                    + "^(?:Client|She|He|They) (?:responded|was able to|were able to|tolerated)\\b");

    /** A medication named as such (a dose or a drug), not the word "medication" in "referred for medication evaluation". */
    private static final java.util.regex.Pattern DRUG = java.util.regex.Pattern.compile(
            "\\b\\d+(?:\\.\\d+)? ?(?:mg|mcg|µg|ml)\\b|\\b(?:sertraline|fluoxetine|escitalopram|citalopram|paroxetine|bupropion|"
                    + "venlafaxine|desvenlafaxine|duloxetine|mirtazapine|trazodone|quetiapine|olanzapine|risperidone|aripiprazole|"
                    + "lurasidone|lithium|lamotrigine|valproate|divalproex|hydroxyzine|buspirone|prazosin|gabapentin|naltrexone|"
                    + "adderall|methylphenidate|atomoxetine|guanfacine|lorazepam|clonazepam|alprazolam|diazepam|zolpidem|"
                    + "levothyroxine|prozac|zoloft|lexapro|wellbutrin|effexor|cymbalta|seroquel|abilify|xanax|klonopin|ativan)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The clinician's notes quoting the client: "She told the therapist \"I stayed in the store\"" is the client's report. */
    private static final java.util.regex.Pattern NOTED_QUOTE = java.util.regex.Pattern.compile(
            "^(?:Client|She|He|They) (?:said|says|told|stated|states|shared|explained|described|reported|reports)\\b[^\"“]{0,40}[\"“]");

    private static final List<String> OUTSIDERS = List.of("intervention", "plan");

    private static final List<String> SECONDARY = List.of("referral", "chief_complaint", "medication", "allergies",
            "substance");
    private static final List<String> SECONDARY_UNDER_HEADING = List.of("medication", "allergies");

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

    public NoteDocument write(Request request) {
        InputReader.Parsed input = reader.read(request.input(), request.dictation());
        if (input.words() < minimumWords) {
            throw new LowContentException(input.words(), minimumWords);
        }
        Template template = templates.template(request.type());
        ClinicalVoice voice = new ClinicalVoice(request.clinicianName(), request.pronouns());

        List<RiskScreen.Mention> mentions = riskScreen.screen(input);
        // a unit that is about risk belongs to the risk section alone; a longer one that mentions risk in passing
        // ("... no prior hospitalizations; no history of suicide attempts") stays in its own section as well
        Set<Unit> riskUnits = new HashSet<>();
        mentions.forEach(m -> m.units().stream().filter(u -> InputReader.words(u.text()) < 12).forEach(riskUnits::add));

        List<Rendered> rendered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Unit unit : input.units()) {
            if (riskUnits.contains(unit) || "risk".equals(unit.labelHint())) {
                continue;
            }
            voice.render(unit).filter(seen::add).ifPresent(text -> rendered.add(new Rendered(unit, text)));
        }
        List<float[]> vectors = classifier.embed(rendered.stream().map(Rendered::text).toList());

        // what was done and planned has no place in a template without such sections (a mental status examination):
        // such a sentence is recognised as what it is and left out, instead of being forced into a mental-status heading
        List<String> outsiders = OUTSIDERS.stream().filter(c -> template.sectionFor(c).isEmpty()).toList();
        List<String> candidates = new ArrayList<>(template.categories());
        candidates.addAll(outsiders);
        List<Placed> placed = new ArrayList<>();
        // where interventions have a section of their own (BIRP, GIRP, Standard), a reflection is one; elsewhere (SOAP,
        // DAP) what the clinician reflected or named is the clinician's interpretation, i.e. assessment
        boolean dedicatedIntervention = template.sections().stream()
                .anyMatch(s -> !s.categories().isEmpty() && s.categories().get(0).equals("intervention"));
        List<GoldenThread.Candidate> threadCandidates = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            Rendered r = rendered.get(i);
            // the clinician's own heading is authoritative; otherwise how the sentence was voiced hints at plan or intervention
            String hint = r.unit().labelHint() != null ? r.unit().labelHint()
                    : PLAN_VOICE.matcher(r.text()).find() ? "plan"
                    : INTERPRETATION_VOICE.matcher(r.text()).find() && !dedicatedIntervention ? "assessment"
                    : INTERVENTION_VOICE.matcher(r.text()).find() ? "intervention"
                    : r.unit().role() == Role.CLIENT && r.unit().topic() == null && CLIENT_RESPONSE.matcher(r.text()).find() ? "response"
                    : r.unit().role() == Role.NOTES && NOTED_RESPONSE.matcher(r.text()).find() ? "response"
                    : r.unit().role() == Role.NOTES && NOTED_QUOTE.matcher(r.text()).find() ? "presentation" : null;
            if (hint != null && !candidates.contains(hint)) {
                hint = broader(hint);
            }
            // under "Plan:", a medication change belongs to the medication plan where the template has one
            if ("plan".equals(hint) && candidates.contains("medication_plan") && templates.category("medication_plan").ruleMatches(r.text())) {
                hint = "medication_plan";
            }
            String asked = "family_social".equals(r.unit().topic()) && candidates.contains("family_history")
                    && templates.category("family_history").ruleMatches(r.text()) ? "family_history" : r.unit().topic();
            String topic = asked == null || candidates.contains(asked) ? asked : broader(asked);
            if (hint == null && r.unit().role() != Role.CLINICIAN && candidates.contains("mse_mood")
                    && templates.category("mse_mood").ruleMatches(r.text())) {
                hint = "mse_mood"; // in a mental status examination, what the client says of their mood is the stated mood
            }
            if (hint == null && topic != null && topic.startsWith("emdr_") && candidates.contains(topic)) {
                hint = topic; // the standard questions of EMDR's assessment phase have one kind of answer each
            }
            if (hint == null && ("chief_complaint".equals(topic) || "referral".equals(topic))) {
                // the answer to "What brings you in?" is the chief complaint by definition, unless it names who sent them
                hint = candidates.contains("referral") && templates.category("referral").ruleMatches(r.text()) ? "referral" : topic;
            }
            var choice = classifier.classify(r.text(), vectors.get(i), r.unit().role(), hint, topic, candidates);
            if (outsiders.contains(choice.category())) {
                threadCandidates.add(new GoldenThread.Candidate(r.text(), vectors.get(i), evidence(r.unit()), choice.category()));
                continue;
            }
            String section = template.sectionFor(choice.category()).map(Section::key).orElse(template.fallback());
            placed.add(new Placed(r.unit(), r.text(), section, choice.score()));
            // a sentence that plainly names a referral, a medication, a substance ... also goes to that section
            // (what the clinician did or planned is not also the history: "Refer to PCP" is plan, not referral source)
            boolean doneOrPlanned = List.of("plan", "intervention", "medication_plan").contains(choice.category());
            // (under the clinician's own heading only what the heading cannot have meant: a medication, an allergy)
            List<String> secondary = doneOrPlanned ? List.of() : r.unit().labelHint() == null ? SECONDARY : SECONDARY_UNDER_HEADING;
            for (String specific : secondary) {
                if (!specific.equals(choice.category()) && candidates.contains(specific)
                        && templates.category(specific).ruleMatches(r.text())
                        && (!specific.equals("medication") || DRUG.matcher(r.text()).find())) {
                    // only into a section of its own ("Medication trials", "Substance use"), not into a broad one such as
                    // SOAP's Subjective, where an assessment naming a medication would be repeated as the client's report
                    template.sectionFor(specific).filter(s -> s.categories().get(0).equals(specific)).map(Section::key)
                            .filter(key -> !key.equals(section))
                            .ifPresent(key -> placed.add(new Placed(r.unit(), r.text(), key, choice.score())));
                }
            }
            threadCandidates.add(new GoldenThread.Candidate(r.text(), vectors.get(i), evidence(r.unit()), choice.category()));
        }

        Map<String, List<NoteSentence>> bySection = new LinkedHashMap<>();
        template.sections().forEach(s -> bySection.put(s.key(), new ArrayList<>()));
        for (Section section : template.sections()) {
            placed.stream().filter(p -> p.section().equals(section.key()))
                    .sorted(Comparator.comparingDouble(p -> -p.score() - salience(p.text())))
                    .limit(input.shape() == InputReader.Shape.conversation ? maximumPerSection : Long.MAX_VALUE)
                    .sorted(Comparator.comparingInt(p -> p.unit().start()))
                    .forEach(p -> bySection.get(section.key()).add(new NoteSentence(p.text(), List.of(evidence(p.unit())))));
        }

        chiefComplaintFromPresentation(template, bySection);
        List<RiskFinding> risks = riskScreen.findings(mentions, input, request.input());
        List<PlanLink> links = request.treatmentPlan() == null || request.treatmentPlan().isBlank()
                ? List.of() : treatmentPlan(request.treatmentPlan(), threadCandidates);
        List<NoteSection> sections = sections(template, bySection, risks, links, request.treatmentPlan());
        return new NoteDocument(request.type().name(), template.title(), input.shape().name(), sections, risks, links);
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
                    + "worthless|guilt\\w*|shame|ashamed|nightmares?|flashbacks?|drink\\w*|drank|alcohol|beers?|wine|drugs?|"
                    + "weed|cannabis|pills?|medications?|(?:weeks?|months?|years?|days?|nights?|times?) (?:ago|now|a (?:week|night|day))|"
                    + "(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+) (?:weeks?|months?|years?|days?|nights?|times|hours)|"
                    + "(?:twice|every day|every night|most days|all the time)|work|job|school|mom|mother|dad|father|wife|husband|"
                    + "partner|son|daughter|kids|children|sister|brother|friends?)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static double salience(String text) {
        java.util.regex.Matcher m = SALIENT.matcher(text);
        int hits = 0;
        while (m.find() && hits < 3) {
            hits++;
        }
        return 0.04 * hits;
    }

    /**
     * A chief complaint (presenting problem) section that nothing was placed in takes the first problem the client
     * presented: the first sentence of the section holding the presentation, copied (it stays in the history too).
     */
    private static void chiefComplaintFromPresentation(Template template, Map<String, List<NoteSentence>> bySection) {
        template.sections().stream().filter(s -> s.categories().equals(List.of("chief_complaint"))).findFirst()
                .filter(chief -> bySection.get(chief.key()).isEmpty())
                .ifPresent(chief -> template.sectionFor("presentation").map(s -> bySection.get(s.key()))
                        .filter(history -> !history.isEmpty())
                        .ifPresent(history -> bySection.get(chief.key()).add(history.get(0))));
    }

    /** A heading of the notes that this template has no section for, read as the broader kind of content. */
    private static String broader(String hint) {
        if (hint.equals("mse_behaviour") || hint.equals("mse_mood") || hint.startsWith("history_") || hint.equals("substance")
                || hint.equals("medication") || hint.equals("family_social") || hint.equals("family_history") || hint.equals("chief_complaint")
                || hint.equals("referral") || hint.equals("allergies")) {
            return "presentation";
        }
        if (hint.startsWith("mse_") || hint.equals("gp_examination")) {
            return "observation";
        }
        if (hint.equals("diagnosis") || hint.equals("strengths")) {
            return "assessment";
        }
        if (hint.startsWith("emdr_")) {
            return "intervention";
        }
        return hint;
    }

    private List<PlanLink> treatmentPlan(String plan, List<GoldenThread.Candidate> candidates) {
        List<GoldenThread.PlanItem> items = goldenThread.parse(plan);
        List<float[]> vectors = classifier.embed(items.stream().map(GoldenThread.PlanItem::text).toList());
        return goldenThread.link(items, vectors, candidates);
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

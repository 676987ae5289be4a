package io.notewell.note.control;

import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.PlanLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Golden Thread: reads a treatment plan in whatever Markdown the partner sends (headings, lists,
 * bold labels), finds its goals, objectives and interventions, and links those the session touched to the
 * sentences that touched them. A plan item counts as touched when a session sentence is close to it in
 * meaning (embedding similarity) or shares its distinctive words.
 */
public final class GoldenThread {

    /** A plan item and what kind it is. */
    public record PlanItem(String kind, String text) {
    }

    /** A session sentence that may touch the plan: its words, its embedding, its evidence, its category. */
    public record Candidate(String text, float[] vector, Evidence evidence, String category) {
    }

    static final double STRONG_SIMILARITY = 0.62;
    static final double SIMILARITY_WITH_OVERLAP = 0.50;

    private static final Pattern MARKUP = Pattern.compile("^[\\s>#*+\\-•]*(?:\\d{1,2}[.)]\\s*)?|\\*\\*|__|`");
    private static final Pattern KIND = Pattern.compile(
            "\\b(goals?|problems?|objectives?|interventions?|modalit(?:y|ies)|strateg(?:y|ies)|approach(?:es)?|methods?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:long|short)[- ]term\\s+)?(?:goal|objective|intervention|problem|strategy)\\s*(?:\\d+(?:\\.\\d+)?[a-z]?|[a-z])?\\s*[:.)\\-–]\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A label line with nothing after it: what the lines below it are. */
    private static final Pattern LABEL_ONLY = Pattern.compile("^[A-Za-z][A-Za-z /()-]{0,40}:\\s*$");
    /** Lines about the plan rather than of it. */
    private static final Pattern NOT_PLAN = Pattern.compile(
            "^(?:client|patient|name|dob|date of birth|date|diagnos[ie]s|dx|icd|provider|clinician|therapist|review date|"
                    + "start date|target date|frequency|signature)\\b\\s*(?:name)?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "will", "client", "from",
            "have", "has", "was", "were", "are", "their", "they", "she", "her", "his", "him", "into", "per", "week", "weeks",
            "times", "time", "use", "using", "able", "least", "less", "more", "than", "reduce", "increase", "improve",
            "decrease", "session", "sessions", "goal", "objective", "intervention", "within", "over", "each", "daily",
            "reports", "report", "reported", "about", "what", "when", "been", "being", "also", "them", "then", "there");

    public List<PlanItem> parse(String markdown) {
        List<PlanItem> items = new ArrayList<>();
        String context = "goal";
        List<String> columns = null; // the kinds of a Markdown table's columns, from its header row
        // "## Problem 2: Depressed mood" names the goal only when no goal of its own follows ("**Goal 2:** Reduce
        // depressive symptoms."): held here, with where it would stand, until the next goal or problem says which
        PlanItem problem = null;
        int problemAt = 0;
        for (String raw : markdown.split("\\R")) {
            if (raw.isBlank()) {
                columns = null;
                continue;
            }
            if (TABLE_ROW.matcher(raw).matches()) {
                // "| Problem | Goal | Objective | Intervention |": each row is a goal, its objective and its interventions
                List<String> cells = cells(raw);
                if (cells.stream().allMatch(c -> c.matches("[\\s:-]*"))) {
                    continue; // the row under the header
                }
                if (columns == null) {
                    columns = cells.stream().map(GoldenThread::columnKind).toList();
                    continue;
                }
                for (int c = 0; c < cells.size() && c < columns.size(); c++) {
                    if (columns.get(c) != null) {
                        items.addAll(itemsOf(columns.get(c), cells.get(c)));
                    }
                }
                continue;
            }
            columns = null;
            boolean heading = raw.stripLeading().startsWith("#") || raw.strip().matches("\\*\\*[^*]+\\*\\*:?");
            String line = MARKUP.matcher(raw).replaceAll("").strip();
            Matcher kind = KIND.matcher(line);
            String lineKind = kind.find() && kind.start() < 20 ? kindOf(kind.group(1)) : null;
            if (heading) {
                if (lineKind != null) {
                    context = lineKind;
                }
                String rest = LABEL.matcher(line).replaceFirst("").strip();
                if (lineKind != null && kind.group(1).toLowerCase(Locale.ROOT).startsWith("problem")) {
                    if (problem != null) {
                        items.add(problemAt, problem);
                    }
                    // (a short "### Problem: Marital conflict" only names the problem its goal below addresses)
                    problem = rest.isEmpty() || rest.equals(line) || InputReader.words(rest) < 3 ? null
                            : itemsOf("goal", rest).stream().findFirst().orElse(null);
                    problemAt = items.size();
                    continue;
                }
                // "## Goal 2: Improve sleep" names its goal after the label; a bare "## Goals and objectives" heads a list
                boolean labelled = !rest.equals(line);
                if (lineKind == null || rest.isEmpty() || InputReader.words(rest) < (labelled ? 1 : 3)) {
                    continue;
                }
                line = rest;
            } else if (lineKind != null && LABEL_ONLY.matcher(line).matches()) {
                context = lineKind; // "Short-term objectives:" over the list below it
                continue;
            } else if (NOT_PLAN.matcher(line).lookingAt()) {
                continue; // "Client: J.D.  Diagnosis: F33.1 ..." describes the plan, it is not part of it
            } else {
                line = LABEL.matcher(line).replaceFirst("").strip();
            }
            if (InputReader.words(line) < 2 && !(lineKind != null && line.contains(","))) {
                continue;
            }
            List<PlanItem> of = itemsOf(lineKind != null ? lineKind : context, line);
            if (problem != null && of.stream().anyMatch(item -> item.kind().equals("goal"))) {
                problem = null; // the problem's own goal
            }
            items.addAll(of);
        }
        if (problem != null) {
            items.add(problemAt, problem);
        }
        // the same item twice adds nothing; a plan of more items than any real one is read up to that many
        return items.stream().distinct().limit(MAXIMUM_ITEMS).toList();
    }

    /**
     * The items of one line or table cell of {@code kind}. "Interventions: behavioral activation; safety planning; EMDR":
     * each is an item of its own (not inside parentheses: "CBT for GAD (worry logs, scheduled worry time,
     * decatastrophizing)" is one item).
     */
    private static List<PlanItem> itemsOf(String kind, String line) {
        String separators = kind.equals("intervention")
                ? "\\s*[;,]\\s*(?:and\\s+)?(?![^()]*\\))|\\s+and\\s+(?=[^,;]*$)(?![^()]*\\))" : "\\s*;\\s*(?![^()]*\\))";
        List<PlanItem> items = new ArrayList<>();
        for (String part : line.replaceAll("[*_`]", "").split(separators)) {
            String item = part.strip().replaceAll("[;,]+$", "");
            if (!item.isEmpty() && (InputReader.words(item) >= 2 || kind.equals("intervention"))) {
                items.add(new PlanItem(kind, Character.toUpperCase(item.charAt(0)) + item.substring(1)));
            }
        }
        return items;
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - 1);
        return java.util.Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    /** A table column's kind from its header ("Goal", "Short-term objectives", "Interventions"); a problem or a date names none. */
    private static String columnKind(String header) {
        Matcher kind = KIND.matcher(header);
        if (!kind.find() || kind.group(1).toLowerCase(Locale.ROOT).startsWith("problem")) {
            return null;
        }
        return kindOf(kind.group(1));
    }

    /** More goals, objectives and interventions than a real treatment plan holds (each is embedded once per note). */
    static final int MAXIMUM_ITEMS = 300;

    private static String kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("objective")) {
            return "objective";
        }
        if (w.startsWith("goal") || w.startsWith("problem")) {
            return "goal";
        }
        return "intervention";
    }

    /** The plan items the session touched, in plan order, each with up to two sentences of evidence. */
    public List<PlanLink> link(List<PlanItem> items, List<float[]> itemVectors, List<Candidate> candidates) {
        PlanLink[] byItem = new PlanLink[items.size()];
        Map<Candidate, Set<String>> candidateWords = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            Set<String> itemWords = contentWords(item.text());
            float[] itemVector = itemVectors.get(i);
            List<Candidate> eligible = item.kind().equals("intervention")
                    // (and the homework set: "Client was asked to schedule one activity every morning" is behavioral activation)
                    ? candidates.stream().filter(c -> "intervention".equals(c.category()) || "response".equals(c.category())
                            || "plan".equals(c.category()) && c.text().startsWith("Client was asked to")).toList()
                    : candidates;
            List<Candidate> touching = eligible.stream()
                    .filter(c -> touches(itemWords, itemVector, item.kind().equals("intervention"), c, candidateWords))
                    .sorted(Comparator.comparingDouble((Candidate c) -> -SectionClassifier.cosine(itemVector, c.vector())))
                    .limit(2).toList();
            if (!touching.isEmpty()) {
                byItem[i] = new PlanLink(item.kind(), item.text(), touching.stream().map(Candidate::evidence).toList());
            }
        }
        // an objective worked on is work toward the goal it serves (the objectives under a goal, up to the next goal)
        for (int goal = 0; goal < items.size(); goal++) {
            if (byItem[goal] != null || !items.get(goal).kind().equals("goal")) {
                continue;
            }
            for (int j = goal + 1; j < items.size() && !items.get(j).kind().equals("goal"); j++) {
                if (byItem[j] != null && items.get(j).kind().equals("objective")) {
                    byItem[goal] = new PlanLink("goal", items.get(goal).text(), byItem[j].evidence());
                    break;
                }
            }
        }
        return java.util.Arrays.stream(byItem).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The therapies clinicians write by their initials: "Used MI to explore ambivalence", "continue BA". One pattern, so
     * that the longer initials win ("TF-CBT" before "CBT") and a sentence is read once; "CPT 90837" is a billing code.
     */
    private static final Map<String, String> INITIALS = Map.ofEntries(
            Map.entry("TF-CBT", "trauma focused cognitive behavioral therapy"), Map.entry("CBT-I", "cognitive behavioral therapy"),
            Map.entry("CBT", "cognitive behavioral therapy"), Map.entry("MI", "motivational interviewing"),
            Map.entry("BA", "behavioral activation"), Map.entry("DBT", "dialectical behavior therapy skills"),
            Map.entry("ACT", "acceptance commitment therapy"), Map.entry("PE", "prolonged exposure"),
            Map.entry("CPT", "cognitive processing therapy"), Map.entry("ERP", "exposure response prevention"),
            Map.entry("IPT", "interpersonal therapy"), Map.entry("PST", "problem solving therapy"),
            Map.entry("SFBT", "solution focused brief therapy"), Map.entry("PMR", "progressive muscle relaxation"),
            // "call me or 988" and "use crisis resources"
            Map.entry("988", "crisis line"));
    private static final Pattern INITIALS_WRITTEN = Pattern.compile(
            "\\b(?:TF-CBT|CBT-I|CBT|MI|BA|DBT|ACT|PE|CPT(?!\\s*(?:code|\\d))|ERP|IPT|PST|SFBT|PMR|988)\\b");
    /**
     * What defusion does, in the words of the session: "I'm having the thought that ...", "leaves on a stream", "thank your
     * mind", "put a little phrase in front of it" (a plan names the technique, the clinician rarely does).
     */
    private static final Pattern DEFUSION_DONE = Pattern.compile("(?i)\\b(?:having the thought that|leaves on (?:a|the) stream|"
            + "thank(?:ing)? your mind|(?:put|putting) (?:a little |a |the |that )?phrase in front)");

    private static boolean touches(Set<String> itemWords, float[] itemVector, boolean intervention, Candidate candidate,
                                   Map<Candidate, Set<String>> candidateWords) {
        double similarity = SectionClassifier.cosine(itemVector, candidate.vector());
        Set<String> shared = new HashSet<>(itemWords);
        // a sentence's words are found once for all the plan's items
        shared.retainAll(candidateWords.computeIfAbsent(candidate, c -> contentWords(c.text())));
        if (intervention) {
            // "Sleep hygiene education" is not used where the sleep log was reviewed: an intervention is the technique, not its topic
            shared.removeAll(TOPICS);
        }
        return similarity >= STRONG_SIMILARITY
                || similarity >= SIMILARITY_WITH_OVERLAP && !shared.isEmpty()
                || shared.size() >= 2
                // "behavioral activation" and "Client was asked to schedule one activity every morning": the technique, used
                || intervention && shared.stream().anyMatch(TECHNIQUES::contains);
    }

    /** Concepts that name what a session is about, not what was done about it. */
    private static final Set<String> TOPICS = Set.of("sleep", "alcohol", "cannabis", "anxiety", "mood", "conflict", "spouse", "family");

    /**
     * Concepts that name a technique by what is done: activities scheduled, breathing paced, grounding in the senses,
     * exposures, a log kept, a lapse taken link by link as a chain.
     */
    private static final Set<String> TECHNIQUES = Set.of("activity", "breathing", "grounding", "exposure", "track", "chain", "defusion", "values");

    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        String spelled = DEFUSION_DONE.matcher(INITIALS_WRITTEN.matcher(text).replaceAll(m -> INITIALS.get(m.group())))
                .replaceAll("$0 defusion");
        for (String w : spelled.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            String concept = CONCEPTS.get(w);
            if (concept != null) {
                words.add(concept);
            } else if (w.length() >= 4 && !STOP.contains(w)) {
                String stem = stem(w);
                words.add(CONCEPTS.getOrDefault(stem, stem));
            }
        }
        return words;
    }

    /**
     * Words a plan and a session use for the same thing: a plan says "alcohol use", the client "ten beers" and "drank";
     * a plan "track", the clinician "log" and "diary". Each group is one concept when the words are compared.
     */
    private static final Map<String, String> CONCEPTS = concepts(
            "alcohol: alcohol drink drinks drank drunk drinking beer beers wine liquor booze vodka whiskey hungover hangover sober sobriety",
            "cannabis: cannabis marijuana weed joint joints smoke smoking vape vaping",
            "sleep: sleep slept sleeping insomnia nightmares bedtime",
            "anxiety: anxiety anxious panic panicky worry worries worried worrying nervous",
            "mood: mood depressed depression depressive sad sadness hopeless",
            "conflict: argue argues argued arguing argument arguments fight fights fighting conflict conflicts",
            "spouse: spouse wife husband partner marriage marital married",
            "family: family daughter son kids children child brother sister parents mother father mom dad",
            "track: track tracking tracked log logging logged diary journal journaling record recording monitor monitoring",
            "plan: plan plans planning planned",
            "trigger: trigger triggers triggered situations risky high-risk",
            "breathing: breathing breath breathe diaphragmatic",
            "grounding: grounding ground",
            "defusion: defusion defuse defusing",
            // "values clarification" and "Those sound like values you can act on"
            "values: values value valued",
            "crisis: crisis hotline helpline lifeline",
            // "restrict access to lethal means" and "My brother could keep the rifle"
            "weapon: weapon weapons firearm firearms gun guns rifle rifles pistol handgun handguns shotgun revolver ammunition ammo lethal",
            "exposure: exposure exposures hierarchy avoid avoidance avoiding",
            "activity: activity activities activation pleasant enjoyable hobbies hobby");

    private static Map<String, String> concepts(String... groups) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String group : groups) {
            String[] parts = group.split(":\\s*", 2);
            for (String word : parts[1].split("\\s+")) {
                out.put(word, parts[0]);
            }
        }
        return Map.copyOf(out);
    }

    private static String stem(String w) {
        for (String suffix : new String[]{"ing", "ies", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                String stem = w.substring(0, w.length() - suffix.length());
                // "planning" → "plan", "logged" → "log": the consonant doubled before the suffix
                int n = stem.length();
                return n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdglmnprt".indexOf(stem.charAt(n - 1)) >= 0
                        ? stem.substring(0, n - 1) : stem;
            }
        }
        return w;
    }
}

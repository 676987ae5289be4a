package io.notewell.note.control;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.control.NoteTemplates.Section;
import io.notewell.note.control.NoteTemplates.Template;
import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.PlanLink;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a model's note. The answer must be the JSON object the prompt asked for, with only the
 * template's sections ({@link Invalid} otherwise: the engine asks again). Each sentence keeps only the evidence
 * ids that exist in the input; a sentence left with none is dropped, never passed off as grounded, and a sentence
 * whose cited lines share no content word with it is kept but marked unverified for the clinician to check.
 */
public final class ModelAnswer {

    /** The answer cannot be used as it is; {@code getMessage()} says why, without quoting any content. */
    public static final class Invalid extends RuntimeException {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The checked note: sentences per section key (template order), plan links, and what was dropped or marked. */
    public record Checked(Map<String, List<NoteSentence>> sections, List<PlanLink> planLinks, int dropped, int unverified) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*```(?:json)?\\s*(.*?)\\s*```\\s*$", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("^\\s*\\[?\\s*([SP])?\\s*(\\d{1,6})\\s*]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d+");
    private static final Set<String> GENERIC = Set.of("client", "clients", "patient", "clinician", "therapist", "counselor",
            "session", "sessions", "today", "reported", "reports", "report", "stated", "states", "state", "shared", "shares",
            "described", "describes", "discussed", "discuss", "noted", "notes", "indicated", "indicates", "expressed",
            "expresses", "explained", "mentioned", "during", "about", "their", "there", "these", "those", "which", "would",
            "could", "should", "having", "being", "been", "were", "with", "that", "this", "from", "into", "they", "them",
            "also", "when", "what", "while", "then", "than", "some", "more", "most", "other", "over", "very", "will", "made",
            "reviewed", "addressed", "explored", "provided", "continued", "continue", "further");

    private ModelAnswer() {
    }

    public static Checked read(String content, Template template, List<Unit> units, List<GoldenThread.PlanItem> plan) {
        if (content == null || content.isBlank()) {
            throw new Invalid("the answer has no content");
        }
        Matcher fenced = FENCE.matcher(content);
        String json = fenced.matches() ? fenced.group(1) : content.strip();
        JsonObject root;
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid("the answer is JSON but not an object");
            }
            root = value.asJsonObject();
        } catch (JsonException notJson) {
            throw new Invalid("the answer is not valid JSON");
        }
        JsonArray sections = array(root, "sections");
        if (sections == null) {
            throw new Invalid("the answer has no \"sections\" list");
        }
        Set<String> keys = new LinkedHashSet<>(template.sections().stream().map(Section::key).toList());
        Map<String, List<NoteSentence>> bySection = new LinkedHashMap<>();
        keys.forEach(k -> bySection.put(k, new ArrayList<>()));
        int dropped = 0;
        int unverified = 0;
        for (JsonValue entry : sections) {
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Invalid("an entry of \"sections\" is not an object");
            }
            JsonObject section = entry.asJsonObject();
            String key = string(section, "key");
            if (key == null || !keys.contains(key)) {
                throw new Invalid("section " + (key == null ? "without a key" : "\"" + abbreviate(key) + "\"")
                        + " is not one of this template's: " + String.join(", ", keys));
            }
            JsonArray sentences = array(section, "sentences");
            if (sentences == null) {
                throw new Invalid("section \"" + key + "\" has no \"sentences\" list");
            }
            for (JsonValue s : sentences) {
                if (s.getValueType() != JsonValue.ValueType.OBJECT || string(s.asJsonObject(), "text") == null) {
                    throw new Invalid("a sentence of section \"" + key + "\" is not an object with a \"text\"");
                }
                String text = string(s.asJsonObject(), "text").strip();
                if (text.isEmpty()) {
                    continue;
                }
                List<Unit> cited = cited(s.asJsonObject(), 'S', units);
                if (cited.isEmpty()) {
                    dropped++;
                    continue;
                }
                boolean supported = supported(text, cited);
                if (!supported) {
                    unverified++;
                }
                bySection.get(key).add(new NoteSentence(text, cited.stream().map(ExtractiveNoteEngine::evidence).toList(), !supported));
            }
        }
        List<PlanLink> links = new ArrayList<>();
        JsonArray planAnswer = array(root, "treatmentPlan");
        if (planAnswer != null) {
            Set<Integer> linked = new HashSet<>();
            for (JsonValue value : planAnswer) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                Integer item = index(value.asJsonObject().get("item"), 'P', plan.size());
                List<Unit> cited = cited(value.asJsonObject(), 'S', units);
                if (item == null || cited.isEmpty() || !linked.add(item)) {
                    continue;
                }
                GoldenThread.PlanItem planItem = plan.get(item);
                links.add(new PlanLink(planItem.kind(), planItem.text(), cited.stream().map(ExtractiveNoteEngine::evidence).toList()));
            }
        }
        return new Checked(bySection, links, dropped, unverified);
    }

    /** The input units an answer entry cites, in input order; ids that point nowhere are left out. */
    private static List<Unit> cited(JsonObject entry, char prefix, List<Unit> units) {
        JsonValue evidence = entry.get("evidence");
        List<JsonValue> ids = evidence == null ? List.of()
                : evidence.getValueType() == JsonValue.ValueType.ARRAY ? evidence.asJsonArray() : List.of(evidence);
        Set<Integer> found = new java.util.TreeSet<>();
        for (JsonValue id : ids) {
            Integer index = index(id, prefix, units.size());
            if (index != null) {
                found.add(index);
            }
        }
        return found.stream().map(units::get).toList();
    }

    /** "S3", "s3", "[S3]", "3" or 3 → index 2, when within {@code size}; anything else → null. */
    private static Integer index(JsonValue id, char prefix, int size) {
        if (id == null) {
            return null;
        }
        long number;
        if (id instanceof JsonNumber n && n.isIntegral()) {
            number = n.longValue();
        } else if (id instanceof JsonString s) {
            Matcher m = ID.matcher(s.getString());
            if (!m.matches() || (m.group(1) != null && Character.toUpperCase(m.group(1).charAt(0)) != prefix)) {
                return null;
            }
            number = Long.parseLong(m.group(2));
        } else {
            return null;
        }
        return number >= 1 && number <= size ? (int) number - 1 : null;
    }

    /**
     * Whether the cited lines hold the sentence up at all: at least one content word of the sentence (by its first
     * five letters, so that "denied" meets "denies") occurs in them. Deliberately lenient: it catches citations
     * that point at unrelated lines, not paraphrase.
     */
    static boolean supported(String sentence, List<Unit> cited) {
        Set<String> evidence = new HashSet<>();
        cited.forEach(u -> evidence.addAll(stems(u.text())));
        Set<String> claimed = stems(sentence);
        if (claimed.isEmpty()) {
            return true;
        }
        return claimed.stream().anyMatch(evidence::contains);
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (Character.isDigit(word.charAt(0))) {
                out.add(word);
            } else if (word.length() >= 4 && !GENERIC.contains(word)) {
                out.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return out;
    }

    private static JsonArray array(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : null;
    }

    private static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static String abbreviate(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}

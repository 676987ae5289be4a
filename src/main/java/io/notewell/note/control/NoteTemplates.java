package io.notewell.note.control;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.session.entity.SessionType;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The note templates of every session type and the categories the engine recognises, read from
 * {@code templates.json}: adding a type means adding a definition there, not a class.
 */
public final class NoteTemplates {

    static final String RESOURCE = "io/notewell/note/templates.json";

    /** A section of a template and the categories of content it holds. */
    public record Section(String key, String title, List<String> categories) {
    }

    /**
     * A template: its sections in order, where unplaced content and risk go, and what the note calls the person seen
     * ("client"; a general practice note says "patient").
     */
    public record Template(SessionType type, String title, List<Section> sections, String fallback, String riskSection,
                           boolean couple, String person) {
        public Optional<Section> sectionFor(String category) {
            return sections.stream().filter(s -> s.categories().contains(category)).findFirst();
        }

        public List<String> categories() {
            return sections.stream().flatMap(s -> s.categories().stream()).distinct().toList();
        }
    }

    /** A category of content: prototype sentences for the embedding model and high-precision rules. */
    public record Category(String name, List<String> prototypes, List<Pattern> rules) {
        public boolean ruleMatches(String sentence) {
            return rules.stream().anyMatch(rule -> rule.matcher(sentence).find());
        }
    }

    private final Map<SessionType, Template> templates;
    private final Map<String, Category> categories;

    private NoteTemplates(Map<SessionType, Template> templates, Map<String, Category> categories) {
        this.templates = templates;
        this.categories = categories;
    }

    public static NoteTemplates load() {
        try (InputStream in = NoteTemplates.class.getClassLoader().getResourceAsStream(RESOURCE);
             JsonReader reader = JSON.createReader(in)) {
            JsonObject root = reader.readObject();
            Map<String, Category> categories = new LinkedHashMap<>();
            root.getJsonObject("categories").forEach((name, value) -> {
                JsonObject c = value.asJsonObject();
                categories.put(name, new Category(name, strings(c, "prototypes"),
                        strings(c, "rules").stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList()));
            });
            Map<SessionType, Template> templates = new EnumMap<>(SessionType.class);
            root.getJsonObject("templates").forEach((name, value) -> {
                JsonObject t = value.asJsonObject();
                List<Section> sections = new ArrayList<>();
                t.getJsonArray("sections").forEach(s -> {
                    JsonObject section = s.asJsonObject();
                    List<String> wanted = strings(section, "categories");
                    wanted.forEach(c -> {
                        if (!categories.containsKey(c)) {
                            throw new IllegalStateException("template " + name + " names unknown category " + c);
                        }
                    });
                    sections.add(new Section(section.getString("key"), section.getString("title"), wanted));
                });
                String risk = t.getString("riskSection", sections.stream().anyMatch(s -> s.key().equals("risk")) ? "risk" : null);
                templates.put(SessionType.valueOf(name), new Template(SessionType.valueOf(name), t.getString("title"),
                        List.copyOf(sections), t.getString("fallback"), risk, t.getBoolean("couple", false),
                        t.getString("person", "client")));
            });
            for (SessionType type : SessionType.values()) {
                if (!templates.containsKey(type)) {
                    throw new IllegalStateException("no template for session type " + type);
                }
            }
            return new NoteTemplates(templates, categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.containsKey(key)
                ? object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
    }

    public Template template(SessionType type) {
        return templates.get(type);
    }

    public Category category(String name) {
        return categories.get(name);
    }

    public Map<String, Category> categories() {
        return categories;
    }
}

package io.notewell.note.control;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.control.NoteTemplates.Section;
import io.notewell.note.control.NoteTemplates.Template;
import io.notewell.user.entity.Pronouns;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The chat-completions request for a note, built from the same template data as the built-in engine: the
 * sections with what each holds (the template's categories and a prototype sentence of each), the pronouns,
 * how the clinician is named, the treatment plan as numbered items and the input as numbered lines
 * ({@code S1}, {@code S2} ...) that every sentence of the answer must cite. The answer's shape is given as a
 * JSON schema whose section keys are the template's.
 */
public final class NotePrompt {

    /** How the answer's format is asked for: a JSON schema (OpenAI, vLLM, llama.cpp, Ollama) or plain JSON mode. */
    public enum Format { json_schema, json_object }

    private NotePrompt() {
    }

    static String unitId(int index) {
        return "S" + (index + 1);
    }

    static String planId(int index) {
        return "P" + (index + 1);
    }

    public static JsonObject request(Template template, NoteTemplates templates, List<Unit> units, InputReader.Shape shape,
                                     List<GoldenThread.PlanItem> plan, Pronouns pronouns, String clinicianName,
                                     Format format, int maxTokens) {
        return JSON.createObjectBuilder()
                .add("messages", JSON.createArrayBuilder()
                        .add(message("system", instructions(template, templates, pronouns, clinicianName, !plan.isEmpty())))
                        .add(message("user", input(template, units, shape, plan))))
                .add("temperature", 0)
                .add("max_tokens", maxTokens)
                .add("response_format", format == Format.json_schema
                        ? JSON.createObjectBuilder().add("type", "json_schema").add("json_schema", JSON.createObjectBuilder()
                        .add("name", "clinical_note").add("strict", true).add("schema", schema(template)))
                        : JSON.createObjectBuilder().add("type", "json_object"))
                .build();
    }

    static JsonObject message(String role, String content) {
        return JSON.createObjectBuilder().add("role", role).add("content", content).build();
    }

    private static String instructions(Template template, NoteTemplates templates, Pronouns pronouns, String clinicianName,
                                       boolean withPlan) {
        Pronouns p = pronouns == null ? Pronouns.NeutralThem : pronouns;
        StringBuilder out = new StringBuilder();
        out.append("You write clinical documentation for a behavioural-health clinician. Write the ").append(template.title())
                .append(" for the therapy session given by the user, as the clinician's own record.\n\nRules:\n")
                .append("- Use only what the session input says. Do not add diagnoses, history, scores, risk statements or plans that it does not contain.\n")
                .append("- Every sentence cites, in \"evidence\", the ids of the input lines it rests on (\"S1\", \"S2\" ...). ")
                .append("A sentence you cannot cite does not belong in the note.\n")
                .append("- Professional clinical voice, third person, past tense. Refer to the client as \"client\" or with the pronouns ")
                .append(p.subject()).append("/").append(p.object()).append("/").append(p.possessive())
                .append(", and to the clinician as \"").append(clinicianName == null ? "Clinician" : clinicianName).append("\".\n")
                .append("- Risk (suicidal or homicidal ideation, self-harm, abuse): state exactly what the input says, with its certainty. ")
                .append("Never write that a risk was denied unless the input says so; if it was not assessed, say nothing about it.\n")
                .append("- A section the session has nothing for gets an empty list of sentences.\n");
        if (withPlan) {
            out.append("- \"treatmentPlan\" lists the treatment-plan items (\"P1\", \"P2\" ...) that the session addressed, each with its evidence.\n");
        } else {
            out.append("- \"treatmentPlan\" is an empty list: no treatment plan was given.\n");
        }
        out.append("\nSections, in order (key: title: what it holds, e.g.):\n");
        for (Section section : template.sections()) {
            out.append("- ").append(section.key()).append(": ").append(section.title()).append(": ");
            List<String> examples = section.categories().stream().map(templates::category)
                    .filter(c -> c != null && !c.prototypes().isEmpty()).map(c -> c.prototypes().get(0)).limit(3).toList();
            out.append(String.join(" / ", section.categories()));
            if (!examples.isEmpty()) {
                out.append(" (e.g. \"").append(String.join("\"; \"", examples)).append("\")");
            }
            out.append("\n");
        }
        out.append("\nAnswer with one JSON object and nothing else: {\"sections\": [{\"key\": \"<section key>\", \"sentences\": ")
                .append("[{\"text\": \"<sentence>\", \"evidence\": [\"S3\", \"S4\"]}]}], \"treatmentPlan\": [{\"item\": \"P1\", ")
                .append("\"evidence\": [\"S5\"]}]}, one entry per section, in the order above.");
        return out.toString();
    }

    private static String input(Template template, List<Unit> units, InputReader.Shape shape, List<GoldenThread.PlanItem> plan) {
        StringBuilder out = new StringBuilder();
        out.append("Session type: ").append(template.type().name()).append("\nInput: ")
                .append(shape == InputReader.Shape.conversation ? "a conversation transcript, one utterance per line"
                        : "the clinician's own notes, one statement per line").append("\n");
        if (!plan.isEmpty()) {
            out.append("\nTreatment plan:\n");
            for (int i = 0; i < plan.size(); i++) {
                out.append("[").append(planId(i)).append("] (").append(plan.get(i).kind()).append(") ").append(plan.get(i).text()).append("\n");
            }
        }
        out.append("\nSession input:\n");
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            out.append("[").append(unitId(i)).append("] ");
            if (unit.role() != Role.NOTES && unit.speaker() != null) {
                out.append(unit.speaker()).append(unit.role() == Role.CLIENT ? " (client)" : unit.role() == Role.CLINICIAN
                        ? " (clinician)" : "").append(": ");
            }
            out.append(unit.text().replaceAll("\\s+", " ").strip()).append("\n");
        }
        return out.toString();
    }

    /** The answer's shape: section keys limited to the template's. */
    static JsonObject schema(Template template) {
        JsonArrayBuilder keys = JSON.createArrayBuilder();
        template.sections().forEach(s -> keys.add(s.key()));
        JsonObjectBuilder evidence = JSON.createObjectBuilder().add("type", "array")
                .add("items", JSON.createObjectBuilder().add("type", "string"));
        JsonObject sentence = strictObject(JSON.createObjectBuilder()
                .add("text", JSON.createObjectBuilder().add("type", "string"))
                .add("evidence", evidence), "text", "evidence");
        JsonObject section = strictObject(JSON.createObjectBuilder()
                .add("key", JSON.createObjectBuilder().add("type", "string").add("enum", keys))
                .add("sentences", JSON.createObjectBuilder().add("type", "array").add("items", sentence)), "key", "sentences");
        JsonObject planItem = strictObject(JSON.createObjectBuilder()
                .add("item", JSON.createObjectBuilder().add("type", "string"))
                .add("evidence", JSON.createObjectBuilder().add("type", "array")
                        .add("items", JSON.createObjectBuilder().add("type", "string"))), "item", "evidence");
        return strictObject(JSON.createObjectBuilder()
                .add("sections", JSON.createObjectBuilder().add("type", "array").add("items", section))
                .add("treatmentPlan", JSON.createObjectBuilder().add("type", "array").add("items", planItem)), "sections", "treatmentPlan");
    }

    private static JsonObject strictObject(JsonObjectBuilder properties, String... required) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        for (String name : required) {
            names.add(name);
        }
        return JSON.createObjectBuilder().add("type", "object").add("additionalProperties", false)
                .add("required", names).add("properties", properties).build();
    }
}

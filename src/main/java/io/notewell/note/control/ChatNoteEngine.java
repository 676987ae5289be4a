package io.notewell.note.control;

import static io.notewell.platform.Jsonp.JSON;

import io.notewell.note.control.NoteTemplates.Section;
import io.notewell.note.control.NoteTemplates.Template;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;
import io.notewell.note.entity.NoteSentence;
import io.notewell.note.entity.PlanLink;
import io.notewell.note.entity.RiskFinding;
import io.notewell.remote.control.OpenAiClient;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A note written by a large language model behind an OpenAI-compatible chat-completions API. The input is read
 * as the built-in engine reads it (the same units, so the same evidence spans); the model writes the sections;
 * {@link ModelAnswer} checks every citation. A malformed answer is asked for again, with what was wrong, up to
 * {@code attempts} times; then {@link AnswerInvalid}. The risk findings are not the model's: the deterministic
 * screen of the built-in engine (negation and certainty kept) adds them, exactly as in a built-in note.
 */
public final class ChatNoteEngine {

    public static final String NAME_PREFIX = "openai-compatible:";

    /** The model answered, but never a note that could be used. */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static final class AnswerInvalid extends RuntimeException {
        AnswerInvalid(int attempts, String reason) {
            super("The note model's answer could not be used after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
                    + ": " + reason + ".", null, false, false);
        }
    }

    /** One call to the model: the request body without the model name. */
    @FunctionalInterface
    public interface ChatModel {
        OpenAiClient.ChatAnswer complete(JsonObject request);
    }

    /** The note and what the check removed or marked. */
    public record Result(NoteDocument note, int attempts, int dropped, int unverified) {
    }

    private final NoteTemplates templates;
    private final InputReader reader;
    private final RiskScreen riskScreen = new RiskScreen();
    private final GoldenThread goldenThread = new GoldenThread();
    private final int minimumWords;
    private final int attempts;
    private final NotePrompt.Format format;
    private final int maxTokens;

    public ChatNoteEngine(NoteTemplates templates, InputReader reader, int minimumWords, int attempts, NotePrompt.Format format,
                          int maxTokens) {
        this.templates = templates;
        this.reader = reader;
        this.minimumWords = minimumWords;
        this.attempts = Math.max(1, attempts);
        this.format = format;
        this.maxTokens = maxTokens;
    }

    public Result write(ExtractiveNoteEngine.Request request, ChatModel model) {
        InputReader.Parsed input = reader.read(request.input(), request.dictation());
        if (input.words() < minimumWords) {
            throw new ExtractiveNoteEngine.LowContentException(input.words(), minimumWords);
        }
        Template template = templates.template(request.type());
        List<GoldenThread.PlanItem> plan = request.treatmentPlan() == null || request.treatmentPlan().isBlank()
                ? List.of() : goldenThread.parse(request.treatmentPlan());
        JsonObject first = NotePrompt.request(template, templates, input.units(), input.shape(), plan, request.pronouns(),
                request.clinicianName(), format, maxTokens);

        JsonObject call = first;
        String reason = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            OpenAiClient.ChatAnswer answer = model.complete(call);
            try {
                if (answer.truncated()) {
                    throw new ModelAnswer.Invalid("the answer was cut off at the token limit");
                }
                ModelAnswer.Checked checked = ModelAnswer.read(answer.content(), template, input.units(), plan);
                return new Result(assemble(request, template, input, checked), attempt, checked.dropped(), checked.unverified());
            } catch (ModelAnswer.Invalid invalid) {
                reason = invalid.getMessage();
                call = again(first, answer.content(), reason);
            }
        }
        throw new AnswerInvalid(attempts, reason);
    }

    /** The first request, the unusable answer and what was wrong with it: the model gets to correct itself. */
    private static JsonObject again(JsonObject first, String badAnswer, String reason) {
        JsonArrayBuilder messages = JSON.createArrayBuilder(first.getJsonArray("messages"));
        if (badAnswer != null && !badAnswer.isBlank()) {
            messages.add(NotePrompt.message("assistant", badAnswer.length() > 20_000 ? badAnswer.substring(0, 20_000) : badAnswer));
        }
        messages.add(NotePrompt.message("user", "That answer could not be used: " + reason
                + ". Answer again with the JSON object only, in the shape described, using only this template's section keys "
                + "and the ids of the input lines."));
        return JSON.createObjectBuilder(first).add("messages", messages).build();
    }

    private NoteDocument assemble(ExtractiveNoteEngine.Request request, Template template, InputReader.Parsed input,
                                  ModelAnswer.Checked checked) {
        // (the participants of a joint session named in the findings, as the built-in engine names them)
        Participants participants = Participants.of(input, request.type().isCouple());
        List<RiskFinding> risks = riskScreen.findings(riskScreen.screen(input, participants), input, request.input(), participants);
        return ExtractiveNoteEngine.document(request, template, input.shape().name(), checked.sections(), risks, checked.planLinks());
    }
}

package io.notewell.note.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.note.entity.Evidence;
import io.notewell.note.entity.NoteDocument;
import io.notewell.note.entity.NoteSection;
import io.notewell.note.entity.NoteSentence;
import io.notewell.remote.control.ModelRejected;
import io.notewell.remote.control.ModelUnavailable;
import io.notewell.remote.control.OpenAiClient;
import io.notewell.session.entity.SessionType;
import io.notewell.testing.FakeOpenAi;
import io.notewell.testing.FakeOpenAi.Answer;
import io.notewell.user.entity.Pronouns;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remote note engine against a local service that speaks the OpenAI wire format: the request it sends, how
 * it checks the model's evidence, how it asks again after a malformed answer, and what each failure of the
 * service becomes.
 */
class ChatNoteEngineTest {

    private static final String KEY = "sk-test-not-a-secret";
    private static FakeOpenAi service;
    private static OpenAiClient client;
    private static final NoteTemplates TEMPLATES = NoteTemplates.load();
    private static final ChatNoteEngine ENGINE = new ChatNoteEngine(TEMPLATES, new InputReader(), 140, 3,
            NotePrompt.Format.json_schema, 4096);

    @BeforeAll
    static void start() {
        service = FakeOpenAi.start(0, "clinical-notes-8b", KEY);
        client = new OpenAiClient(new OpenAiClient.Endpoint(URI.create(service.baseUrl() + "/"), "clinical-notes-8b", KEY, null,
                Duration.ofSeconds(3)), OpenAiClient.httpClient());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void reset() {
        service.reset();
    }

    private static ChatNoteEngine.Result write(String input, SessionType type, String plan) {
        return ENGINE.write(new ExtractiveNoteEngine.Request(input, type, false, Pronouns.FeminineHer, "Dr. Okafor", plan),
                client::chat);
    }

    @Test
    void the_request_carries_the_model_the_templates_sections_as_a_schema_and_no_streaming() {
        write(Engines.session("anxiety-transcript.txt"), SessionType.Birp, null);
        assertEquals(List.of(), service.violations());
        FakeOpenAi.Received request = service.received("/v1/chat/completions").get(0);
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        JsonObject body = request.json();
        assertEquals("clinical-notes-8b", body.getString("model"));
        assertFalse(body.getBoolean("stream"));
        assertEquals(0, body.getInt("temperature"));
        JsonObject format = body.getJsonObject("response_format");
        assertEquals("json_schema", format.getString("type"));
        List<String> keys = format.getJsonObject("json_schema").getJsonObject("schema").getJsonObject("properties")
                .getJsonObject("sections").getJsonObject("items").getJsonObject("properties").getJsonObject("key")
                .getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals(TEMPLATES.template(SessionType.Birp).sections().stream().map(NoteTemplates.Section::key).toList(), keys);
        String system = body.getJsonArray("messages").getJsonObject(0).getString("content");
        assertTrue(system.contains("she/her/her"), "the pronouns are in the instructions");
        assertTrue(system.contains("\"Dr. Okafor\""), "the clinician is named as the provider's noteIdentifier says");
        String user = body.getJsonArray("messages").getJsonObject(1).getString("content");
        assertTrue(user.contains("[S1] Therapist (clinician): Hi Maya"), "the input lines are numbered with their speaker");
    }

    @Test
    void a_good_answer_becomes_a_note_whose_every_sentence_points_at_the_input_line_it_came_from() {
        String input = Engines.session("anxiety-transcript.txt");
        ChatNoteEngine.Result result = write(input, SessionType.Soap, null);
        NoteDocument note = result.note();
        assertEquals(List.of("subjective", "objective", "assessment", "plan", "risk"),
                note.sections().stream().map(NoteSection::key).toList());
        assertEquals(1, result.attempts());
        assertEquals(0, result.dropped());
        long modelSentences = 0;
        for (NoteSection section : note.sections()) {
            for (NoteSentence sentence : section.sentences()) {
                // the screen's "not assessed" findings rest on the absence of a mention; every other sentence has evidence
                assertFalse(sentence.evidence().isEmpty() && !section.key().equals("risk"), "every sentence has evidence: " + sentence);
                for (Evidence e : sentence.evidence()) {
                    assertTrue(e.end() <= input.length(), "evidence lies within the input");
                }
                // the fake model copies the line it cites: the span must hold that text
                if (sentence.evidence().size() == 1 && input.substring(sentence.evidence().get(0).start(), sentence.evidence().get(0).end())
                        .contains(sentence.text().substring(0, Math.min(20, sentence.text().length())))) {
                    modelSentences++;
                }
            }
        }
        assertTrue(modelSentences > 10, "the model's sentences cite their own lines: " + modelSentences);
        assertTrue(note.risks().stream().anyMatch(r -> r.domain().equals("suicidal_ideation")),
                "risk findings come from the deterministic screen, as in a built-in note: " + note.risks());
    }

    @Test
    void a_general_practice_note_from_a_remote_engine_speaks_of_the_patient_as_a_built_in_one_does() {
        NoteDocument note = write(Engines.session("gp-anxiety-consult.txt"), SessionType.GpSoap, null).note();
        var si = note.risks().stream().filter(r -> r.domain().equals("suicidal_ideation")).findFirst().orElseThrow();
        assertTrue(si.summary().contains("patient answered"), si.summary());
        assertFalse(si.summary().contains("client answered"), si.summary());
    }

    @Test
    void evidence_that_points_nowhere_drops_the_sentence_it_was_meant_to_ground() {
        String input = Engines.session("depression-notes.txt");
        service.answer(Answer.EVIDENCE_NOWHERE);
        ChatNoteEngine.Result result = write(input, SessionType.Dap, null);
        assertTrue(result.dropped() > 0, "half the sentences cite lines that do not exist");
        ChatNoteEngine.Result honest = write(input, SessionType.Dap, null);
        int all = count(honest.note());
        assertEquals(all - result.dropped(), count(result.note()), "exactly the ungrounded sentences are gone");
    }

    @Test
    void a_malformed_answer_is_asked_for_again_with_what_was_wrong() {
        service.answer(Answer.MALFORMED);
        ChatNoteEngine.Result result = write(Engines.session("depression-notes.txt"), SessionType.Soap, null);
        assertEquals(2, result.attempts());
        List<FakeOpenAi.Received> calls = service.received("/v1/chat/completions");
        assertEquals(2, calls.size());
        var retry = calls.get(1).json().getJsonArray("messages");
        assertEquals("assistant", retry.getJsonObject(2).getString("role"), "the unusable answer is shown back");
        assertTrue(retry.getJsonObject(3).getString("content").contains("not valid JSON"), retry.getJsonObject(3).getString("content"));
    }

    @Test
    void a_section_the_template_does_not_have_makes_the_answer_unusable() {
        service.answer(Answer.UNKNOWN_SECTION);
        ChatNoteEngine.Result result = write(Engines.session("depression-notes.txt"), SessionType.Girp, null);
        assertEquals(2, result.attempts());
        String correction = service.received("/v1/chat/completions").get(1).json().getJsonArray("messages").getJsonObject(3)
                .getString("content");
        assertTrue(correction.contains("summary_of_everything") && correction.contains("not one of this template's"), correction);
    }

    @Test
    void an_answer_that_is_never_usable_ends_after_the_configured_attempts() {
        service.answerAlways(Answer.MALFORMED);
        ChatNoteEngine.AnswerInvalid invalid = assertThrows(ChatNoteEngine.AnswerInvalid.class,
                () -> write(Engines.session("depression-notes.txt"), SessionType.Soap, null));
        assertEquals(3, service.received("/v1/chat/completions").size());
        assertTrue(invalid.getMessage().contains("after 3 attempts"), invalid.getMessage());
    }

    @Test
    void the_treatment_plan_is_given_as_numbered_items_and_the_models_links_are_checked() {
        ChatNoteEngine.Result result = write(Engines.session("anxiety-transcript.txt"), SessionType.Girp,
                Engines.session("plan-anxiety.md"));
        String user = service.received("/v1/chat/completions").get(0).json().getJsonArray("messages").getJsonObject(1)
                .getString("content");
        // ("## Problem 1: Panic attacks and work-related anxiety" is no item: the goal under it is)
        assertTrue(user.contains("[P1] (goal) Reduce panic attacks to fewer than one per week."), user.substring(0, 600));
        assertFalse(user.contains("Panic attacks and work-related anxiety"), user.substring(0, 600));
        assertEquals(1, result.note().treatmentPlan().size(), "the fake model links P1 to S1");
        assertEquals("Reduce panic attacks to fewer than one per week.", result.note().treatmentPlan().get(0).item());
        assertTrue(result.note().sections().get(0).text().startsWith("Goal addressed:"), "GIRP opens with the goal it served");
    }

    @Test
    void too_little_input_is_low_content_before_any_call() {
        assertThrows(ExtractiveNoteEngine.LowContentException.class,
                () -> write("Client reports improved sleep. Denies SI.", SessionType.Soap, null));
        assertEquals(0, service.received("/v1/chat/completions").size(), "nothing is sent for a note that cannot be written");
    }

    @Test
    void a_rate_limit_is_unavailable_for_as_long_as_the_service_asks() {
        service.retryAfter(7).answer(Answer.RATE_LIMITED);
        ModelUnavailable busy = assertThrows(ModelUnavailable.Busy.class,
                () -> write(Engines.session("depression-notes.txt"), SessionType.Soap, null));
        assertEquals(Duration.ofSeconds(7), busy.retryAfter().orElseThrow());
    }

    @Test
    void a_server_error_and_a_slow_answer_are_unavailable_not_fatal() {
        service.answer(Answer.SERVER_ERROR);
        ModelUnavailable failed = assertThrows(ModelUnavailable.class,
                () -> write(Engines.session("depression-notes.txt"), SessionType.Soap, null));
        assertFalse(failed instanceof ModelUnavailable.Busy);
        assertTrue(failed.getMessage().contains("500"), failed.getMessage());

        service.slowBy(Duration.ofSeconds(6)).answer(Answer.SLOW);
        long started = System.nanoTime();
        ModelUnavailable slow = assertThrows(ModelUnavailable.class,
                () -> write(Engines.session("depression-notes.txt"), SessionType.Soap, null));
        assertTrue(slow.getMessage().contains("did not answer within 3 s"), slow.getMessage());
        assertTrue((System.nanoTime() - started) / 1_000_000 < 5_500, "the client gave up at its timeout");
    }

    @Test
    void a_request_the_service_refuses_as_such_is_rejected_for_good() {
        OpenAiClient wrongModel = new OpenAiClient(new OpenAiClient.Endpoint(URI.create(service.baseUrl()), "no-such-model", KEY,
                null, Duration.ofSeconds(3)), OpenAiClient.httpClient());
        assertThrows(ModelRejected.class, () -> ENGINE.write(new ExtractiveNoteEngine.Request(Engines.session("depression-notes.txt"),
                SessionType.Soap, false, null, null, null), wrongModel::chat));
    }

    @Test
    void a_citation_that_shares_no_word_with_its_sentence_is_kept_but_marked_unverified() {
        InputReader.Parsed input = new InputReader().read(Engines.session("depression-notes.txt"), false);
        String answer = """
                ```json
                {"sections": [{"key": "subjective", "sentences": [
                  {"text": "%s", "evidence": ["S1"]},
                  {"text": "Client was prescribed lithium by her cardiologist.", "evidence": [2]}]}],
                 "treatmentPlan": []}
                ```""".formatted(input.units().get(0).text().replace("\"", "'"));
        ModelAnswer.Checked checked = ModelAnswer.read(answer, TEMPLATES.template(SessionType.Soap), input.units(), List.of());
        List<NoteSentence> subjective = checked.sections().get("subjective");
        assertNull(subjective.get(0).unverified(), "a sentence its line supports is grounded");
        assertEquals(Boolean.TRUE, subjective.get(1).unverified());
        assertTrue(subjective.get(1).display().endsWith("[unverified: check against the session]"));
        assertNotNull(checked.sections().get("plan"), "sections the model left out are present and empty");
        assertEquals(1, checked.unverified());
    }

    private static int count(NoteDocument note) {
        return note.sections().stream().mapToInt(s -> s.sentences().size()).sum();
    }
}

package io.notewell.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client-side: a created session is processed through the queue into a note the partner can read and redo. */
@ExtendWith(ArquillianExtension.class)
class SessionProcessingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    Api.Tenant tenant;
    String provider;
    String client;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        tenant = api.newPartner();
        provider = tenant.call().body(Map.of("firstName", "Ada", "lastName", "Byron", "email", Api.unique("ada") + "@x.example",
                "noteIdentifier", "DrLastName")).post("/users/providers").then().statusCode(200).extract().path("userId");
        client = tenant.client(provider);
    }

    static String session(String name) {
        try (InputStream in = SessionProcessingIT.class.getResourceAsStream("/sessions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String create(String type, String text, String plan) {
        Map<String, Object> body = new HashMap<>(Map.of("providerUserId", provider, "clientUserId", client,
                "sessionType", type, "input", Map.of("text", Map.of("text", text))));
        if (plan != null) {
            body.put("externalTreatmentPlan", plan);
        }
        return tenant.call().body(body).post("/sessions").then().statusCode(200).extract().path("sessionId");
    }

    private JsonPath awaitEnd(String sessionId) {
        return tenant.awaitEnd(sessionId, Duration.ofSeconds(90));
    }

    @Test
    void a_conversation_becomes_a_soap_note_with_sections_in_order_risk_and_evidence() {
        String transcript = session("anxiety-transcript.txt");
        JsonPath done = awaitEnd(create("Soap", transcript, session("plan-anxiety.md")));
        assertEquals("Done", done.getString("state"));
        assertEquals("done", done.getString("progress.step"));
        assertEquals(List.of("subjective", "objective", "assessment", "plan", "risk"), done.getList("note.sections.key"));
        assertEquals("conversation", done.getString("note.inputShape"));
        assertTrue(done.getString("note.markdown").startsWith("# SOAP note"));
        assertTrue(done.getString("note.plainText").contains("Subjective:"));
        String subjective = done.getString("note.sections.find { it.key == 'subjective' }.text");
        assertTrue(subjective.contains("panic attacks"), subjective);
        assertTrue(subjective.contains("she "), "the client's pronouns are applied: " + subjective);
        assertEquals("denied", done.getString("note.risk.find { it.domain == 'suicidal_ideation' }.polarity"));
        assertEquals("not_assessed", done.getString("note.risk.find { it.domain == 'abuse' }.polarity"));
        assertTrue(done.getString("note.sections.find { it.key == 'plan' }.text").contains("Dr. Byron"),
                "the provider is named as noteIdentifier asks");
        List<Map<String, Object>> evidence = done.getList("note.sections.sentences.flatten().evidence.flatten()");
        assertFalse(evidence.isEmpty());
        for (Map<String, Object> span : evidence) {
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertTrue(0 <= start && start < end && end <= transcript.length(), "span " + span + " lies in the input");
        }
        assertTrue(done.getList("note.treatmentPlan.item").contains("Reduce panic attacks to fewer than one per week."));
    }

    @Test
    void every_sentence_of_a_section_rests_on_input_that_says_it() {
        String notes = session("depression-notes.txt");
        JsonPath done = awaitEnd(create("Dap", notes, null));
        assertEquals("Done", done.getString("state"));
        List<Map<String, Object>> sentences = done.getList("note.sections.find { it.key == 'data' }.sentences");
        assertFalse(sentences.isEmpty());
        for (Map<String, Object> sentence : sentences) {
            @SuppressWarnings("unchecked")
            Map<String, Object> span = ((List<Map<String, Object>>) sentence.get("evidence")).get(0);
            String source = notes.substring((Integer) span.get("start"), (Integer) span.get("end"));
            String firstWord = source.replaceAll("^(?i)(pt|client)\\s+", "").split("\\W+")[0].toLowerCase();
            assertTrue(sentence.get("text").toString().toLowerCase().contains(firstWord),
                    sentence.get("text") + " comes from " + source);
        }
        assertEquals("endorsed", done.getString("note.risk.find { it.domain == 'suicidal_ideation' }.polarity"));
        assertEquals("denied", done.getString("note.risk.find { it.domain == 'homicidal_ideation' }.polarity"));
    }

    @Test
    void too_little_input_ends_in_error_low_content_transcript() {
        JsonPath ended = awaitEnd(create("Soap", "Client reports poor sleep for two weeks; denies SI/HI.", null));
        assertEquals("Error", ended.getString("state"));
        assertEquals("low-content-transcript", ended.getString("error.code"));
        assertTrue(ended.getString("error.message").contains("words"));
        assertEquals("failed", ended.getString("progress.step"));
    }

    @Test
    void every_session_type_gets_its_own_template() {
        Map<String, String> firstSection = Map.of("Standard", "presentation", "Dap", "data", "Birp", "behaviour",
                "Girp", "goal", "Mse", "appearance", "Emdr", "phase", "Bps", "presenting_problem", "Intake", "referral_source",
                "PsychiatricIntake", "referral_source", "HeadwaySoap", "session_focus");
        String notes = session("depression-notes.txt");
        Map<String, String> ids = new HashMap<>();
        firstSection.keySet().forEach(type -> ids.put(type, create(type, notes, null)));
        ids.forEach((type, id) -> {
            JsonPath done = awaitEnd(id);
            assertEquals("Done", done.getString("state"), type);
            assertEquals(type, done.getString("note.template"));
            assertEquals(firstSection.get(type), done.getString("note.sections[0].key"), type);
            assertTrue(done.getList("note.sections.key").stream().anyMatch(k -> k.equals("risk") || k.equals("safety")
                    || k.equals("thought_content") || k.equals("assessment")), type + " has a risk section");
        });
    }

    @Test
    void updating_the_input_reprocesses_the_session_into_a_new_note() {
        String id = create("Soap", session("depression-notes.txt"), null);
        JsonPath first = awaitEnd(id);
        assertEquals("Done", first.getString("state"));
        tenant.call().body(Map.of("input", Map.of("text", Map.of("text", session("anxiety-transcript.txt")))))
                .put("/sessions/" + id + "/input").then().statusCode(200).body("state", equalTo("Processing"));
        JsonPath second = awaitEnd(id);
        assertEquals("Done", second.getString("state"));
        assertEquals("conversation", second.getString("note.inputShape"));
        tenant.call().get("/sessions").then().body("items.find { it.sessionId == '" + id + "' }.state", equalTo("Done"));
        tenant.call().queryParam("state", "Done").get("/sessions").then().body("items.sessionId", hasItem(id))
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("Done")));
    }

    @Test
    void update_input_is_validated_and_the_treatment_plan_cannot_be_added() {
        String id = create("Soap", session("depression-notes.txt"), null);
        awaitEnd(id);
        tenant.call().body(Map.of("input", Map.of("text", Map.of("text", " ")))).put("/sessions/" + id + "/input")
                .then().statusCode(400).body("errors.field", hasItem("input.text.text"));
        tenant.call().body(Map.of("input", Map.of("text", Map.of("text", "new notes")), "externalTreatmentPlan", "# Goals"))
                .put("/sessions/" + id + "/input").then().statusCode(400).body("errors.field", hasItem("externalTreatmentPlan"));
        tenant.call().body(Map.of("input", Map.of("recording", Map.of("recordingUrls", List.of("https://x.example/a.wav"),
                "recordingContent", "Recording")))).put("/sessions/" + id + "/input").then().statusCode(400);
        api.newPartner().call().body(Map.of("input", Map.of("text", Map.of("text", "notes"))))
                .put("/sessions/" + id + "/input").then().statusCode(404);
        tenant.call().body(Map.of("input", Map.of("text", Map.of("text", "notes"))))
                .put("/sessions/" + java.util.UUID.randomUUID() + "/input").then().statusCode(404);
    }

    @Test
    void the_note_reflects_risk_polarity_and_never_invents_a_risk() {
        String text = session("anxiety-transcript.txt");
        JsonPath done = awaitEnd(create("Standard", text, null));
        String risk = done.getString("note.sections.find { it.key == 'risk' }.text");
        assertTrue(risk.contains("Suicidal ideation: denied"), risk);
        assertFalse(risk.contains("endorsed"), risk);
        assertTrue(risk.contains("Abuse or violence: not addressed"), risk);
        assertTrue(done.getString("note.markdown").contains("## Risk assessment"));
        assertTrue(done.getString("note.markdown").contains("## Therapeutic interventions"));
        assertTrue(done.getString("note").contains("Dr. Byron") || done.getString("note.markdown").contains("Dr. Byron"));
        assertTrue(done.getString("note.markdown").length() > 200);
        assertTrue(done.getString("note.sections.find { it.key == 'presentation' }.text").length() > 50);
        assertTrue(done.getString("note.markdown").contains("panic"));
        assertTrue(done.getString("note.risk[0].summary").contains("\u201C"), "the client's answer is quoted");
        assertTrue(done.getString("note.risk[0].evidence[0].speaker") != null);
        assertTrue(done.getString("note.sections.find { it.key == 'plan' }.text").contains("thought record"));
        assertTrue(done.getString("note.sections.find { it.key == 'plan' }.text").toLowerCase().contains("next session"));
        org.hamcrest.MatcherAssert.assertThat(done.getString("note.title"), containsString("Progress note"));
    }
}

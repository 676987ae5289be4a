package io.notewell.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client-side: POST/GET /sessions as the create-session specification states it, rule by rule. */
@ExtendWith(ArquillianExtension.class)
class CreateSessionContractIT {

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
        provider = tenant.provider();
        client = tenant.client(provider);
    }

    private Map<String, Object> textRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("providerUserId", provider);
        body.put("clientUserId", client);
        body.put("sessionType", "Soap");
        body.put("input", Map.of("text", Map.of("text", "Client reports poor sleep for two weeks; denies SI/HI.")));
        return body;
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return tenant.call().body(body).post("/sessions").then();
    }

    @Test
    void text_session_is_created_with_200_and_only_a_session_id() {
        post(textRequest()).statusCode(200).contentType("application/json")
                .body("sessionId", matchesPattern("[0-9a-f-]{36}"))
                .body("size()", equalTo(1));
    }

    @Test
    void created_session_is_visible_through_get() {
        Map<String, Object> body = textRequest();
        body.put("partnerAppointmentId", "appt-42");
        body.put("date", "2025-03-14T15:00:00+01:00");
        String id = post(body).statusCode(200).extract().path("sessionId");
        tenant.call().get("/sessions/" + id).then().statusCode(200)
                .body("sessionId", equalTo(id))
                .body("state", org.hamcrest.Matchers.oneOf("Processing", "Done", "Error"))
                .body("progress.step", notNullValue())
                .body("sessionType", equalTo("Soap"))
                .body("providerUserId", equalTo(provider))
                .body("clientUserIds", equalTo(List.of(client)))
                .body("clientPronouns", equalTo("FeminineHer"))
                .body("partnerAppointmentId", equalTo("appt-42"))
                .body("date", equalTo("2025-03-14T14:00:00Z"))
                .body("sessionCreatedAt", notNullValue())
                .body("inputType", equalTo("Text"))
                .body("externalTreatmentPlan", nullValue());
    }

    @Test
    void recording_session_is_created_with_its_urls_and_content_kind() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of("recording", Map.of(
                "recordingUrls", List.of(tenant.upload(new byte[]{1}), tenant.upload(new byte[]{2})),
                "recordingContent", "DictatedNotes")));
        String id = post(body).statusCode(200).extract().path("sessionId");
        tenant.call().get("/sessions/" + id).then().statusCode(200)
                .body("inputType", equalTo("Recording")).body("recordingContent", equalTo("DictatedNotes"));
    }

    @Test
    void date_defaults_to_now() {
        String id = post(textRequest()).statusCode(200).extract().path("sessionId");
        String date = tenant.call().get("/sessions/" + id).then().extract().path("date");
        long age = java.time.Duration.between(java.time.Instant.parse(date), java.time.Instant.now()).abs().toSeconds();
        org.junit.jupiter.api.Assertions.assertTrue(age < 120, "date is about now, was " + date);
    }

    @Test
    void client_pronouns_are_used_when_there_is_no_client() {
        Map<String, Object> body = textRequest();
        body.remove("clientUserId");
        body.put("clientPronouns", "NeutralThem");
        String id = post(body).statusCode(200).extract().path("sessionId");
        tenant.call().get("/sessions/" + id).then().body("clientPronouns", equalTo("NeutralThem"))
                .body("clientUserIds", hasSize(0));
    }

    @Test
    void provider_user_id_is_required() {
        Map<String, Object> body = textRequest();
        body.remove("providerUserId");
        Api.assertInvalid(post(body), "providerUserId");
    }

    @Test
    void provider_user_id_must_be_a_uuid_not_a_partner_user_id() {
        Map<String, Object> body = textRequest();
        body.put("providerUserId", "my-own-id-17");
        Api.assertInvalid(post(body), "providerUserId");
    }

    @Test
    void unknown_provider_is_400_on_that_field() {
        Map<String, Object> body = textRequest();
        body.put("providerUserId", UUID.randomUUID().toString());
        Api.assertInvalid(post(body), "providerUserId");
    }

    @Test
    void unknown_client_is_400_on_that_field() {
        Map<String, Object> body = textRequest();
        body.put("clientUserId", UUID.randomUUID().toString());
        Api.assertInvalid(post(body), "clientUserId");
    }

    @Test
    void a_client_as_provider_is_400() {
        Map<String, Object> body = textRequest();
        body.put("providerUserId", client);
        body.remove("clientUserId");
        Api.assertInvalid(post(body), "providerUserId");
    }

    @Test
    void client_pronouns_with_client_user_id_is_400() {
        Map<String, Object> body = textRequest();
        body.put("clientPronouns", "MasculineHim");
        Api.assertInvalid(post(body), "clientPronouns");
    }

    @Test
    void unknown_pronouns_are_400_listing_the_allowed_values() {
        Map<String, Object> body = textRequest();
        body.remove("clientUserId");
        body.put("clientPronouns", "He");
        Api.assertInvalid(post(body), "clientPronouns");
        post(body).body("errors[0].message", containsString("MasculineHim, FeminineHer, NeutralThem"));
    }

    @Test
    void session_type_is_required() {
        Map<String, Object> body = textRequest();
        body.remove("sessionType");
        Api.assertInvalid(post(body), "sessionType");
    }

    @Test
    void unknown_session_type_is_400_listing_the_16_types() {
        Map<String, Object> body = textRequest();
        body.put("sessionType", "soap");
        Api.assertInvalid(post(body), "sessionType");
        post(body).body("errors[0].message", containsString("PsychiatricIntake"))
                .body("errors[0].message", containsString("HeadwaySoap"));
    }

    @Test
    void every_individual_session_type_is_accepted() {
        for (String type : List.of("Intake", "Standard", "Soap", "Dap", "Girp", "Birp", "Mse", "Emdr", "PsychiatricSoap",
                "PsychiatricIntake", "GpSoap", "Bps", "HeadwaySoap")) {
            Map<String, Object> body = textRequest();
            body.put("sessionType", type);
            post(body).statusCode(200);
        }
    }

    @Test
    void couple_session_types_are_refused_plainly() {
        for (String type : List.of("CoupleStandard", "CoupleSoap", "CoupleDap")) {
            Map<String, Object> body = textRequest();
            body.put("sessionType", type);
            post(body).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:notewell:problem:unsupported-session-type"))
                    .body("detail", containsString("Couple sessions"))
                    .body("detail", containsString("not supported yet"));
        }
    }

    @Test
    void input_is_required() {
        Map<String, Object> body = textRequest();
        body.remove("input");
        Api.assertInvalid(post(body), "input");
    }

    @Test
    void input_with_neither_recording_nor_text_is_400() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of());
        Api.assertInvalid(post(body), "input");
    }

    @Test
    void input_with_both_recording_and_text_is_400() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of("text", Map.of("text", "notes"), "recording",
                Map.of("recordingUrls", List.of("https://s.example/a.wav"), "recordingContent", "Recording")));
        Api.assertInvalid(post(body), "input");
    }

    @Test
    void blank_text_is_400() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of("text", Map.of("text", "   ")));
        Api.assertInvalid(post(body), "input.text.text");
    }

    @Test
    void recording_urls_must_not_be_empty() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of("recording", Map.of("recordingUrls", List.of(), "recordingContent", "Recording")));
        Api.assertInvalid(post(body), "input.recording.recordingUrls");
    }

    @Test
    void recording_urls_must_be_valid_absolute_urls() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of("recording", Map.of(
                "recordingUrls", List.of("https://s.example/ok.wav", "not a url", "file:///etc/passwd"),
                "recordingContent", "Recording")));
        ValidatableResponse response = post(body);
        Api.assertInvalid(response, "input.recording.recordingUrls[1]");
        response.body("errors.field", hasItem("input.recording.recordingUrls[2]"));
    }

    @Test
    void recording_content_is_required_and_enumerated() {
        Map<String, Object> body = textRequest();
        body.put("input", Map.of("recording", Map.of("recordingUrls", List.of("https://s.example/a.wav"))));
        Api.assertInvalid(post(body), "input.recording.recordingContent");
        body.put("input", Map.of("recording", Map.of("recordingUrls", List.of("https://s.example/a.wav"),
                "recordingContent", "Dictation")));
        Api.assertInvalid(post(body), "input.recording.recordingContent");
    }

    @Test
    void date_must_be_iso_8601() {
        Map<String, Object> body = textRequest();
        body.put("date", "14/03/2025");
        Api.assertInvalid(post(body), "date");
        body.put("date", "2025-03-14");
        post(body).statusCode(200);
        body.put("date", "2025-03-14T15:00:00Z");
        post(body).statusCode(200);
    }

    @Test
    void treatment_plan_up_to_100000_characters_is_accepted_and_longer_is_400() {
        Map<String, Object> body = textRequest();
        body.put("externalTreatmentPlan", "#".repeat(100_000));
        post(body).statusCode(200);
        body.put("externalTreatmentPlan", "#".repeat(100_001));
        Api.assertInvalid(post(body), "externalTreatmentPlan");
    }

    @Test
    void partner_appointment_id_longer_than_255_is_400() {
        Map<String, Object> body = textRequest();
        body.put("partnerAppointmentId", "x".repeat(256));
        Api.assertInvalid(post(body), "partnerAppointmentId");
    }

    @Test
    void several_errors_are_reported_together() {
        Map<String, Object> body = Map.of("sessionType", "Nope", "input", Map.of());
        post(body).statusCode(400).body("errors.field", hasItem("providerUserId"))
                .body("errors.field", hasItem("sessionType")).body("errors.field", hasItem("input"));
    }

    @Test
    void provider_without_access_to_the_client_is_403() {
        String otherProvider = tenant.provider();
        Map<String, Object> body = textRequest();
        body.put("providerUserId", otherProvider);
        post(body).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:forbidden"));
    }

    @Test
    void users_of_another_partner_are_403() {
        Api.Tenant other = api.newPartner();
        String theirProvider = other.provider();
        String theirClient = other.client(theirProvider);
        Map<String, Object> body = textRequest();
        body.put("providerUserId", theirProvider);
        post(body).statusCode(403).body("type", equalTo("urn:notewell:problem:forbidden"));
        body.put("providerUserId", provider);
        body.put("clientUserId", theirClient);
        post(body).statusCode(403).body("type", equalTo("urn:notewell:problem:forbidden"));
    }

    @Test
    void sessions_of_another_partner_cannot_be_read_or_listed() {
        String mine = tenant.session(provider, client);
        Api.Tenant other = api.newPartner();
        other.call().get("/sessions/" + mine).then().statusCode(404);
        other.call().get("/sessions").then().statusCode(200).body("total", equalTo(0));
        other.call().queryParam("providerUserId", provider).get("/sessions").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void unknown_session_is_404_whose_instance_is_the_absolute_request_path() {
        String id = UUID.randomUUID().toString();
        tenant.call().get("/sessions/" + id).then().statusCode(404)
                .body("type", equalTo("urn:notewell:problem:not-found"))
                .body("instance", equalTo("/sessions/" + id));
    }

    @Test
    void list_filters_by_provider_client_appointment_state_and_date_and_pages() {
        String otherProvider = tenant.provider();
        String otherClient = tenant.client(otherProvider);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = textRequest();
            body.put("date", "2025-01-0" + (i + 1) + "T10:00:00Z");
            body.put("partnerAppointmentId", "appt-" + i);
            post(body).statusCode(200);
        }
        tenant.session(otherProvider, otherClient);

        tenant.call().get("/sessions").then().body("total", equalTo(4));
        tenant.call().queryParam("providerUserId", provider).get("/sessions").then().body("total", equalTo(3))
                .body("items[0].date", equalTo("2025-01-03T10:00:00Z"));
        tenant.call().queryParam("clientUserId", otherClient).get("/sessions").then().body("total", equalTo(1));
        tenant.call().queryParam("partnerAppointmentId", "appt-1").get("/sessions").then().body("total", equalTo(1))
                .body("items[0].partnerAppointmentId", equalTo("appt-1"));
        tenant.call().queryParam("state", "InProgress").get("/sessions").then().body("total", equalTo(0));
        tenant.call().queryParam("from", "2025-01-02").queryParam("to", "2025-01-03T10:00:00Z").get("/sessions")
                .then().body("total", equalTo(1)).body("items[0].partnerAppointmentId", equalTo("appt-1"));
        tenant.call().queryParam("pageSize", "2").queryParam("page", "2").queryParam("providerUserId", provider)
                .get("/sessions").then().body("items", hasSize(1)).body("page", equalTo(2)).body("total", equalTo(3));
    }

    @Test
    void list_parameters_are_validated() {
        tenant.call().queryParam("pageSize", "500").get("/sessions").then().statusCode(400)
                .body("errors.field", hasItem("pageSize"));
        tenant.call().queryParam("page", "abc").get("/sessions").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        tenant.call().queryParam("state", "Finished").get("/sessions").then().statusCode(400)
                .body("errors.field", hasItem("state"));
        tenant.call().queryParam("from", "last week").get("/sessions").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void idempotent_retry_returns_the_first_answer_and_creates_one_session() {
        Map<String, Object> body = textRequest();
        String key = UUID.randomUUID().toString();
        String first = tenant.call().header("Idempotency-Key", key).body(body).post("/sessions").then()
                .statusCode(200).extract().path("sessionId");
        tenant.call().header("Idempotency-Key", key).body(body).post("/sessions").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("sessionId", equalTo(first));
        tenant.call().get("/sessions").then().body("total", equalTo(1));
    }

    @Test
    void same_idempotency_key_with_a_different_body_is_422() {
        Map<String, Object> body = textRequest();
        String key = UUID.randomUUID().toString();
        tenant.call().header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(200);
        body.put("sessionType", "Dap");
        tenant.call().header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:idempotency-key-reused"));
    }

    @Test
    void idempotency_keys_are_per_partner() {
        String key = UUID.randomUUID().toString();
        tenant.call().header("Idempotency-Key", key).body(textRequest()).post("/sessions").then().statusCode(200);
        Api.Tenant other = api.newPartner();
        String p = other.provider();
        String c = other.client(p);
        other.call().header("Idempotency-Key", key).body(Map.of("providerUserId", p, "clientUserId", c,
                "sessionType", "Dap", "input", Map.of("text", Map.of("text", "x")))).post("/sessions").then()
                .statusCode(200).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void a_request_that_failed_validation_stores_nothing_under_its_key() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = textRequest();
        body.put("clientUserId", UUID.randomUUID().toString());
        tenant.call().header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(400);
        tenant.call().header("Idempotency-Key", key).body(textRequest()).post("/sessions").then().statusCode(200)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void concurrent_requests_with_one_key_create_one_session_and_the_others_get_409_or_the_replay() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = textRequest();
        List<CompletableFuture<io.restassured.response.Response>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(CompletableFuture.supplyAsync(() ->
                    tenant.call().header("Idempotency-Key", key).body(body).post("/sessions")));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var call : calls) {
            var response = call.get();
            if (response.statusCode() == 200) {
                ids.add(response.path("sessionId"));
            } else {
                assertEquals(409, response.statusCode(), response.asString());
                assertEquals("urn:notewell:problem:idempotency-key-in-use", response.path("type"));
            }
        }
        assertEquals(1, ids.size(), "every 200 carries the same session id");
        tenant.call().get("/sessions").then().body("total", equalTo(1));
    }
}

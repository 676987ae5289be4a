package io.notewell.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.notewell.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client-side: a partner registers endpoints and receives signed events from a real receiver on loopback;
 * every signature is checked with the published Standard Webhooks Java library. The server runs with a
 * short retry schedule (0s,1s,1s,2s,2s) and a 2 s timeout (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    Api.Tenant tenant;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        tenant = api.newPartner();
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private JsonPath register(String url, List<String> types) {
        Map<String, Object> body = new HashMap<>(Map.of("url", url));
        if (types != null) {
            body.put("eventTypes", types);
        }
        return tenant.call().body(body).post("/webhooks/endpoints").then().statusCode(201).extract().jsonPath();
    }

    private static String text(String name) {
        try (InputStream in = WebhooksIT.class.getResourceAsStream("/sessions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String createSession(String provider, String text) {
        return tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Soap",
                        "partnerAppointmentId", "appt-42", "input", Map.of("text", Map.of("text", text))))
                .post("/sessions").then().statusCode(200).extract().path("sessionId");
    }

    private static void verify(String secret, WebhookReceiver.Received r) throws WebhookVerificationException {
        new Webhook(secret).verify(r.body(), r.headers());
    }

    private static boolean ofType(WebhookReceiver.Received r, String type) {
        return JsonPath.from(r.body()).getString("type").equals(type);
    }

    @Test
    void a_finished_session_is_announced_with_a_thin_payload_signed_per_standard_webhooks() throws Exception {
        JsonPath endpoint = register(receiver.url("/hooks"), null);
        String secret = endpoint.getString("secret");
        assertTrue(secret.startsWith("whsec_"));
        String provider = tenant.call().body(Map.of("firstName", "Ada", "lastName", "Byron", "email", Api.unique("a") + "@x.example",
                "partnerUserId", "prov-7")).post("/users/providers").then().statusCode(200).extract().path("userId");
        String sessionId = createSession(provider, text("depression-notes.txt"));

        WebhookReceiver.Received r = receiver.await(x -> ofType(x, "session.completed"), 1, Duration.ofSeconds(60)).get(0);
        verify(secret, r);
        assertTrue(r.header("webhook-id").startsWith("msg_"));
        assertTrue(Math.abs(Long.parseLong(r.header("webhook-timestamp")) - Instant.now().getEpochSecond()) < 60);
        assertTrue(r.header("webhook-signature").startsWith("v1,"));
        assertEquals("application/json", r.header("Content-Type"));
        assertTrue(r.header("User-Agent").startsWith("Notewell"));
        JsonPath payload = JsonPath.from(r.body());
        assertEquals(sessionId, payload.getString("data.sessionId"));
        assertEquals("Done", payload.getString("data.state"));
        assertEquals("appt-42", payload.getString("data.partnerAppointmentId"));
        assertEquals("prov-7", payload.getString("data.partnerUserIds.provider"));
        Instant.parse(payload.getString("timestamp"));
        assertTrue(!r.body().contains("sleep") && !r.body().contains("note"), "no health data in the payload: " + r.body());

        WebhookReceiver.Received userCreated = receiver.await(x -> ofType(x, "user.created"), 1, Duration.ofSeconds(30)).get(0);
        verify(secret, userCreated);
        assertEquals("prov-7", JsonPath.from(userCreated.body()).getString("data.partnerUserId"));

        tenant.call().queryParam("sessionId", sessionId).get("/webhooks/deliveries").then().statusCode(200)
                .body("[0].status", equalTo("delivered")).body("[0].webhookId", equalTo(r.header("webhook-id")))
                .body("[0].eventType", equalTo("session.completed")).body("[0].lastResponseStatus", equalTo(200));
    }

    @Test
    void a_tampered_body_a_wrong_secret_or_an_old_timestamp_fails_verification() throws Exception {
        JsonPath endpoint = register(receiver.url("/hooks"), List.of("user.created"));
        tenant.provider();
        WebhookReceiver.Received r = receiver.await(x -> true, 1, Duration.ofSeconds(30)).get(0);
        String secret = endpoint.getString("secret");
        verify(secret, r);
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(r.body().replace("Provider", "Client"), r.headers()));
        assertThrows(WebhookVerificationException.class, () -> verify("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), r));
        Map<String, List<String>> old = new HashMap<>(r.headers());
        old.keySet().removeIf(k -> k.equalsIgnoreCase("webhook-timestamp"));
        old.put("webhook-timestamp", List.of(Long.toString(Instant.now().minusSeconds(3600).getEpochSecond())));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(r.body(), old));
    }

    @Test
    void a_500_is_retried_with_the_same_webhook_id_and_the_attempts_are_visible() throws Exception {
        receiver.answer(500, 503);
        JsonPath endpoint = register(receiver.url("/hooks"), List.of("user.created"));
        tenant.provider();
        List<WebhookReceiver.Received> attempts = receiver.await(x -> true, 3, Duration.ofSeconds(30));
        assertEquals(List.of(500, 503, 200), attempts.stream().map(WebhookReceiver.Received::answered).toList());
        assertEquals(1, attempts.stream().map(a -> a.header("webhook-id")).distinct().count(), "one event, one webhook-id");
        assertEquals(1, attempts.stream().map(WebhookReceiver.Received::body).distinct().count(), "the same body every time");
        for (WebhookReceiver.Received a : attempts) {
            verify(endpoint.getString("secret"), a);
        }
        awaitDelivery(endpoint.getString("endpointId"), "delivered").body("[0].attempts", equalTo(3))
                .body("[0].lastResponseStatus", equalTo(200)).body("[0].nextAttemptAt", nullValue());
    }

    private io.restassured.response.ValidatableResponse awaitDelivery(String endpointId, String status) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            var response = tenant.call().get("/webhooks/endpoints/" + endpointId + "/deliveries").then().statusCode(200);
            if (status.equals(response.extract().path("[0].status"))) {
                return response;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("delivery not " + status + ": " + response.extract().asString());
            }
            sleep(200);
        }
    }

    @Test
    void a_410_disables_the_endpoint() {
        receiver.answer(410);
        JsonPath endpoint = register(receiver.url("/gone"), List.of("user.created"));
        String id = endpoint.getString("endpointId");
        tenant.provider();
        receiver.await(x -> true, 1, Duration.ofSeconds(30));
        awaitDelivery(id, "failed").body("[0].lastResponseStatus", equalTo(410));
        tenant.call().get("/webhooks/endpoints/" + id).then().statusCode(200).body("enabled", equalTo(false))
                .body("disabledReason", equalTo("the receiver answered 410 Gone"));
        tenant.provider();
        sleep(3_000);
        assertEquals(1, receiver.received().size(), "a disabled endpoint gets nothing more");
        tenant.call().body(Map.of("enabled", true)).patch("/webhooks/endpoints/" + id).then().statusCode(200).body("enabled", equalTo(true));
        tenant.call().queryParam("since", Instant.now().minusSeconds(600).toString()).post("/webhooks/endpoints/" + id + "/resend-failed")
                .then().statusCode(200).body("resent", equalTo(1));
        List<WebhookReceiver.Received> again = receiver.await(x -> true, 2, Duration.ofSeconds(30));
        assertEquals(again.get(0).header("webhook-id"), again.get(1).header("webhook-id"), "re-sent with its original webhook-id");
    }

    @Test
    void a_receiver_slower_than_the_timeout_is_retried_and_does_not_hold_up_other_endpoints() {
        try (WebhookReceiver fast = WebhookReceiver.start()) {
            receiver.delay(Duration.ofSeconds(4));
            String slow = register(receiver.url("/slow"), List.of("user.created")).getString("endpointId");
            String quick = register(fast.url("/fast"), List.of("user.created")).getString("endpointId");
            for (int i = 0; i < 12; i++) {
                tenant.call().post("/webhooks/endpoints/" + slow + "/test").then().statusCode(202).body("webhookId", startsWith("msg_"));
            }
            Instant sent = Instant.now();
            tenant.call().post("/webhooks/endpoints/" + quick + "/test").then().statusCode(202);
            fast.await(x -> ofType(x, "ping"), 1, Duration.ofSeconds(5));
            assertTrue(Duration.between(sent, Instant.now()).toMillis() < 5_000, "the fast endpoint is served while the slow one times out");
            Instant deadline = Instant.now().plusSeconds(20);
            List<String> errors = List.of();
            while (!errors.contains("no answer within 2 s") && Instant.now().isBefore(deadline)) {
                sleep(250);
                errors = tenant.call().get("/webhooks/endpoints/" + slow + "/deliveries").then().statusCode(200).extract().path("lastError");
            }
            assertTrue(errors.contains("no answer within 2 s"), "an attempt past the timeout counts as failed: " + errors);
        }
    }

    @Test
    void events_wait_while_the_receiver_is_down_and_arrive_in_order_per_session_once_it_is_up() throws Exception {
        int port = receiver.port();
        receiver.close();
        JsonPath endpoint = register("http://127.0.0.1:" + port + "/hooks", List.of("session.completed", "session.failed"));
        String provider = tenant.provider();
        String text = text("depression-notes.txt");
        List<String> sessions = List.of(createSession(provider, text), createSession(provider, text));
        for (String id : sessions) {
            awaitState(id);
            tenant.call().body(Map.of("input", Map.of("text", Map.of("text", "Too short now.")))).put("/sessions/" + id + "/input")
                    .then().statusCode(200);
            awaitState(id);
        }
        sleep(1_500);
        try (WebhookReceiver back = WebhookReceiver.start(port)) {
            List<WebhookReceiver.Received> got = back.await(x -> true, 4, Duration.ofSeconds(60));
            for (String id : sessions) {
                List<String> types = got.stream().filter(r -> JsonPath.from(r.body()).getString("data.sessionId").equals(id))
                        .map(r -> JsonPath.from(r.body()).getString("type")).distinct().toList();
                assertEquals(List.of("session.completed", "session.failed"), types, "Done then Error, as they happened");
            }
            for (WebhookReceiver.Received r : got) {
                verify(endpoint.getString("secret"), r);
            }
        }
        tenant.call().get("/webhooks/endpoints/" + endpoint.getString("endpointId") + "/deliveries").then().statusCode(200)
                .body("findAll { it.status == 'delivered' }.size()", equalTo(4));
    }

    private void awaitState(String sessionId) {
        tenant.awaitEnd(sessionId, Duration.ofSeconds(60));
    }

    @Test
    void during_a_rotation_both_secrets_sign() throws Exception {
        JsonPath endpoint = register(receiver.url("/hooks"), List.of("user.created"));
        String old = endpoint.getString("secret");
        String fresh = tenant.call().body(Map.of("graceHours", 1)).post("/webhooks/endpoints/" + endpoint.getString("endpointId") + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");
        assertNotEquals(old, fresh);
        tenant.provider();
        WebhookReceiver.Received r = receiver.await(x -> true, 1, Duration.ofSeconds(30)).get(0);
        assertEquals(2, r.header("webhook-signature").split(" ").length);
        verify(old, r);
        verify(fresh, r);
    }

    @Test
    void endpoints_are_validated_refuse_internal_addresses_and_belong_to_their_partner() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "https://10.0.0.1/hook", "https://192.168.0.10/hook",
                "https://localhost/hook", "https://127.0.0.2/hook", "http://[::1]/hook", "ftp://example.com/hook", "file:///etc/passwd",
                "https://user:pw@example.com/hook", "not a url")) {
            Api.assertInvalid(tenant.call().body(Map.of("url", url)).post("/webhooks/endpoints").then(), "url");
        }
        Api.assertInvalid(tenant.call().body(Map.of("url", receiver.url("/x"), "eventTypes", List.of("session.exploded")))
                .post("/webhooks/endpoints").then(), "eventTypes[0]");
        String id = register(receiver.url("/x"), null).getString("endpointId");
        tenant.call().get("/webhooks/endpoints").then().statusCode(200).body("[0].secret", nullValue())
                .body("[0].eventTypes.size()", equalTo(3));
        Api.Tenant other = api.newPartner();
        other.call().get("/webhooks/endpoints/" + id).then().statusCode(404).contentType("application/problem+json");
        other.call().delete("/webhooks/endpoints/" + id).then().statusCode(404);
        tenant.call().get("/webhooks/endpoints/" + java.util.UUID.randomUUID()).then().statusCode(404);
        tenant.call().delete("/webhooks/endpoints/" + id).then().statusCode(204);
        tenant.call().get("/webhooks/endpoints/" + id).then().statusCode(404);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

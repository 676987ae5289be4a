package io.notewell.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation as a matrix: two partners, each with a provider, a client, a session, a webhook endpoint
 * with a delivery and an uploaded recording; every endpoint that takes an id is called by each partner with
 * the other's ids. The rule (README "Isolation"): an id in the path or a filter that belongs to another partner
 * is answered exactly as an id that does not exist (404, or an empty result), so nothing is read, changed or
 * revealed; an id in a create request's body that names another partner's provider or client is 403, as the
 * create-session contract specifies (an unknown one is 400). The owner's data is unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** What one partner owns. */
    record Owned(Api.Tenant tenant, String provider, String client, String session, String endpoint, String delivery,
                 String recordingUrl, String partnerUserId, String email) {
    }

    private Owned own(Api api) {
        Api.Tenant tenant = api.newPartner();
        String partnerUserId = Api.unique("ext");
        String email = Api.unique("iso") + "@clinic.example";
        String provider = tenant.call().body(Map.of("firstName", "Ada", "lastName", "Byron", "email", email,
                "partnerUserId", partnerUserId)).post("/users/providers").then().statusCode(200).extract().path("userId");
        String client = tenant.client(provider);
        String session = tenant.session(provider, client);
        String endpoint = tenant.call().body(Map.of("url", "http://127.0.0.1:9/notewell"))
                .post("/webhooks/endpoints").then().statusCode(201).extract().path("endpointId");
        tenant.call().post("/webhooks/endpoints/" + endpoint + "/test").then().statusCode(202);
        String delivery = null;
        for (int i = 0; i < 50 && delivery == null; i++) {
            List<String> ids = tenant.call().get("/webhooks/endpoints/" + endpoint + "/deliveries").then().statusCode(200)
                    .extract().path("deliveryId");
            delivery = ids.isEmpty() ? null : ids.get(0);
        }
        assertNotNull(delivery, "the test event has a delivery to probe");
        String recordingUrl = tenant.upload(new byte[]{1, 2, 3, 4});
        return new Owned(tenant, provider, client, session, endpoint, delivery, recordingUrl, partnerUserId, email);
    }

    /** One probe: a name and how to call it as {@code caller} against {@code target}'s ids. */
    record Probe(String name, BiFunction<RequestSpecification, Owned, Response> call) {
    }

    private static final Map<String, Object> TEXT = Map.of("text", Map.of("text", "Client reports poor sleep."));

    static List<Probe> pathProbes() {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("GET /users/{provider}", (c, t) -> c.get("/users/" + t.provider())));
        probes.add(new Probe("GET /users/{client}", (c, t) -> c.get("/users/" + t.client())));
        probes.add(new Probe("GET /users?partnerUserId", (c, t) -> c.queryParam("partnerUserId", t.partnerUserId()).get("/users")));
        probes.add(new Probe("GET /sessions/{id}", (c, t) -> c.get("/sessions/" + t.session())));
        probes.add(new Probe("PUT /sessions/{id}/input", (c, t) -> c.body(Map.of("input", TEXT)).put("/sessions/" + t.session() + "/input")));
        probes.add(new Probe("GET /webhooks/endpoints/{id}", (c, t) -> c.get("/webhooks/endpoints/" + t.endpoint())));
        probes.add(new Probe("PATCH /webhooks/endpoints/{id}", (c, t) -> c.body(Map.of("url", "https://evil.example.com/x"))
                .patch("/webhooks/endpoints/" + t.endpoint())));
        probes.add(new Probe("DELETE /webhooks/endpoints/{id}", (c, t) -> c.delete("/webhooks/endpoints/" + t.endpoint())));
        probes.add(new Probe("POST .../rotate-secret", (c, t) -> c.body(Map.of()).post("/webhooks/endpoints/" + t.endpoint() + "/rotate-secret")));
        probes.add(new Probe("POST .../test", (c, t) -> c.post("/webhooks/endpoints/" + t.endpoint() + "/test")));
        probes.add(new Probe("GET .../deliveries", (c, t) -> c.get("/webhooks/endpoints/" + t.endpoint() + "/deliveries")));
        probes.add(new Probe("POST .../deliveries/{id}/resend", (c, t) -> c.post("/webhooks/endpoints/" + t.endpoint()
                + "/deliveries/" + t.delivery() + "/resend")));
        probes.add(new Probe("POST .../resend-failed", (c, t) -> c.post("/webhooks/endpoints/" + t.endpoint() + "/resend-failed")));
        return probes;
    }

    /** The same owned set with every id replaced by one that exists nowhere. */
    static Owned ghost(Owned real) {
        String none = UUID.randomUUID().toString();
        return new Owned(real.tenant(), none, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), real.recordingUrl(), Api.unique("nobody"),
                Api.unique("nobody") + "@clinic.example");
    }

    @Test
    void every_endpoint_answers_another_partners_ids_exactly_as_ids_that_do_not_exist() {
        Api api = new Api(base);
        Owned a = own(api);
        Owned b = own(api);
        int probes = 0;
        for (Owned[] pair : new Owned[][]{{a, b}, {b, a}}) {
            Owned caller = pair[0];
            Owned target = pair[1];
            for (Probe probe : pathProbes()) {
                Response foreign = probe.call().apply(caller.tenant().call(), target);
                Response missing = probe.call().apply(caller.tenant().call(), ghost(target));
                assertEquals(missing.statusCode(), foreign.statusCode(), probe.name() + ": another partner's id answers differently "
                        + "from an id that does not exist: " + foreign.asString());
                assertEquals(404, foreign.statusCode(), probe.name() + ": " + foreign.asString());
                assertEquals("application/problem+json", foreign.contentType().split(";")[0], probe.name());
                assertEquals(missing.jsonPath().getString("type"), foreign.jsonPath().getString("type"), probe.name());
                probes++;
            }
            // filters: another partner's ids select nothing
            caller.tenant().call().queryParam("providerUserId", target.provider()).get("/sessions").then().statusCode(200)
                    .body("total", equalTo(0));
            caller.tenant().call().queryParam("clientUserId", target.client()).get("/sessions").then().statusCode(200)
                    .body("total", equalTo(0));
            caller.tenant().call().queryParam("sessionId", target.session()).get("/webhooks/deliveries").then().statusCode(200)
                    .body("size()", equalTo(0));
            caller.tenant().call().body(Map.of("email", target.email())).post("/users/check").then().statusCode(200)
                    .body("exists", equalTo(false));
            // bodies: another partner's provider or client is 403 (the contract), an unknown one 400
            caller.tenant().call().body(Map.of("providerUserId", target.provider(), "clientPronouns", "FeminineHer",
                    "sessionType", "Soap", "input", TEXT)).post("/sessions").then().statusCode(403);
            caller.tenant().call().body(Map.of("providerUserId", caller.provider(), "clientUserId", target.client(),
                    "sessionType", "Soap", "input", TEXT)).post("/sessions").then().statusCode(403);
            caller.tenant().call().body(Map.of("therapistUserId", target.provider(), "firstName", "Sam", "lastName", "Rivera"))
                    .post("/users/clients").then().statusCode(403);
            // another partner's uploaded recording cannot be named
            Api.assertInvalid(caller.tenant().call().body(Map.of("providerUserId", caller.provider(), "clientPronouns", "FeminineHer",
                    "sessionType", "Soap", "input", Map.of("recording", Map.of("recordingUrls", List.of(target.recordingUrl()),
                            "recordingContent", "Recording")))).post("/sessions").then(), "input.recording.recordingUrls[0]");
            // lists hold only the caller's own
            List<String> endpoints = caller.tenant().call().get("/webhooks/endpoints").then().statusCode(200).extract().path("endpointId");
            assertEquals(List.of(caller.endpoint()), endpoints);
            List<String> sessions = caller.tenant().call().get("/sessions").then().statusCode(200).extract().path("items.sessionId");
            assertTrue(sessions.stream().noneMatch(s -> s.equals(target.session())), "no foreign session listed");
        }
        assertEquals(2 * pathProbes().size(), probes);
        // nothing of the owners changed
        for (Owned owner : List.of(a, b)) {
            owner.tenant().call().get("/webhooks/endpoints/" + owner.endpoint()).then().statusCode(200)
                    .body("url", equalTo("http://127.0.0.1:9/notewell"));
            owner.tenant().call().get("/sessions/" + owner.session()).then().statusCode(200).body("providerUserId", equalTo(owner.provider()));
            owner.tenant().call().get("/users/" + owner.client()).then().statusCode(200);
        }
    }
}

package io.notewell.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.notewell.testing.OperatorKeys;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client-side: operator endpoints under MP-JWT, API key life cycle, and partner JWT tokens. */
@ExtendWith(ArquillianExtension.class)
class PartnerAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void operator_creates_a_partner_and_a_key_that_is_shown_once() {
        String partnerId = api.operator().body(Map.of("name", "Acme EHR")).post("/admin/partners").then()
                .statusCode(201).header("Location", notNullValue())
                .body("name", equalTo("Acme EHR")).extract().path("partnerId");
        String key = api.operator().body(Map.of("name", "production")).post("/admin/partners/" + partnerId + "/api-keys")
                .then().statusCode(201)
                .body("key", matchesPattern("nw_[a-z0-9]{10}_[A-Za-z0-9_-]{43}"))
                .body("prefix", notNullValue()).extract().path("key");
        api.operator().get("/admin/partners/" + partnerId + "/api-keys").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0]", not(hasKey("key")))
                .body("[0].prefix", equalTo(key.substring(0, 13)))
                .body("[0].active", equalTo(true));
        api.as(key).get("/sessions").then().statusCode(200);
    }

    @Test
    void operator_endpoints_refuse_api_keys_missing_tokens_and_tokens_outside_the_admin_group() {
        Api.Tenant tenant = api.newPartner();
        tenant.call().body(Map.of("name", "x")).post("/admin/partners").then().statusCode(401)
                .contentType("application/problem+json");
        api.anonymous().body(Map.of("name", "x")).post("/admin/partners").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        api.as(OperatorKeys.token("someone", List.of("support"), Map.of())).body(Map.of("name", "x"))
                .post("/admin/partners").then().statusCode(403).body("type", equalTo("urn:notewell:problem:forbidden"));
    }

    @Test
    void tokens_with_a_wrong_issuer_or_signature_are_401() {
        String token = OperatorKeys.adminToken();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        api.as(tampered).get("/admin/partners").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void partner_creation_is_validated() {
        api.operator().body(Map.of("name", " ")).post("/admin/partners").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void keys_of_an_unknown_partner_are_404() {
        api.operator().body(Map.of()).post("/admin/partners/" + UUID.randomUUID() + "/api-keys").then().statusCode(404);
    }

    @Test
    void a_revoked_key_fails_at_once_and_other_keys_keep_working() {
        Api.Tenant tenant = api.newPartner();
        String second = api.operator().body(Map.of("name", "second"))
                .post("/admin/partners/" + tenant.partnerId() + "/api-keys").then().statusCode(201).extract().path("key");
        tenant.call().get("/sessions").then().statusCode(200);
        String keyId = api.operator().get("/admin/partners/" + tenant.partnerId() + "/api-keys").then()
                .extract().path("find { it.prefix == '" + tenant.key().substring(0, 13) + "' }.keyId");
        api.operator().delete("/admin/partners/" + tenant.partnerId() + "/api-keys/" + keyId).then().statusCode(200)
                .body("active", equalTo(false)).body("revokedAt", notNullValue());
        tenant.call().get("/sessions").then().statusCode(401).body("type", equalTo("urn:notewell:problem:invalid-api-key"));
        api.as(second).get("/sessions").then().statusCode(200);
    }

    @Test
    void a_key_with_a_right_prefix_and_a_wrong_secret_is_401() {
        Api.Tenant tenant = api.newPartner();
        String forged = tenant.key().substring(0, 14) + "B".repeat(43);
        api.as(forged).get("/sessions").then().statusCode(401);
    }

    @Test
    void a_partner_jwt_with_the_partner_claim_acts_as_that_partner() {
        Api.Tenant tenant = api.newPartner();
        String provider = tenant.provider();
        String token = OperatorKeys.partnerToken(tenant.partnerId());
        api.as(token).get("/users/" + provider).then().statusCode(200).body("userId", equalTo(provider));
        Api.Tenant other = api.newPartner();
        api.as(OperatorKeys.partnerToken(other.partnerId())).get("/users/" + provider).then().statusCode(404);
    }

    @Test
    void a_jwt_without_a_known_partner_is_401_on_partner_endpoints() {
        api.as(OperatorKeys.partnerToken(UUID.randomUUID().toString())).get("/sessions").then().statusCode(401);
        api.as(OperatorKeys.token("nobody", List.of("partner"), Map.of())).get("/sessions").then().statusCode(401);
    }

    @Test
    void partners_are_listed_for_the_operator() {
        Api.Tenant tenant = api.newPartner();
        api.operator().get("/admin/partners").then().statusCode(200).body("partnerId", hasItem(tenant.partnerId()));
    }
}

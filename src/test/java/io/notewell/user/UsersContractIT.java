package io.notewell.user;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client-side: providers, clients, lookups, duplicates, isolation and the rate limit of the user endpoints. */
@ExtendWith(ArquillianExtension.class)
class UsersContractIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    Api.Tenant tenant;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        tenant = api.newPartner();
    }

    private Map<String, Object> provider() {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Grace");
        body.put("lastName", "Hopper");
        body.put("email", Api.unique("grace") + "@clinic.example");
        return body;
    }

    private ValidatableResponse createProvider(Map<String, Object> body) {
        return tenant.call().body(body).post("/users/providers").then();
    }

    @Test
    void provider_is_created_with_every_field_of_the_contract() {
        Map<String, Object> body = provider();
        body.put("partnerUserId", Api.unique("ext"));
        body.put("phoneNumber", "555 0100");
        body.put("phoneCountryCode", "+1");
        body.put("locale", "en-US");
        body.put("defaultSessionType", "Dap");
        body.put("nationalProviderIdentifier", "1234567893");
        body.put("therapyLicence", "LMFT 12345");
        body.put("noteIdentifier", "DrLastName");
        createProvider(body).statusCode(200)
                .body("userId", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("Provider"))
                .body("partnerUserId", equalTo(body.get("partnerUserId")))
                .body("email", equalTo(body.get("email")))
                .body("defaultSessionType", equalTo("Dap"))
                .body("nationalProviderIdentifier", equalTo("1234567893"))
                .body("noteIdentifier", equalTo("DrLastName"))
                .body("createdAt", notNullValue());
    }

    @Test
    void provider_requires_first_name_last_name_and_email() {
        for (String field : new String[]{"firstName", "lastName", "email"}) {
            Map<String, Object> body = provider();
            body.remove(field);
            Api.assertInvalid(createProvider(body), field);
        }
    }

    @Test
    void provider_fields_are_validated() {
        Map<String, Object> body = provider();
        body.put("email", "not-an-email");
        Api.assertInvalid(createProvider(body), "email");
        body = provider();
        body.put("defaultSessionType", "Freeform");
        Api.assertInvalid(createProvider(body), "defaultSessionType");
        body = provider();
        body.put("noteIdentifier", "Doctor");
        Api.assertInvalid(createProvider(body), "noteIdentifier");
        body = provider();
        body.put("nationalProviderIdentifier", "1234567890");
        Api.assertInvalid(createProvider(body), "nationalProviderIdentifier");
        body = provider();
        body.put("locale", "english please");
        Api.assertInvalid(createProvider(body), "locale");
        body = provider();
        body.put("firstName", "x".repeat(101));
        Api.assertInvalid(createProvider(body), "firstName");
    }

    @Test
    void duplicate_email_is_409_regardless_of_case() {
        Map<String, Object> body = provider();
        createProvider(body).statusCode(200);
        body.put("email", body.get("email").toString().toUpperCase());
        createProvider(body).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:duplicate-user"))
                .body("errors.field", hasItem("email"));
    }

    @Test
    void duplicate_partner_user_id_is_409() {
        Map<String, Object> body = provider();
        body.put("partnerUserId", "ext-7");
        createProvider(body).statusCode(200);
        Map<String, Object> again = provider();
        again.put("partnerUserId", "ext-7");
        createProvider(again).statusCode(409).body("errors.field", hasItem("partnerUserId"));
    }

    @Test
    void the_same_email_may_exist_at_another_partner() {
        Map<String, Object> body = provider();
        createProvider(body).statusCode(200);
        api.newPartner().call().body(body).post("/users/providers").then().statusCode(200);
    }

    @Test
    void client_is_created_and_its_provider_gains_access() {
        String provider = tenant.provider();
        String client = tenant.call().body(Map.of("therapistUserId", provider, "firstName", "Sam", "lastName", "Lee",
                        "pronoun", "NeutralThem", "dateOfBirth", "1990-02-03", "defaultSessionType", "Birp",
                        "partnerUserId", "client-1", "email", Api.unique("sam") + "@mail.example"))
                .post("/users/clients").then().statusCode(200)
                .body("type", equalTo("Client")).body("therapistUserId", equalTo(provider))
                .body("pronoun", equalTo("NeutralThem")).body("dateOfBirth", equalTo("1990-02-03"))
                .extract().path("userId");
        tenant.call().body(Map.of("providerUserId", provider, "clientUserId", client, "sessionType", "Birp",
                "input", Map.of("text", Map.of("text", "notes")))).post("/sessions").then().statusCode(200);
    }

    @Test
    void client_fields_are_validated() {
        String provider = tenant.provider();
        Map<String, Object> body = new HashMap<>(Map.of("therapistUserId", provider, "firstName", "Sam", "lastName", "Lee"));
        body.put("pronoun", "him");
        Api.assertInvalid(tenant.call().body(body).post("/users/clients").then(), "pronoun");
        body.put("pronoun", "MasculineHim");
        body.put("dateOfBirth", "03/02/1990");
        Api.assertInvalid(tenant.call().body(body).post("/users/clients").then(), "dateOfBirth");
        body.put("dateOfBirth", "2999-01-01");
        Api.assertInvalid(tenant.call().body(body).post("/users/clients").then(), "dateOfBirth");
        body.remove("dateOfBirth");
        body.remove("therapistUserId");
        Api.assertInvalid(tenant.call().body(body).post("/users/clients").then(), "therapistUserId");
    }

    @Test
    void client_of_an_unknown_provider_is_400_and_of_another_partners_provider_403() {
        Map<String, Object> body = Map.of("therapistUserId", UUID.randomUUID().toString(), "firstName", "S", "lastName", "L");
        Api.assertInvalid(tenant.call().body(body).post("/users/clients").then(), "therapistUserId");
        String theirs = api.newPartner().provider();
        tenant.call().body(Map.of("therapistUserId", theirs, "firstName", "S", "lastName", "L"))
                .post("/users/clients").then().statusCode(403).body("type", equalTo("urn:notewell:problem:forbidden"));
    }

    @Test
    void a_client_cannot_be_the_therapist_of_a_client() {
        String client = tenant.client(tenant.provider());
        Api.assertInvalid(tenant.call().body(Map.of("therapistUserId", client, "firstName", "S", "lastName", "L"))
                .post("/users/clients").then(), "therapistUserId");
    }

    @Test
    void user_is_found_by_id_and_by_partner_user_id() {
        Map<String, Object> body = provider();
        String external = Api.unique("ext");
        body.put("partnerUserId", external);
        String id = createProvider(body).statusCode(200).extract().path("userId");
        tenant.call().get("/users/" + id).then().statusCode(200).body("userId", equalTo(id))
                .body("partnerUserId", equalTo(external));
        tenant.call().queryParam("partnerUserId", external).get("/users").then().statusCode(200)
                .body("userId", equalTo(id));
        tenant.call().queryParam("partnerUserId", "nobody").get("/users").then().statusCode(404);
        tenant.call().get("/users").then().statusCode(400).body("errors.field", hasItem("partnerUserId"));
        tenant.call().get("/users/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:notewell:problem:not-found"));
    }

    @Test
    void check_answers_whether_an_email_exists() {
        Map<String, Object> body = provider();
        String id = createProvider(body).statusCode(200).extract().path("userId");
        tenant.call().body(Map.of("email", body.get("email").toString().toUpperCase())).post("/users/check").then()
                .statusCode(200).body("exists", equalTo(true)).body("userId", equalTo(id)).body("type", equalTo("Provider"));
        tenant.call().body(Map.of("email", "nobody@nowhere.example")).post("/users/check").then()
                .statusCode(200).body("exists", equalTo(false)).body("userId", nullValue());
        Api.assertInvalid(tenant.call().body(Map.of("email", "nope")).post("/users/check").then(), "email");
    }

    @Test
    void another_partner_cannot_read_find_or_check_my_users() {
        Map<String, Object> body = provider();
        body.put("partnerUserId", Api.unique("ext"));
        String id = createProvider(body).statusCode(200).extract().path("userId");
        Api.Tenant other = api.newPartner();
        other.call().get("/users/" + id).then().statusCode(404);
        other.call().queryParam("partnerUserId", body.get("partnerUserId")).get("/users").then().statusCode(404);
        other.call().body(Map.of("email", body.get("email"))).post("/users/check").then().body("exists", equalTo(false));
    }

    @Test
    void user_endpoints_allow_300_requests_a_minute_per_key_then_429_with_retry_after() {
        Api.Tenant limited = api.newPartner();
        long started = System.nanoTime();
        int passed = 0;
        io.restassured.response.Response last = null;
        for (int i = 0; i < 1000; i++) {
            last = limited.call().body(Map.of("email", "x@y.example")).post("/users/check");
            if (last.statusCode() != 200) {
                break;
            }
            passed++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // a token bucket of 300 that refills at 300 a minute (5 a second)
        assertTrue(passed >= 300, "the full allowance of 300 passes, passed " + passed);
        assertTrue(passed <= 300 + Math.ceil(seconds * 5) + 1, passed + " passed in " + seconds + " s");
        assertEquals(429, last.statusCode());
        assertEquals("application/problem+json", last.contentType());
        assertEquals("urn:notewell:problem:rate-limited", last.path("type"));
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        // sessions are not rate limited, and another partner's key is not affected
        limited.call().get("/sessions").then().statusCode(200);
        tenant.call().body(Map.of("email", "x@y.example")).post("/users/check").then().statusCode(200);
    }

    @Test
    void the_limit_counts_per_key_not_per_partner() {
        Api.Tenant limited = api.newPartner();
        int status = 200;
        for (int i = 0; i < 1000 && status == 200; i++) {
            status = limited.call().body(Map.of("email", "x@y.example")).post("/users/check").statusCode();
        }
        assertEquals(429, status);
        String second = limited.api().operator().body(Map.of("name", "second"))
                .post("/admin/partners/" + limited.partnerId() + "/api-keys").then().statusCode(201).extract().path("key");
        limited.api().as(second).get("/users/" + UUID.randomUUID()).then().statusCode(404);
    }
}

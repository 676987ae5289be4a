package io.notewell.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.restassured.http.ContentType;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client-side: every failure leaves as application/problem+json with a stable type, whatever raised it
 * (JAX-RS, the security mechanism, the servlet container); the documentation endpoints work.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemDetailsIT {

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

    @Test
    void unknown_path_is_a_404_problem() {
        tenant.call().get("/no/such/thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void unknown_path_without_credentials_is_a_404_problem_too() {
        api.anonymous().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrong_method_is_a_405_problem_with_allow_header() {
        tenant.call().delete("/sessions").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("POST"))
                .body("type", equalTo("urn:notewell:problem:method-not-allowed"));
    }

    @Test
    void wrong_media_type_is_a_415_problem() {
        tenant.call().contentType(ContentType.TEXT).body("hello").post("/sessions").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:unsupported-media-type"));
    }

    @Test
    void malformed_json_is_a_400_problem_that_says_so() {
        tenant.call().body("{\"providerUserId\": ").post("/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:malformed-request"))
                .body("detail", containsString("JSON"));
    }

    @Test
    void json_of_the_wrong_shape_is_a_400_problem_naming_the_property() {
        tenant.call().body("{\"sessionType\": \"Soap\", \"input\": [1, 2]}").post("/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:malformed-request"))
                .body("detail", containsString("input"));
    }

    @Test
    void missing_body_is_a_400_problem() {
        tenant.call().post("/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:malformed-request"));
    }

    @Test
    void missing_api_key_is_a_401_problem_with_challenge() {
        api.anonymous().get("/sessions").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:notewell:problem:invalid-api-key"));
    }

    @Test
    void unknown_api_key_is_a_401_problem_not_an_html_page() {
        api.as("nw_abcdefghij_" + "A".repeat(43)).get("/sessions").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:invalid-api-key"));
    }

    @Test
    void garbage_bearer_token_is_a_401_problem() {
        api.as("not-a-key-nor-a-token").get("/sessions").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:invalid-api-key"));
    }

    @Test
    void openapi_document_describes_every_endpoint_and_the_security_schemes() {
        var document = api.anonymous().accept("application/json").get("/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : new String[]{"/sessions", "/sessions/{sessionId}", "/users/providers", "/users/clients",
                "/users/{userId}", "/users/check", "/admin/partners", "/admin/partners/{partnerId}/api-keys"}) {
            org.junit.jupiter.api.Assertions.assertNotNull(document.get("paths.'" + path + "'"), path + " is documented");
        }
        org.junit.jupiter.api.Assertions.assertNotNull(document.get("components.securitySchemes.partnerBearer"));
        org.junit.jupiter.api.Assertions.assertNotNull(document.get("components.schemas.Problem"));
        org.junit.jupiter.api.Assertions.assertTrue(document.getList("components.schemas.CreateSessionRequest.required")
                .containsAll(java.util.List.of("providerUserId", "sessionType", "input")));
    }

    @Test
    void swagger_ui_page_and_assets_are_served() {
        api.anonymous().accept("text/html").get("/api-docs").then().statusCode(200)
                .body(containsString("swagger-ui-bundle.js"));
        api.anonymous().accept("*/*").get("/api-docs/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(containsString("javascript"));
    }

    @Test
    void health_endpoints_report_up_when_the_database_answers() {
        api.anonymous().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        api.anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_whether_or_not_it_declares_its_length() {
        String huge = "{\"input\": {\"text\": {\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}}}";
        tenant.call().body(huge).post("/sessions").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:payload-too-large"));
        java.io.InputStream chunked = new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        tenant.call().body(chunked).post("/sessions").then().statusCode(413)
                .body("type", equalTo("urn:notewell:problem:payload-too-large"));
        tenant.call().get("/sessions").then().statusCode(200);
    }

    @Test
    void errors_never_carry_a_stack_trace() {
        tenant.call().body("{\"input\": {\"text\": {\"text\": 5}}, \"date\": []}").post("/sessions").then()
                .statusCode(400).body(not(containsString("at io.notewell"))).body(not(containsString("Exception")));
    }
}

package io.notewell.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import java.util.UUID;

/** An HTTP client of the server under test, with the fixtures every contract test needs. */
public final class Api {

    private final String base;

    public Api(URL base) {
        String url = base.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String url(String path) {
        return base + path;
    }

    public RequestSpecification anonymous() {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public RequestSpecification as(String bearer) {
        return anonymous().header("Authorization", "Bearer " + bearer);
    }

    public RequestSpecification operator() {
        return as(OperatorKeys.adminToken());
    }

    /** A new partner with one API key. */
    public Tenant newPartner() {
        String partnerId = operator().body(Map.of("name", "Partner " + UUID.randomUUID()))
                .post("/admin/partners").then().statusCode(201).extract().path("partnerId");
        String key = operator().body(Map.of("name", "test")).post("/admin/partners/" + partnerId + "/api-keys")
                .then().statusCode(201).extract().path("key");
        return new Tenant(this, partnerId, key);
    }

    /** A partner and its key, with shortcuts to create its users and sessions. */
    public record Tenant(Api api, String partnerId, String key) {

        public RequestSpecification call() {
            return api.as(key);
        }

        public String provider() {
            return call().body(Map.of("firstName", "Ada", "lastName", "Byron", "email", unique("ada") + "@clinic.example"))
                    .post("/users/providers").then().statusCode(200).extract().path("userId");
        }

        public String client(String providerId) {
            return call().body(Map.of("therapistUserId", providerId, "firstName", "Sam", "lastName", "Rivera",
                            "pronoun", "FeminineHer"))
                    .post("/users/clients").then().statusCode(200).extract().path("userId");
        }

        public Response createTextSession(String providerId, String clientId) {
            return call().body(Map.of("providerUserId", providerId, "clientUserId", clientId, "sessionType", "Soap",
                    "input", Map.of("text", Map.of("text", "Client reports poor sleep for two weeks."))))
                    .post("/sessions");
        }

        /** Asks for an upload URL and PUTs {@code content} there, as an uploader would (no API key); answers the recordingUrl. */
        public String upload(byte[] content) {
            io.restassured.path.json.JsonPath upload = call().post("/recording-url").then().statusCode(200).extract().jsonPath();
            given().body(content).contentType("application/octet-stream").put(upload.getString("uploadUrl"))
                    .then().statusCode(201);
            return upload.getString("recordingUrl");
        }

        /** Polls the session until it leaves Processing (at most {@code timeout}); answers it as it then is. */
        public io.restassured.path.json.JsonPath awaitEnd(String sessionId, java.time.Duration timeout) {
            java.time.Instant deadline = java.time.Instant.now().plus(timeout);
            while (java.time.Instant.now().isBefore(deadline)) {
                io.restassured.path.json.JsonPath session = call().get("/sessions/" + sessionId).then().statusCode(200).extract().jsonPath();
                if (!"Processing".equals(session.getString("state"))) {
                    return session;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new AssertionError("session " + sessionId + " still Processing after " + timeout.toSeconds() + " s");
        }

        public String session(String providerId, String clientId) {
            return createTextSession(providerId, clientId).then().statusCode(200).extract().path("sessionId");
        }
    }

    /** A 400 validation problem that names {@code field} among the offending fields. */
    public static void assertInvalid(io.restassured.response.ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:notewell:problem:validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field))
                .body("instance", org.hamcrest.Matchers.startsWith("/"));
    }

    public static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

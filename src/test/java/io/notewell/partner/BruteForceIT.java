package io.notewell.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.NotewellProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guessing API keys is rate limited per client address: after the allowed failures a minute, every further
 * attempt from that address is 429 with Retry-After and the key is not even checked (a right guess fails too),
 * until the bucket refills. A client that only uses its valid key never trips it.
 */
class BruteForceIT {

    @TempDir
    Path dataDir;

    @Test
    void failed_keys_from_one_address_are_throttled_and_then_no_key_is_checked() throws Exception {
        try (NotewellProcess server = new NotewellProcess(dataDir, Map.of("NOTEWELL_AUTH_FAILURES_PER_MINUTE", "10"))) {
            server.start();
            String key = Files.readString(dataDir.resolve("dev-api-key")).strip();
            for (int i = 0; i < 50; i++) {
                given().baseUri(server.base()).header("Authorization", "Bearer " + key).get("/sessions").then().statusCode(200);
            }
            String prefix = key.substring(0, key.lastIndexOf('_') + 1);
            for (int i = 0; i < 10; i++) {
                given().baseUri(server.base()).header("Authorization", "Bearer " + prefix + "guess" + i + "xxxxxxxxxxxxxxxxxxxxxxxx")
                        .get("/sessions").then().statusCode(401).contentType("application/problem+json");
            }
            String retryAfter = given().baseUri(server.base()).header("Authorization", "Bearer " + prefix + "guess10xxxxxxxxxxxxxxxxxxxxxxxx")
                    .get("/sessions").then().statusCode(429).contentType("application/problem+json")
                    .body("type", equalTo("urn:notewell:problem:rate-limited")).extract().header("Retry-After");
            assertTrue(Integer.parseInt(retryAfter) >= 1, "Retry-After " + retryAfter);
            given().baseUri(server.base()).header("Authorization", "Bearer " + key).get("/sessions").then()
                    .statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
            // the bucket refills continuously (10 a minute: one every 6 s); then the right key works again
            Thread.sleep(Integer.parseInt(retryAfter) * 1000L + 500);
            given().baseUri(server.base()).header("Authorization", "Bearer " + key).get("/sessions").then().statusCode(200);
        }
    }
}

package io.notewell.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.NotewellProcess;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's path, through the README's run command itself (bin/notewell on the embedded defaults):
 * first start creates a development partner and writes its key; the key works at once; everything
 * survives a restart, and the second start creates no second partner.
 */
class FirstRunIT {

    @TempDir
    Path dataDir;

    @Test
    void a_newcomer_gets_a_working_key_and_data_survives_a_restart() throws Exception {
        try (NotewellProcess server = new NotewellProcess(dataDir, Map.of())) {
            server.start();
            Path keyFile = dataDir.resolve("dev-api-key");
            assertTrue(Files.exists(keyFile), "the development key is written on first start");
            String key = Files.readString(keyFile).strip();
            assertTrue(Files.readString(server.log()).contains(key), "the key is printed on first start");

            String provider = given().baseUri(server.base()).header("Authorization", "Bearer " + key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("firstName", "Ada", "lastName", "Byron", "email", "ada@clinic.example"))
                    .post("/users/providers").then().statusCode(200).extract().path("userId");
            String session = given().baseUri(server.base()).header("Authorization", "Bearer " + key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Dap",
                            "input", Map.of("text", Map.of("text", "Client reports improved sleep."))))
                    .post("/sessions").then().statusCode(200).extract().path("sessionId");

            server.stop();
            server.start();

            assertEquals(key, Files.readString(keyFile).strip(), "no new development partner on restart");
            assertFalse(Files.readString(server.log()).contains("created a development partner"), "the key is not printed again");
            given().baseUri(server.base()).header("Authorization", "Bearer " + key).get("/sessions/" + session).then()
                    .statusCode(200).body("sessionType", equalTo("Dap")).body("providerUserId", equalTo(provider));
            assertTrue(Files.exists(dataDir.resolve("db")), "the H2 database lives in the data directory");
            assertTrue(Files.exists(dataDir.resolve("broker")), "the broker store lives in the data directory");
        }
    }
}

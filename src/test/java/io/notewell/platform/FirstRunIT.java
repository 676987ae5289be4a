package io.notewell.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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

    Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void a_newcomer_gets_a_working_key_and_data_survives_a_restart() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        start(port, "first");
        Path keyFile = dataDir.resolve("dev-api-key");
        assertTrue(Files.exists(keyFile), "the development key is written on first start");
        String key = Files.readString(keyFile).strip();
        assertTrue(Files.readString(dataDir.resolve("first.log")).contains(key), "the key is printed on first start");

        String provider = given().baseUri(base).header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("firstName", "Ada", "lastName", "Byron", "email", "ada@clinic.example"))
                .post("/users/providers").then().statusCode(200).extract().path("userId");
        String session = given().baseUri(base).header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Dap",
                        "input", Map.of("text", Map.of("text", "Client reports improved sleep."))))
                .post("/sessions").then().statusCode(200).extract().path("sessionId");

        server.destroy();
        server.waitFor();
        start(port, "second");

        assertEquals(key, Files.readString(keyFile).strip(), "no new development partner on restart");
        assertTrue(!Files.readString(dataDir.resolve("second.log")).contains("created a development partner"),
                "the key is not printed again");
        given().baseUri(base).header("Authorization", "Bearer " + key).get("/sessions/" + session).then()
                .statusCode(200).body("sessionType", equalTo("Dap")).body("providerUserId", equalTo(provider));
        assertTrue(Files.exists(dataDir.resolve("db")), "the H2 database lives in the data directory");
    }

    private void start(int port, String name) throws IOException, InterruptedException {
        File basedir = new File(System.getProperty("project.basedir", "."));
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/notewell").directory(basedir)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve(name + ".log").toFile());
        // the embedded defaults, whatever database the rest of the suite runs against
        builder.environment().keySet().removeIf(variable -> variable.startsWith("NOTEWELL_"));
        builder.environment().put("NOTEWELL_DATA_DIR", dataDir.toString());
        builder.environment().put("NOTEWELL_PORT", Integer.toString(port));
        builder.environment().put("NOTEWELL_SKIP_BUILD", "1");
        server = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(server.isAlive(), () -> "server exited: " + tail(name));
            try {
                if (given().baseUri("http://127.0.0.1:" + port).get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server not ready within 3 minutes: " + tail(name));
    }

    private String tail(String name) {
        try {
            String log = Files.readString(dataDir.resolve(name + ".log"));
            return log.substring(Math.max(0, log.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

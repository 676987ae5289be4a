package io.notewell.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.NotewellProcess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health data at rest: after text and recording sessions have been processed, the raw files of the embedded
 * database and broker hold no plaintext of the input, the transcript or the note. A positive control (the
 * provider's e-mail address, which is stored in plain text) shows that the scan would find plain text. The same
 * check on a PostgreSQL dump runs in .ci/run after the PostgreSQL pass.
 */
class AtRestIT {

    /** Words of the text input that the note repeats (the built-in engine keeps the client's wording). */
    static final String TEXT_PHRASE = "marigold lighthouse";
    /** Words of the test recording's script that its transcript holds. */
    static final String SPOKEN_PHRASE = "worry log";

    @TempDir
    Path dataDir;

    @Test
    void the_database_and_broker_files_hold_no_plaintext_input_transcript_or_note() throws Exception {
        try (NotewellProcess server = new NotewellProcess(dataDir, Map.of())) {
            server.start();
            String key = Files.readString(dataDir.resolve("dev-api-key")).strip();
            String provider = call(server, key).body(Map.of("firstName", "Ada", "lastName", "Byron", "email", "ada.atrest@clinic.example"))
                    .post("/users/providers").then().statusCode(200).extract().path("userId");
            String text = resource("/sessions/depression-notes.txt")
                    + "\nPt described the " + TEXT_PHRASE + " painting she started with her sister this weekend.";
            String textSession = call(server, key).body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer",
                    "sessionType", "Soap", "input", Map.of("text", Map.of("text", text)))).post("/sessions")
                    .then().statusCode(200).extract().path("sessionId");
            JsonPath upload = call(server, key).post("/recording-url").then().statusCode(200).extract().jsonPath();
            given().body(bytes("/recordings/session.ogg")).contentType("application/octet-stream").put(upload.getString("uploadUrl"))
                    .then().statusCode(201);
            String recordingSession = call(server, key).body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer",
                    "sessionType", "Dap", "input", Map.of("recording", Map.of("recordingUrls", List.of(upload.getString("recordingUrl")),
                            "recordingContent", "Recording")))).post("/sessions").then().statusCode(200).extract().path("sessionId");

            JsonPath textDone = awaitDone(server, key, textSession);
            assertTrue(textDone.getString("note.markdown").toLowerCase().contains(TEXT_PHRASE), "the note carries the phrase");
            JsonPath recordingDone = awaitDone(server, key, recordingSession);
            assertTrue(recordingDone.getString("transcript.text").toLowerCase().contains(SPOKEN_PHRASE),
                    "the transcript carries the spoken phrase: " + recordingDone.getString("transcript.text"));
            server.stop();
        }
        for (Path root : List.of(dataDir.resolve("db"), dataDir.resolve("broker"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase();
                    assertFalse(raw.contains(TEXT_PHRASE), () -> file + " holds the text input or note in plain text");
                    assertFalse(raw.contains(SPOKEN_PHRASE), () -> file + " holds the transcript or its note in plain text");
                    assertFalse(raw.contains("passive si"), () -> file + " holds the input's risk wording in plain text");
                }
            }
        }
        boolean controlFound;
        try (Stream<Path> files = Files.walk(dataDir.resolve("db"))) {
            controlFound = files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("ada.atrest@clinic.example");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertTrue(controlFound, "the scan finds what is stored in plain text (the provider's e-mail), so it would find the rest");
    }

    private static JsonPath awaitDone(NotewellProcess server, String key, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonPath session = call(server, key).get("/sessions/" + id).then().statusCode(200).extract().jsonPath();
            if (!"Processing".equals(session.getString("state"))) {
                assertEquals("Done", session.getString("state"), () -> "error: " + session.getString("error.message"));
                return session;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("session " + id + " still processing");
    }

    private static RequestSpecification call(NotewellProcess server, String key) {
        return given().baseUri(server.base()).header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    private static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = AtRestIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

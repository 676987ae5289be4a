package io.notewell.recording;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.recording.control.UploadSignature;
import io.notewell.testing.Api;
import io.notewell.testing.Deployments;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client-side, over HTTP: upload a recording to the URL /recording-url hands out, create a session from it,
 * and read back a transcript and a note, with the real decoder and speech engine. Synthetic speech: the
 * assertions are on robust words, not on exact text.
 */
@ExtendWith(ArquillianExtension.class)
class RecordingsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api api;
    Api.Tenant tenant;
    String provider;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        tenant = api.newPartner();
        provider = tenant.provider();
    }

    static byte[] recording(String name) {
        try (InputStream in = RecordingsIT.class.getResourceAsStream("/recordings/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String create(String type, String content, String... urls) {
        return tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", type,
                        "input", Map.of("recording", Map.of("recordingUrls", List.of(urls), "recordingContent", content))))
                .post("/sessions").then().statusCode(200).extract().path("sessionId");
    }

    private JsonPath awaitEnd(String sessionId) {
        return tenant.awaitEnd(sessionId, Duration.ofSeconds(240));
    }

    private static String said(JsonPath session) {
        return String.join(" ", session.<String>getList("transcript.segments.text")).toLowerCase(Locale.ROOT);
    }

    @Test
    void an_opus_session_recording_becomes_a_note_with_a_timed_transcript_and_a_listen_url() {
        byte[] audio = recording("session.ogg");
        String id = create("Soap", "Recording", tenant.upload(audio));
        JsonPath done = awaitEnd(id);
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertTrue(Math.abs(done.getLong("recordingDurationMs") - 74_955) < 1_000, "duration " + done.getLong("recordingDurationMs"));
        String said = said(done);
        for (String phrase : List.of("anxious", "breathing", "sleeping", "next week")) {
            assertTrue(said.contains(phrase), () -> "transcript lacks '" + phrase + "': " + said);
        }
        assertEquals(Set.of("unknown"), new HashSet<>(done.getList("transcript.segments.speaker")), "mono: the speaker is not guessed");
        String text = done.getString("transcript.text");
        List<Map<String, Object>> segments = done.getList("transcript.segments");
        for (Map<String, Object> segment : segments) {
            int start = (Integer) segment.get("textStart");
            int end = (Integer) segment.get("textEnd");
            assertEquals(((String) segment.get("text")).toLowerCase(Locale.ROOT),
                    text.substring(start, end).toLowerCase(Locale.ROOT).replaceAll("[.?]$", ""), "textStart/textEnd locate the utterance");
        }
        List<Map<String, Object>> evidence = done.getList("note.sections.sentences.flatten().evidence.flatten()");
        assertFalse(evidence.isEmpty());
        for (Map<String, Object> e : evidence) {
            assertNotNull(e.get("startMs"), "every note sentence is timed in the recording");
            assertTrue(((Number) e.get("startMs")).longValue() <= ((Number) e.get("endMs")).longValue());
            assertEquals("unknown", e.get("speaker"));
        }
        String subjective = done.getString("note.sections.find { it.key == 'subjective' }.text");
        assertTrue(subjective.contains("Client reports"), subjective);
        byte[] listened = given().get(done.getString("recordingUrl")).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(audio, listened, "the listen URL plays back the upload");
    }

    @Test
    void several_files_of_different_formats_are_concatenated_in_order() {
        String id = create("Dap", "Recording", tenant.upload(recording("part1.wav")), tenant.upload(recording("part2.mp3")));
        JsonPath done = awaitEnd(id);
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertTrue(done.getLong("recordingDurationMs") > 70_000, "both files' length: " + done.getLong("recordingDurationMs"));
        String said = said(done);
        assertTrue(said.indexOf("anxious") >= 0 && said.indexOf("anxious") < said.indexOf("homework"), said);
        long homeworkAt = done.getLong("transcript.segments.find { it.text.contains('homework') }.start");
        assertTrue(homeworkAt > 32_900, "the second file's utterances are timed after the first file: " + homeworkAt);
        assertEquals(2, done.getList("recordingUrls").size());
    }

    @Test
    void aac_in_m4a_is_decoded() {
        JsonPath done = awaitEnd(create("Birp", "Recording", tenant.upload(recording("session.m4a"))));
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertTrue(said(done).contains("breathing"));
    }

    @Test
    void a_stereo_recording_is_transcribed_per_channel_with_clinician_and_client() {
        JsonPath done = awaitEnd(create("Soap", "Recording", tenant.upload(recording("stereo.flac"))));
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertEquals(2, done.getInt("transcript.channels"));
        String client = String.join(" ", done.<String>getList("transcript.segments.findAll { it.speaker == 'client' }.text"));
        String clinician = String.join(" ", done.<String>getList("transcript.segments.findAll { it.speaker == 'clinician' }.text"));
        assertTrue(client.contains("anxious"), client);
        assertTrue(clinician.contains("homework"), clinician);
        assertTrue(done.getString("transcript.text").contains("Client: "), "the engine reads a labelled conversation");
        List<String> subjectiveSpeakers = done.getList("note.sections.find { it.key == 'subjective' }.sentences.evidence.flatten().speaker");
        assertTrue(subjectiveSpeakers.contains("client"), "subjective rests on what the client said: " + subjectiveSpeakers);
    }

    @Test
    void dictated_notes_are_read_as_the_clinicians_own_notes() {
        JsonPath done = awaitEnd(create("Soap", "DictatedNotes", tenant.upload(recording("dictation.mp3"))));
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertEquals("clinician_notes", done.getString("note.inputShape"));
        assertFalse(done.getString("transcript.text").contains("Client: "), "a dictation is not a conversation");
        String note = done.getString("note.markdown").toLowerCase(Locale.ROOT);
        assertTrue(note.contains("anxious"), note);
        assertTrue(note.contains("worry log"), note);
    }

    @Test
    void an_undecodable_file_ends_in_file_conversion_failed_naming_the_file() {
        JsonPath done = awaitEnd(create("Soap", "Recording", tenant.upload(recording("part1.wav")), tenant.upload(recording("corrupt.mp3"))));
        assertEquals("Error", done.getString("state"));
        assertEquals("file-conversion-failed", done.getString("error.code"));
        assertTrue(done.getString("error.message").contains("Recording file 2"), done.getString("error.message"));
    }

    @Test
    void a_silent_recording_ends_in_low_content_transcript() {
        JsonPath done = awaitEnd(create("Soap", "Recording", tenant.upload(recording("silence.ogg"))));
        assertEquals("Error", done.getString("state"));
        assertEquals("low-content-transcript", done.getString("error.code"));
        assertTrue(done.getLong("recordingDurationMs") > 7_000);
    }

    @Test
    void a_tampered_upload_url_is_refused_and_stores_nothing() {
        JsonPath upload = tenant.call().post("/recording-url").then().statusCode(200)
                .body("method", equalTo("PUT")).extract().jsonPath();
        String url = upload.getString("uploadUrl");
        String tampered = url.substring(0, url.length() - 4) + (url.endsWith("0000") ? "1111" : "0000");
        given().body(new byte[]{1, 2, 3}).put(tampered).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:notewell:problem:upload-url-invalid"));
        String otherObject = url.replaceAll("/uploads/([^/]+)/[^?]+", "/uploads/$1/" + java.util.UUID.randomUUID());
        given().body(new byte[]{1}).put(otherObject).then().statusCode(403);
        given().get(url).then().statusCode(403).body("type", equalTo("urn:notewell:problem:upload-url-invalid"));
        Api.assertInvalid(tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Soap",
                        "input", Map.of("recording", Map.of("recordingUrls", List.of(url), "recordingContent", "Recording"))))
                .post("/sessions").then().body("errors[0].message", containsString("nothing has been uploaded")),
                "input.recording.recordingUrls[0]");
    }

    @Test
    void an_expired_upload_url_is_refused() throws IOException {
        String url = tenant.call().post("/recording-url").then().statusCode(200).extract().path("uploadUrl");
        URI uri = URI.create(url);
        String key = uri.getPath().substring("/uploads/".length());
        long past = Instant.now().minusSeconds(60).getEpochSecond();
        // signed with the server's own key (in its data directory), so only the expiry is wrong
        String signingKey = Files.readString(Path.of(System.getProperty("project.basedir", "."), "target/it-data/upload-signing.key"));
        String expired = url.substring(0, url.indexOf('?')) + "?expires=" + past + "&signature="
                + new UploadSignature(signingKey).sign("PUT", key, past);
        given().body(new byte[]{1}).put(expired).then().statusCode(403)
                .body("type", equalTo("urn:notewell:problem:upload-url-expired"));
    }

    @Test
    void a_second_upload_to_the_same_url_is_refused_and_the_first_kept() {
        JsonPath upload = tenant.call().post("/recording-url").then().statusCode(200).extract().jsonPath();
        given().body(new byte[]{1, 2, 3}).put(upload.getString("uploadUrl")).then().statusCode(201);
        given().body(new byte[]{9}).put(upload.getString("uploadUrl")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:notewell:problem:recording-exists"));
        given().post(upload.getString("uploadUrl")).then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void urls_that_could_reach_internal_services_are_refused_at_create() {
        List<String> urls = List.of("http://127.0.0.1/a.wav", "http://169.254.169.254/latest/meta-data/", "https://10.0.0.5/x.wav",
                "https://192.168.1.20/x.mp3", "https://localhost/x.wav", "https://[::1]/a.wav", "http://[fd00::1]/a.wav",
                "https://127.0.0.1:8443/a.wav", "https://unlisted.example/a.wav");
        var response = tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Soap",
                        "input", Map.of("recording", Map.of("recordingUrls", urls, "recordingContent", "Recording"))))
                .post("/sessions").then();
        response.statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("input.recording.recordingUrls[0]", "input.recording.recordingUrls[1]",
                        "input.recording.recordingUrls[2]", "input.recording.recordingUrls[3]", "input.recording.recordingUrls[4]",
                        "input.recording.recordingUrls[5]", "input.recording.recordingUrls[6]", "input.recording.recordingUrls[7]",
                        "input.recording.recordingUrls[8]"));
        assertEquals(urls.size(), response.extract().jsonPath().getList("errors").size());
        String file = tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Soap",
                        "input", Map.of("recording", Map.of("recordingUrls", List.of("file:///etc/passwd"), "recordingContent", "Recording"))))
                .post("/sessions").then().statusCode(400).extract().path("errors[0].field");
        assertEquals("input.recording.recordingUrls[0]", file);
    }

    @Test
    void another_partners_upload_cannot_be_used() {
        String theirs = api.newPartner().upload(recording("silence.ogg"));
        Api.assertInvalid(tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Soap",
                        "input", Map.of("recording", Map.of("recordingUrls", List.of(theirs), "recordingContent", "Recording"))))
                .post("/sessions").then().body("errors[0].message", containsString("not name one of your uploads")),
                "input.recording.recordingUrls[0]");
    }
}

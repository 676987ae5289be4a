package io.notewell.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.testing.Api;
import io.notewell.testing.FakeOpenAi;
import io.notewell.testing.FakeOpenAi.Answer;
import io.notewell.testing.NotewellProcess;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notewell as a partner runs it with its own model service: bin/notewell with the remote engines switched on by
 * environment variables (base URL, model, key), against a local service that speaks the OpenAI wire format.
 * Text and audio go all the way to a model-written note; a service that is slow, rate limiting, failing or
 * answering nonsense makes sessions wait, retry or end with a clear error; and the breaker stops calling a
 * service that keeps failing. The breaker test runs last: it leaves the breaker open.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteEnginesIT {

    private static final String KEY = "sk-local-test-key";
    private static final String NOTE_MODEL = "clinical-notes-8b";

    static Path dataDir;

    private static FakeOpenAi service;
    private static NotewellProcess server;
    private static Api.Tenant tenant;
    private static String provider;

    @BeforeAll
    static void start() throws Exception {
        service = FakeOpenAi.start(0, NOTE_MODEL, KEY);
        dataDir = Path.of(System.getProperty("project.basedir", "."), "target", "it-remote");
        if (Files.exists(dataDir)) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dataDir);
        Map<String, String> env = new HashMap<>(remoteEngines(service.baseUrl()));
        env.put("NOTEWELL_ENGINES_MAX_WAIT_SECONDS", "25");
        server = new NotewellProcess(dataDir, env);
        server.start();
        tenant = new Api.Tenant(new Api(new URL(server.base())), null, Files.readString(dataDir.resolve("dev-api-key")).strip());
        provider = tenant.provider();
    }

    /** The settings a partner sets, plus short waits for the test. */
    static Map<String, String> remoteEngines(String baseUrl) {
        return Map.ofEntries(
                Map.entry("NOTEWELL_NOTE_REMOTE_URL", baseUrl),
                Map.entry("NOTEWELL_NOTE_REMOTE_MODEL", NOTE_MODEL),
                Map.entry("NOTEWELL_NOTE_REMOTE_API_KEY", KEY),
                Map.entry("NOTEWELL_NOTE_REMOTE_TIMEOUT_SECONDS", "3"),
                Map.entry("NOTEWELL_SPEECH_REMOTE_URL", baseUrl),
                Map.entry("NOTEWELL_SPEECH_REMOTE_MODEL", NOTE_MODEL),
                Map.entry("NOTEWELL_SPEECH_REMOTE_API_KEY", KEY),
                Map.entry("NOTEWELL_SPEECH_REMOTE_CHUNK_SECONDS", "30"),
                Map.entry("NOTEWELL_ENGINES_RETRY_SECONDS", "2"),
                Map.entry("NOTEWELL_PROCESSING_SWEEP_SECONDS", "1"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        service.close();
    }

    @BeforeEach
    void reset() {
        service.reset();
    }

    static String text(String name) {
        try (InputStream in = RemoteEnginesIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textSession(Api.Tenant who, String type, String input, String plan) {
        Map<String, Object> body = new HashMap<>(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer",
                "sessionType", type, "input", Map.of("text", Map.of("text", input))));
        if (plan != null) {
            body.put("externalTreatmentPlan", plan);
        }
        return who.call().body(body).post("/sessions").then().log().ifValidationFails().statusCode(200).extract().path("sessionId");
    }

    private static JsonPath awaitStep(String id, String step, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Set<String> seen = new LinkedHashSet<>();
        while (Instant.now().isBefore(deadline)) {
            JsonPath session = tenant.call().get("/sessions/" + id).then().statusCode(200).extract().jsonPath();
            if (step.equals(session.getString("progress.step"))) {
                return session;
            }
            seen.add(session.getString("state") + "/" + session.getString("progress.step"));
            Thread.sleep(100);
        }
        throw new AssertionError("session " + id + " never reached step " + step + "; seen " + seen
                + "; the server's log of it:\n" + server.linesAbout(id));
    }

    @Test
    @Order(1)
    void a_text_session_gets_a_model_written_note_with_checked_evidence() {
        String input = text("/sessions/anxiety-transcript.txt");
        String id = textSession(tenant, "Girp", input, text("/sessions/plan-anxiety.md"));
        JsonPath done = tenant.awaitEnd(id, Duration.ofSeconds(60));
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertEquals("openai-compatible:" + NOTE_MODEL, done.getString("note.engine"));
        assertEquals(List.of("goal", "intervention", "response", "plan", "risk"), done.getList("note.sections.key"));
        assertEquals(List.of(), service.violations(), "every request had the shape the OpenAI API requires");
        FakeOpenAi.Received request = service.received("/v1/chat/completions").get(0);
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertEquals(NOTE_MODEL, request.json().getString("model"));
        List<Map<String, Object>> sentences = done.getList("note.sections.findAll { it.key != 'risk' }.sentences.flatten()");
        assertTrue(sentences.size() > 10, "the model's sentences are in the note: " + sentences.size());
        for (Map<String, Object> sentence : sentences) {
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) sentence.get("evidence");
            assertFalse(evidence.isEmpty(), "no sentence without evidence: " + sentence);
            for (Map<String, Object> e : evidence) {
                assertTrue((Integer) e.get("end") <= input.length(), "evidence lies within the input");
            }
        }
        // (the fake model links P1, the plan's first goal: "## Problem 1: ..." heads it and is no item of its own)
        assertEquals("Reduce panic attacks to fewer than one per week.", done.getString("note.treatmentPlan[0].item"));
        assertTrue(done.getString("note.markdown").contains("## Goal"), "the note renders");
    }

    @Test
    @Order(2)
    void a_recording_is_transcribed_in_chunks_by_the_speech_service_and_written_up_by_the_model() throws Exception {
        List<String> script = Arrays.stream(text("/recordings/session-script.txt").split("\\R"))
                .map(line -> line.substring(line.indexOf('|') + 1)).toList();
        service.speaks(script, 5.3);
        String url = tenant.upload(readAll("/recordings/session.ogg"));
        String id = tenant.call().body(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer", "sessionType", "Soap",
                        "input", Map.of("recording", Map.of("recordingUrls", List.of(url), "recordingContent", "Recording"))))
                .post("/sessions").then().statusCode(200).extract().path("sessionId");
        JsonPath done = tenant.awaitEnd(id, Duration.ofSeconds(120));
        assertEquals("Done", done.getString("state"), () -> "error: " + done.getString("error.message"));
        assertEquals(List.of(), service.violations());
        assertEquals(3, service.received("/v1/audio/transcriptions").size(), "75 s of audio in chunks of at most 30 s");
        assertTrue(done.getString("transcript.text").contains("I have been feeling anxious most days"), done.getString("transcript.text"));
        List<Integer> starts = done.getList("transcript.segments.start");
        assertEquals(starts.stream().sorted().toList(), starts, "one clock across the chunks");
        assertTrue(starts.get(starts.size() - 1) > 60_000, "the last chunk's speech is timed at its place in the recording");
        assertEquals("openai-compatible:" + NOTE_MODEL, done.getString("note.engine"));
        List<Map<String, Object>> evidence = done.getList("note.sections[0].sentences[0].evidence");
        assertNotNull(evidence.get(0).get("startMs"), "evidence of a recording carries its times");
    }

    @Test
    @Order(3)
    void one_server_error_is_retried_within_the_call() {
        service.answer(Answer.SERVER_ERROR);
        JsonPath done = tenant.awaitEnd(textSession(tenant, "Soap", text("/sessions/depression-notes.txt"), null), Duration.ofSeconds(60));
        assertEquals("Done", done.getString("state"));
        assertEquals(2, service.received("/v1/chat/completions").size(), "the 500, then the retry that worked");
    }

    @Test
    @Order(4)
    void a_rate_limited_session_waits_as_long_as_the_service_asks_then_completes() throws Exception {
        service.retryAfter(4).answer(Answer.RATE_LIMITED);
        String id = textSession(tenant, "Dap", text("/sessions/depression-notes.txt"), null);
        JsonPath waiting = awaitStep(id, "waiting_for_engine", Duration.ofSeconds(30));
        Instant retryAt = Instant.parse(waiting.getString("progress.retryAt"));
        Instant limited = Instant.now();
        assertTrue(retryAt.isAfter(limited.plusSeconds(2)), "Retry-After: 4 is honoured: " + retryAt);
        JsonPath done = tenant.awaitEnd(id, Duration.ofSeconds(60));
        assertEquals("Done", done.getString("state"));
        assertEquals(2, service.received("/v1/chat/completions").size(), "a 429 is not retried at once");
    }

    @Test
    @Order(5)
    void an_answer_slower_than_the_timeout_makes_the_session_wait_not_fail() throws Exception {
        service.slowBy(Duration.ofSeconds(15)).answer(Answer.SLOW);
        Instant created = Instant.now();
        String id = textSession(tenant, "Soap", text("/sessions/mse-notes.txt"), null);
        awaitStep(id, "waiting_for_engine", Duration.ofSeconds(30));
        assertTrue(Duration.between(created, Instant.now()).toSeconds() < 12,
                "the 3 s timeout ended the call long before the 15 s answer");
        JsonPath done = tenant.awaitEnd(id, Duration.ofSeconds(60));
        assertEquals("Done", done.getString("state"));
    }

    @Test
    @Order(6)
    void answers_that_are_never_a_usable_note_end_the_session_with_a_clear_error() {
        service.answerAlways(Answer.MALFORMED);
        JsonPath failed = tenant.awaitEnd(textSession(tenant, "Soap", text("/sessions/depression-notes.txt"), null),
                Duration.ofSeconds(60));
        assertEquals("Error", failed.getString("state"));
        assertEquals("note-generation-failed", failed.getString("error.code"));
        assertTrue(failed.getString("error.message").contains("not valid JSON"), failed.getString("error.message"));
        assertEquals(3, service.received("/v1/chat/completions").size(), "asked three times, then gave up");
    }

    @Test
    @Order(7)
    void citations_that_point_nowhere_never_reach_the_note() {
        String input = text("/sessions/intake-notes.txt");
        service.answer(Answer.EVIDENCE_NOWHERE);
        JsonPath checked = tenant.awaitEnd(textSession(tenant, "Soap", input, null), Duration.ofSeconds(60));
        JsonPath honest = tenant.awaitEnd(textSession(tenant, "Soap", input, null), Duration.ofSeconds(60));
        int all = honest.getList("note.sections.findAll { it.key != 'risk' }.sentences.flatten()").size();
        List<Map<String, Object>> kept = checked.getList("note.sections.findAll { it.key != 'risk' }.sentences.flatten()");
        assertEquals(all / 2, kept.size(), "every other sentence cited a line that does not exist and was dropped");
        kept.forEach(s -> assertFalse(((List<?>) s.get("evidence")).isEmpty()));
    }

    @Test
    @Order(8)
    void a_service_that_keeps_failing_opens_the_breaker_and_the_session_ends_after_the_longest_wait() throws Exception {
        service.answerAlways(Answer.SERVER_ERROR);
        String id = textSession(tenant, "Soap", text("/sessions/depression-notes.txt"), null);
        Set<String> attempts = new HashSet<>();
        Instant deadline = Instant.now().plusSeconds(60);
        JsonPath session;
        do {
            session = tenant.call().get("/sessions/" + id).then().extract().jsonPath();
            if (session.getString("progress.retryAt") != null) {
                attempts.add(session.getString("progress.retryAt"));
            }
            Thread.sleep(200);
        } while ("Processing".equals(session.getString("state")) && Instant.now().isBefore(deadline));
        assertEquals("Error", session.getString("state"));
        assertEquals("engine-unavailable", session.getString("error.code"));
        assertTrue(attempts.size() >= 3, "the session was tried again and again while it waited: " + attempts.size());
        int calls = service.received("/v1/chat/completions").size();
        assertTrue(calls >= 3 && calls <= 5, "the first attempt and its two retries reached the service; the breaker "
                + "(a window of the last 4 calls, which may still hold earlier tests' results) opened on the third or fourth "
                + "failure, and while it was open (30 s) no attempt reached the service, at most the "
                + "one probe after it (without the breaker: three calls an attempt): " + calls);
    }

    @Test
    @Order(9)
    void with_the_fallback_configured_a_failing_service_gets_a_built_in_note_at_once(@TempDir Path otherData) throws Exception {
        service.answerAlways(Answer.SERVER_ERROR);
        Map<String, String> env = new HashMap<>(remoteEngines(service.baseUrl()));
        env.put("NOTEWELL_NOTE_REMOTE_FALLBACK", "builtin");
        try (NotewellProcess fallback = new NotewellProcess(otherData, env)) {
            fallback.start();
            Api.Tenant other = new Api.Tenant(new Api(new URL(fallback.base())), null,
                    Files.readString(otherData.resolve("dev-api-key")).strip());
            String otherProvider = other.provider();
            String id = other.call().body(Map.of("providerUserId", otherProvider, "clientPronouns", "FeminineHer",
                            "sessionType", "Soap", "input", Map.of("text", Map.of("text", text("/sessions/depression-notes.txt")))))
                    .post("/sessions").then().statusCode(200).extract().path("sessionId");
            JsonPath done = other.awaitEnd(id, Duration.ofSeconds(60));
            assertEquals("Done", done.getString("state"));
            assertEquals("notewell-extractive-1", done.getString("note.engine"), "the built-in engine wrote it");
            assertEquals(3, service.received("/v1/chat/completions").size(), "the service was tried (with its retries) first");
        }
    }

    private static byte[] readAll(String name) throws IOException {
        try (InputStream in = RemoteEnginesIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

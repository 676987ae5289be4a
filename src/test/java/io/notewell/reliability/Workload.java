package io.notewell.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.notewell.testing.NotewellProcess;
import io.notewell.testing.WebhookReceiver;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the reliability tests do to Notewell and what they check afterwards: a partner with a webhook endpoint
 * creates text sessions (a realistic 1,100-word transcript) from several clients at once; at the end every
 * accepted session must be Done with its note, and every session's {@code session.completed} event must have
 * reached the receiver, signed, always under the one webhook-id its event was given.
 */
final class Workload {

    static final Map<String, String> WEBHOOKS_TO_LOOPBACK = Map.of("NOTEWELL_WEBHOOKS_ALLOW_HTTP", "true",
            "NOTEWELL_WEBHOOKS_PRIVATE_HOSTS_ALLOWED", "127.0.0.1",
            "NOTEWELL_WEBHOOKS_RETRY_SCHEDULE", "0s,1s,2s,5s,10s,20s,30s,60s,60s,60s");

    final String key;
    final String secret;
    final String provider;
    final WebhookReceiver receiver;
    final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    /** Statuses of the creates tried during a fault ({@link #tryCreate}), and how many of each. */
    final Map<Integer, Integer> faultAnswers = new TreeMap<>();
    private final String transcript;

    private Workload(String key, String secret, String provider, WebhookReceiver receiver) throws IOException {
        this.key = key;
        this.secret = secret;
        this.provider = provider;
        this.receiver = receiver;
        try (InputStream in = Workload.class.getResourceAsStream("/sessions/anxiety-transcript.txt")) {
            this.transcript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Registers a webhook endpoint for session.completed and a provider, through {@code server}. */
    static Workload prepare(NotewellProcess server, String key, WebhookReceiver receiver) throws IOException {
        String secret = call(server, key).body(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of("session.completed")))
                .post("/webhooks/endpoints").then().statusCode(201).extract().path("secret");
        String provider = call(server, key).body(Map.of("firstName", "Ada", "lastName", "Byron",
                        "email", "ada-" + System.nanoTime() + "@clinic.example"))
                .post("/users/providers").then().statusCode(200).extract().path("userId");
        return new Workload(key, secret, provider, receiver);
    }

    /**
     * Creates {@code count} sessions from four clients, spread over {@code servers} in turn; all must be accepted. A client
     * does as the API tells a partner's: each create carries its own Idempotency-Key, and a 503 problem with Retry-After
     * ("Retry shortly") is retried with that key after that many seconds, at most three times, and the retries are printed
     * (one create's commit aborted just after start-up in a CI run of 2026-12-05, with nothing stored; every other answer
     * must be 200 at once).
     */
    List<String> create(List<NotewellProcess> servers, int count) throws InterruptedException {
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            NotewellProcess server = servers.get(i % servers.size());
            String type = List.of("Soap", "Dap", "Birp", "Girp").get(i % 4);
            String idempotencyKey = java.util.UUID.randomUUID().toString();
            clients.submit(() -> {
                for (int attempt = 1; ; attempt++) {
                    var response = call(server, key).header("Idempotency-Key", idempotencyKey).body(Map.of("providerUserId", provider, "clientPronouns", "NeutralThem",
                            "sessionType", type, "input", Map.of("text", Map.of("text", transcript)))).post("/sessions");
                    String retryAfter = response.header("Retry-After");
                    if (response.statusCode() == 200) {
                        created.add(response.path("sessionId"));
                        return null;
                    }
                    if (response.statusCode() != 503 || retryAfter == null || attempt > 3
                            || !response.contentType().startsWith("application/problem+json")) {
                        refusals.add(response.statusCode() + " " + response.asString());
                        return null;
                    }
                    retried.incrementAndGet();
                    Thread.sleep(Duration.ofSeconds(Long.parseLong(retryAfter.strip())).toMillis());
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(3, TimeUnit.MINUTES), "the creates finished");
        assertEquals(List.of(), refusals, "no create refused otherwise");
        assertEquals(count, created.size(), "every create was accepted");
        if (retried.get() > 0) {
            System.out.printf("Workload: %d of %d creates answered 503 with Retry-After and were accepted when retried%n", retried.get(), count);
        }
        accepted.addAll(created);
        return created;
    }

    /** Idempotency-Keys of the creates refused during a fault, to be settled when it is over ({@link #settleRefused}). */
    final List<String> refusedKeys = new ArrayList<>();

    /**
     * Tries one create (with its own Idempotency-Key) while a dependency is away or coming back, and tallies its status
     * in {@link #faultAnswers}; an accepted one joins {@link #accepted}, a refused one must be problem+json.
     */
    void tryCreate(NotewellProcess server) {
        String idempotencyKey = java.util.UUID.randomUUID().toString();
        var response = createWithKey(server, idempotencyKey);
        if (response.statusCode() == 200) {
            accepted.add(response.path("sessionId"));
        } else {
            assertTrue(response.contentType().startsWith("application/problem+json"),
                    "a refused create answers problem+json: " + response.statusCode() + " " + response.contentType());
            refusedKeys.add(idempotencyKey);
        }
        faultAnswers.merge(response.statusCode(), 1, Integer::sum);
    }

    private io.restassured.response.Response createWithKey(NotewellProcess server, String idempotencyKey) {
        return call(server, key).config(io.restassured.RestAssured.config().httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 60_000)))
                .header("Idempotency-Key", idempotencyKey)
                .body(Map.of("providerUserId", provider, "clientPronouns", "NeutralThem",
                "sessionType", "Soap", "input", Map.of("text", Map.of("text", transcript)))).post("/sessions");
    }

    /**
     * After the fault, each refused create is sent again with its Idempotency-Key, as a partner does on a 503, until it is
     * answered 200 (a 409 "still being processed" waits its Retry-After): either it is created now, or it had been stored
     * after all and its first answer is replayed ("Idempotent-Replayed: true"; a commit whose outcome the transaction
     * manager could not confirm). Either way it joins {@link #accepted}, so it too must end Done once. Returns how many
     * had been stored although refused.
     */
    int settleRefused(NotewellProcess server) throws InterruptedException {
        int storedAlthoughRefused = 0;
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        for (String idempotencyKey : refusedKeys) {
            while (true) {
                var response = createWithKey(server, idempotencyKey);
                if (response.statusCode() == 200) {
                    accepted.add(response.path("sessionId"));
                    storedAlthoughRefused += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
                    break;
                }
                assertTrue((response.statusCode() == 503 || response.statusCode() == 409) && Instant.now().isBefore(until),
                        "a refused create is accepted when retried with its key after the fault: " + response.statusCode()
                                + " " + response.asString());
                Thread.sleep(Duration.ofSeconds(Long.parseLong(response.header("Retry-After").strip())).toMillis());
            }
        }
        return storedAlthoughRefused;
    }

    /** Every create tried during the fault was accepted or refused as unavailable (503), nothing else. */
    void assertFaultAnswersAcceptedOrUnavailable() {
        faultAnswers.keySet().forEach(status -> assertTrue(status == 200 || status == 503,
                "a create during the fault is accepted or refused as unavailable, not " + status + ": " + faultAnswers));
    }

    int count(NotewellProcess server, String state) {
        return call(server, key).queryParam("state", state).queryParam("pageSize", "1").get("/sessions")
                .then().statusCode(200).extract().path("total");
    }

    /** Waits until every accepted session is Done (as {@code server} sees it). */
    void awaitAllDone(NotewellProcess server, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int done = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                done = count(server, "Done");
            } catch (AssertionError | RuntimeException notNow) {
                done = -1;
            }
            if (done == accepted.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(accepted.size(), done, "every accepted session is Done within " + timeout
                + " (Error: " + count(server, "Error") + ", Processing: " + count(server, "Processing") + ")");
    }

    /** Every accepted session has its note, in the format it asked for. */
    void assertNotes(NotewellProcess server) {
        for (String id : accepted) {
            JsonPath session = call(server, key).get("/sessions/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("Done", session.getString("state"), "session " + id);
            String markdown = session.getString("note.markdown");
            assertTrue(markdown != null && markdown.contains("## Risk assessment"), "session " + id + " has its note");
        }
    }

    /**
     * Every accepted session's event was delivered (answered 200) at least once, signed with the endpoint's secret;
     * one webhook-id per session, whatever was retried or redelivered; with {@code exactlyOnce}, no event was
     * delivered twice either. Answers the number of requests the receiver saw.
     */
    int assertWebhooks(Duration timeout, boolean exactlyOnce) throws WebhookVerificationException {
        List<WebhookReceiver.Received> delivered = receiver.await(r -> r.answered() == 200
                && accepted.contains(sessionOf(r)), accepted.size(), timeout);
        Map<String, Set<String>> idsPerSession = new HashMap<>();
        Map<String, Integer> deliveriesPerId = new HashMap<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            new Webhook(secret).verify(r.body(), r.headers());
            idsPerSession.computeIfAbsent(sessionOf(r), s -> new HashSet<>()).add(r.header("webhook-id"));
            if (r.answered() == 200) {
                deliveriesPerId.merge(r.header("webhook-id"), 1, Integer::sum);
            }
        }
        assertEquals(new HashSet<>(accepted), delivered.stream().map(Workload::sessionOf).collect(Collectors.toSet()),
                "every session's event was delivered");
        idsPerSession.forEach((session, ids) -> assertEquals(1, ids.size(), "one webhook-id for session " + session + ": " + ids));
        if (exactlyOnce) {
            deliveriesPerId.forEach((id, n) -> assertEquals(1, n, "event " + id + " delivered once"));
        }
        return receiver.received().size();
    }

    private static String sessionOf(WebhookReceiver.Received r) {
        return JsonPath.from(r.body()).getString("data.sessionId");
    }

    static RequestSpecification call(NotewellProcess server, String key) {
        return given().baseUri(server.base()).header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /**
     * The end of every fault test: all accepted sessions Done with their notes, every event delivered (at least once,
     * one webhook-id each), and none ended twice in {@code database}.
     */
    void assertAllDoneOnce(NotewellProcess server, Map<String, String> database) throws Exception {
        awaitAllDone(server, Duration.ofMinutes(5));
        assertNotes(server);
        assertWebhooks(Duration.ofMinutes(3), false);
        assertOneEventPerSession(database);
    }

    /** A fresh PostgreSQL database on the machine's server, and the environment that points Notewell at it. */
    static Map<String, String> freshPostgres(String name) throws SQLException {
        String base = System.getProperty("reliability.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection c = postgres(base + "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return Map.of("NOTEWELL_DB_URL", base + name, "NOTEWELL_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "NOTEWELL_DB_USER", System.getProperty("reliability.pg.user", "postgres"),
                "NOTEWELL_DB_PASSWORD", System.getProperty("reliability.pg.password", "postgres"));
    }

    static Connection postgres(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("reliability.pg.user", "postgres"),
                System.getProperty("reliability.pg.password", "postgres"));
    }

    /** None twice: the database holds exactly one session.completed event per accepted session. */
    void assertOneEventPerSession(Map<String, String> database) throws SQLException {
        Map<String, Integer> events = new HashMap<>();
        try (Connection c = postgres(database.get("NOTEWELL_DB_URL")); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT session_id, COUNT(*) FROM webhook_event WHERE type = 'session.completed' "
                     + "GROUP BY session_id")) {
            while (rows.next()) {
                events.put(rows.getString(1), rows.getInt(2));
            }
        }
        for (String id : accepted) {
            assertEquals(1, events.getOrDefault(id, 0), "session " + id + " ended once (one session.completed event)");
        }
    }

    /**
     * An empty directory under target/reliability for one test instance: the servers' and the broker's logs stay there
     * for a look after a failure.
     */
    static Path freshDirectory(Class<?> test) {
        Path dir = Path.of(System.getProperty("project.basedir", "."), "target", "reliability",
                test.getSimpleName() + "-" + System.currentTimeMillis());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    /** A shared 32-byte encryption key for instances that share one database. */
    static String encryptionKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    @SafeVarargs
    static Map<String, String> merge(Map<String, String>... parts) {
        Map<String, String> all = new HashMap<>();
        for (Map<String, String> part : parts) {
            all.putAll(part);
        }
        return all;
    }
}

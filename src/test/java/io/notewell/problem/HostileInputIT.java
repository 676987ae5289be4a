package io.notewell.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.notewell.testing.NotewellProcess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile input, generated from the server's own OpenAPI document (jqwik): every operation it describes is called
 * with mutated bodies (wrong types, missing and extra fields, huge strings, deep nesting, invalid UTF-8, bodies
 * over the limit, wrong content types) and hostile path parameters (traversal, encoded traversal, control
 * characters, very long ids), 10,000 requests in all. Every answer is below 500, every 4xx the application gives is
 * application/problem+json, the server is ready afterwards and its heap after a full GC is back near where it was
 * before. Some request lines never reach the application ({@link #refusedByHttpLayer}): Grizzly and the servlet
 * container answer them with a bare 400 or close the connection. They are counted and printed, not passed off as
 * problem details: that gap is known (see the closing note of the reliability issue).
 */
class HostileInputIT {

    static final int TRIES = 2_600;
    static final String JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static Path dataDir;
    static NotewellProcess server;
    static String key;
    static String provider;
    static List<Operation> operations;
    static long heapBefore;
    static final AtomicInteger SENT = new AtomicInteger();
    /** Request lines the HTTP layer refuses before any servlet runs (a URI over its 8 KB buffer, an encoded NUL). */
    static final AtomicInteger REFUSED_BY_HTTP_LAYER = new AtomicInteger();
    static final List<String> FAILURES = java.util.Collections.synchronizedList(new ArrayList<>());

    /** One operation of the OpenAPI document: method, path template, the body's top-level properties if any. */
    record Operation(String method, String path, Map<String, String> bodyProperties, List<String> required) {
    }

    /** A generated request. */
    record Attempt(Operation operation, String path, String contentType, byte[] body, String description) {
    }

    @BeforeContainer
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("notewell-hostile");
        server = new NotewellProcess(dataDir, Map.of("NOTEWELL_RATE_LIMIT_USER_REQUESTS_PER_MINUTE", "100000000",
                "NOTEWELL_AUTH_FAILURES_PER_MINUTE", "100000000"));
        server.start();
        key = Files.readString(dataDir.resolve("dev-api-key")).strip();
        HttpResponse<String> created = send("POST", "/users/providers", "application/json",
                "{\"firstName\":\"Ada\",\"lastName\":\"Byron\",\"email\":\"hostile@clinic.example\"}".getBytes(StandardCharsets.UTF_8));
        provider = JSON.readTree(created.body()).get("userId").asText();
        operations = operations(JSON.readTree(send("GET", "/openapi?format=JSON", null, null, "application/json").body()));
        assertTrue(operations.size() >= 15, "the OpenAPI document describes the API: " + operations.size() + " operations");
        heapBefore = heapUsedAfterGc();
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            assertEquals(List.of(), FAILURES.stream().limit(20).toList(), FAILURES.size() + " answers broke the rules");
            assertTrue(SENT.get() >= 10_000, "at least 10,000 requests were sent (URIs the client cannot send do not count): "
                    + SENT.get());
            HttpResponse<String> ready = send("GET", "/health/ready", null, null, "application/json");
            assertEquals(200, ready.statusCode(), "healthy afterwards: " + ready.body());
            long heapAfter = heapUsedAfterGc();
            assertTrue(heapAfter < heapBefore + 96L * 1024 * 1024, "heap after a full GC back near the baseline: before "
                    + heapBefore / 1024 / 1024 + " MB, after " + heapAfter / 1024 / 1024 + " MB");
            System.out.printf("hostile input: %d requests (%d request lines refused by the HTTP layer with a bare 400), "
                            + "heap after full GC %d MB before, %d MB after%n", SENT.get(), REFUSED_BY_HTTP_LAYER.get(),
                    heapBefore / 1024 / 1024, heapAfter / 1024 / 1024);
        } finally {
            server.close();
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void mutated_bodies_never_get_a_5xx_and_every_4xx_is_a_problem(@ForAll("bodies") Attempt attempt) throws Exception {
        check(attempt);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void hostile_path_parameters_never_get_a_5xx(@ForAll("paths") Attempt attempt) throws Exception {
        check(attempt);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void wrong_content_types_and_raw_bytes_never_get_a_5xx(@ForAll("raw") Attempt attempt) throws Exception {
        check(attempt);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void create_session_with_hostile_fields_never_gets_a_5xx(@ForAll("sessions") Attempt attempt) throws Exception {
        check(attempt);
    }

    private static void check(Attempt attempt) throws Exception {
        HttpResponse<String> response;
        try {
            try {
                response = send(attempt.operation().method(), attempt.path(), attempt.contentType(), attempt.body(), "application/json");
            } catch (java.io.IOException staleConnection) {
                // the HTTP layer closes a connection after refusing a request line; the client may have pooled it: once more
                response = send(attempt.operation().method(), attempt.path(), attempt.contentType(), attempt.body(), "application/json");
            }
        } catch (IllegalArgumentException unsendable) {
            return; // a URI the HTTP client itself refuses to send: not a request
        } catch (java.io.IOException noAnswer) {
            SENT.incrementAndGet();
            if (refusedByHttpLayer(attempt.path())) {
                REFUSED_BY_HTTP_LAYER.incrementAndGet();
            } else {
                FAILURES.add("no answer (" + noAnswer + ") for " + attempt.description());
            }
            return;
        }
        SENT.incrementAndGet();
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status == 400 && type.isEmpty() && response.body().isEmpty() && refusedByHttpLayer(attempt.path())) {
            REFUSED_BY_HTTP_LAYER.incrementAndGet();
        } else if (status >= 500) {
            FAILURES.add(status + " for " + attempt.description() + ": " + abbreviate(response.body()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            FAILURES.add(status + " with " + type + " for " + attempt.description());
        }
    }

    /**
     * Request lines that Grizzly and the servlet container refuse before any application code runs: a path that
     * climbs out of the root ("..") or holds an encoded slash, backslash, NUL or percent sign, and request lines
     * over the HTTP layer's 8 KB buffer (answered with a bare 400, or the connection is closed). Known gap: these
     * answers are not problem details.
     */
    static boolean refusedByHttpLayer(String path) {
        String p = path.toLowerCase();
        return path.length() > 2_000 || p.contains("..") || p.contains("%2f") || p.contains("%5c") || p.contains("%00")
                || p.contains("%25");
    }

    // ---- generators ----------------------------------------------------------------------------------

    static Arbitrary<Operation> anyOperation() {
        return Arbitraries.of(operations);
    }

    static Arbitrary<Operation> withBody() {
        return Arbitraries.of(operations.stream().filter(o -> !o.bodyProperties().isEmpty()).toList());
    }

    static Arbitrary<String> hostileString() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200),
                Arbitraries.of("", " ", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "..\\..\\win.ini",
                        "\u0000", "%00", "' OR '1'='1", "\"; DROP TABLE therapy_session; --", "<script>alert(1)</script>",
                        "${jndi:ldap://x}", "#{7*7}", "nw_abcdef_0123", "null", "true", "-1", "1e309", "\uD800", "\uFFFF",
                        "s3://other-bucket/key", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"),
                Arbitraries.integers().between(1_000, 200_000).map("x"::repeat),
                Arbitraries.create(() -> java.util.UUID.randomUUID().toString()));
    }

    static Arbitrary<Object> hostileValue() {
        return Arbitraries.lazyOf(
                () -> hostileString().map(s -> (Object) s),
                () -> Arbitraries.integers().map(i -> (Object) i),
                () -> Arbitraries.longs().map(l -> (Object) l),
                () -> Arbitraries.doubles().map(d -> (Object) d),
                () -> Arbitraries.of(true, false).map(b -> (Object) b),
                () -> Arbitraries.just((Object) null),
                () -> Arbitraries.strings().alpha().ofMaxLength(8).list().ofMaxSize(4).map(l -> (Object) l),
                () -> Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(8), Arbitraries.strings().ofMaxLength(8))
                        .ofMaxSize(4).map(m -> (Object) m));
    }

    /** A plausible body for the operation: every property with a value of roughly its type. */
    static Map<String, Object> plausible(Operation operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        operation.bodyProperties().forEach((name, type) -> body.put(name, switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> List.of("x");
            case "object" -> Map.of("text", Map.of("text", "Client reports poor sleep."));
            default -> name.toLowerCase().contains("userid") ? provider : "x";
        }));
        return body;
    }

    @Provide
    Arbitrary<Attempt> bodies() {
        return Combinators.combine(withBody(), Arbitraries.integers().between(0, 6), hostileValue(), hostileString())
                .as((operation, mutation, value, name) -> {
                    Map<String, Object> body = plausible(operation);
                    List<String> names = new ArrayList<>(body.keySet());
                    String field = names.get(Math.abs(name.hashCode()) % names.size());
                    String description;
                    switch (mutation) {
                        case 0 -> {
                            body.put(field, value);
                            description = "wrong value in " + field;
                        }
                        case 1 -> {
                            body.remove(field);
                            description = "missing " + field;
                        }
                        case 2 -> {
                            body.put(name.length() > 64 ? name.substring(0, 64) : name, value);
                            description = "extra field";
                        }
                        case 3 -> {
                            return attempt(operation, "application/json", json(value), "a bare value as the body");
                        }
                        case 4 -> {
                            return attempt(operation, "application/json", ("[".repeat(50_000) + "]".repeat(50_000))
                                    .getBytes(StandardCharsets.UTF_8), "50,000 levels of nesting");
                        }
                        case 5 -> {
                            body.put(field, Map.of("a", Map.of("b", Map.of("c", List.of(List.of(java.util.Collections.singletonList(value)))))));
                            description = "nested objects in " + field;
                        }
                        default -> {
                            body.put(field, "y".repeat(5 * 1024 * 1024));
                            description = "a 5 MiB string in " + field;
                        }
                    }
                    return attempt(operation, "application/json", json(body), description + " of " + operation.method() + " " + operation.path());
                });
    }

    @Provide
    Arbitrary<Attempt> paths() {
        return Combinators.combine(anyOperation().filter(o -> o.path().contains("{")), hostileString(), Arbitraries.of(true, false))
                .as((operation, value, encode) -> {
                    // unencoded, only what may stand in a URI as it is: printable ASCII (a client must percent-encode the rest)
                    String segment = encode || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)
                            ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
                    String path = operation.path().replaceAll("\\{[^}]+}", Matcher.quoteReplacement(segment));
                    byte[] body = operation.bodyProperties().isEmpty() ? null : json(plausible(operation));
                    return new Attempt(operation, path, body == null ? null : "application/json", body,
                            operation.method() + " " + path.substring(0, Math.min(120, path.length())));
                });
    }

    @Provide
    Arbitrary<Attempt> raw() {
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000),
                Arbitraries.just(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}),
                Arbitraries.just(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}),
                Arbitraries.just("{\"a\":".getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just(new byte[5 * 1024 * 1024]));
        Arbitrary<String> types = Arbitraries.of("application/json", "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/problem+json", "*/*", "garbage", "");
        return Combinators.combine(withBody(), bytes, types).as((operation, body, type) ->
                attempt(operation, type.isEmpty() ? null : type, body, body.length + " raw bytes as " + type + " to "
                        + operation.method() + " " + operation.path()));
    }

    @Provide
    Arbitrary<Attempt> sessions() {
        Operation create = operations.stream().filter(o -> o.method().equals("POST") && o.path().equals("/sessions")).findFirst().orElseThrow();
        Arbitrary<String> fields = Arbitraries.of("providerUserId", "clientUserId", "clientPronouns", "sessionType", "date",
                "partnerAppointmentId", "externalTreatmentPlan", "input", "input.text", "input.text.text", "input.recording",
                "input.recording.recordingUrls", "input.recording.recordingContent");
        return Combinators.combine(fields, hostileValue()).as((field, value) -> {
            Map<String, Object> text = new LinkedHashMap<>(Map.of("text", "Client reports poor sleep for two weeks."));
            Map<String, Object> recording = new LinkedHashMap<>(Map.of("recordingUrls", List.of("https://x.example/a.wav"),
                    "recordingContent", "Recording"));
            Map<String, Object> input = new LinkedHashMap<>(Map.of("text", text));
            Map<String, Object> body = new LinkedHashMap<>(Map.of("providerUserId", provider, "clientPronouns", "FeminineHer",
                    "sessionType", "Soap", "input", input));
            switch (field) {
                case "input.text" -> input.put("text", value);
                case "input.text.text" -> text.put("text", value);
                case "input.recording" -> input.put("recording", value);
                case "input.recording.recordingUrls" -> {
                    input.remove("text");
                    recording.put("recordingUrls", value);
                    input.put("recording", recording);
                }
                case "input.recording.recordingContent" -> {
                    input.remove("text");
                    recording.put("recordingContent", value);
                    input.put("recording", recording);
                }
                default -> body.put(field, value);
            }
            return attempt(create, "application/json", json(body), "POST /sessions with " + field + " = " + abbreviate(String.valueOf(value)));
        });
    }

    // ---- plumbing ----------------------------------------------------------------------------------

    static Attempt attempt(Operation operation, String contentType, byte[] body, String description) {
        String path = operation.path().replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
        return new Attempt(operation, path, contentType, body, description);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        return send(method, path, contentType, body, "application/json");
    }

    static HttpResponse<String> send(String method, String path, String contentType, byte[] body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null && body.length > 1024 * 1024) {
            // a body over the limit is refused before it is read: with 100-continue the refusal arrives before the body
            // is sent, as a careful client would have it, instead of a connection closed under a half-sent body
            request.expectContinue(true);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Partner operations of the document (operator endpoints need another credential and are covered elsewhere). */
    static List<Operation> operations(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/admin") || path.getKey().startsWith("/api-docs") || path.getKey().startsWith("/health")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                Map<String, String> properties = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                JsonNode schema = method.getValue().path("requestBody").path("content").path("application/json").path("schema");
                schema = resolve(document, schema);
                schema.path("properties").fields().forEachRemaining(p ->
                        properties.put(p.getKey(), resolve(document, p.getValue()).path("type").asText("object")));
                schema.path("required").forEach(r -> required.add(r.asText()));
                found.add(new Operation(method.getKey().toUpperCase(), path.getKey(), properties, required));
            }
        }
        return found;
    }

    static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            return target;
        }
        return schema;
    }

    static long heapUsedAfterGc() throws Exception {
        run(JCMD, Long.toString(server.pid()), "GC.run");
        String info = run(JCMD, Long.toString(server.pid()), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        assertTrue(used.find(), info);
        return Long.parseLong(used.group(1)) * 1024;
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}

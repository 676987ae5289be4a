package io.notewell.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible service on loopback, in the test JVM, speaking the wire format as OpenAI documents it:
 * {@code POST /v1/chat/completions} (JSON in, a {@code chat.completion} object out) and
 * {@code POST /v1/audio/transcriptions} ({@code multipart/form-data} in, verbose JSON out). It checks the shape of
 * every request (model, messages, response format, streaming off, bearer key; the form's model, response format
 * and a WAV file) and answers a request it would refuse with 400 and an OpenAI error object, recording the
 * violation for the test to assert on.
 *
 * <p>Its "model" writes a faithful note: one sentence per input line, each citing that line, spread over the
 * template's sections as the request's JSON schema lists them. Its "speech" reads out the given script, one line
 * every {@code secondsPerLine} of audio. What it answers next can be scripted: malformed JSON, evidence that
 * points nowhere, a section the template does not have, 429 with Retry-After, 500, or a slow answer.
 */
public final class FakeOpenAi implements AutoCloseable {

    /** How the next chat answer goes. */
    public enum Answer { GOOD, MALFORMED, EVIDENCE_NOWHERE, UNKNOWN_SECTION, RATE_LIMITED, SERVER_ERROR, SLOW }

    /** A request as received: path, headers, raw body. */
    public record Received(String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                return reader.readObject();
            }
        }
    }

    private static final Pattern LINE = Pattern.compile("^\\[(S\\d+)] (.*)$", Pattern.MULTILINE);
    private static final Pattern PLAN = Pattern.compile("^\\[(P\\d+)] ", Pattern.MULTILINE);

    private final HttpServer server;
    private final String model;
    private final String apiKey;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final List<String> speech = new ArrayList<>();
    private final AtomicInteger spoken = new AtomicInteger();
    private volatile Answer always;
    private volatile Duration slow = Duration.ofSeconds(10);
    private volatile int retryAfterSeconds = 2;
    private volatile double secondsPerLine = 2.4;

    private FakeOpenAi(HttpServer server, String model, String apiKey) {
        this.server = server;
        this.model = model;
        this.apiKey = apiKey;
    }

    public static FakeOpenAi start(int port, String model, String apiKey) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            FakeOpenAi fake = new FakeOpenAi(server, model, apiKey);
            server.createContext("/v1/chat/completions", fake::chat);
            server.createContext("/v1/audio/transcriptions", fake::transcription);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake OpenAI service", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next chat answers, in order; GOOD after them (or {@link #answerAlways}). */
    public FakeOpenAi answer(Answer... next) {
        script.addAll(List.of(next));
        return this;
    }

    /** Every chat answer from now on; null to go back to GOOD. */
    public FakeOpenAi answerAlways(Answer answer) {
        always = answer;
        return this;
    }

    public FakeOpenAi slowBy(Duration delay) {
        slow = delay;
        return this;
    }

    public FakeOpenAi retryAfter(int seconds) {
        retryAfterSeconds = seconds;
        return this;
    }

    /** What the speech endpoint "hears": these lines, one every {@code seconds} of audio, in order. */
    public FakeOpenAi speaks(List<String> lines, double seconds) {
        synchronized (speech) {
            speech.clear();
            speech.addAll(lines);
        }
        spoken.set(0);
        secondsPerLine = seconds;
        return this;
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public void reset() {
        script.clear();
        received.clear();
        violations.clear();
        always = null;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void chat(HttpExchange exchange) throws IOException {
        Received request = record(exchange);
        String problem = checkCommon(exchange, request, "application/json");
        JsonObject body = null;
        if (problem == null) {
            try {
                body = request.json();
                problem = checkChat(body);
            } catch (RuntimeException notJson) {
                problem = "the body is not a JSON object";
            }
        }
        if (problem != null) {
            refuse(exchange, problem);
            return;
        }
        Answer next = script.poll();
        if (next == null) {
            next = always == null ? Answer.GOOD : always;
        }
        switch (next) {
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
                send(exchange, 429, error("Rate limit reached for requests", "requests", "rate_limit_exceeded"));
                return;
            }
            case SERVER_ERROR -> {
                send(exchange, 500, error("The server had an error while processing your request.", "server_error", null));
                return;
            }
            case SLOW -> sleep(slow);
            default -> {
            }
        }
        String content = switch (next) {
            case MALFORMED -> "Here is the note you asked for: {\"sections\": [{\"key\": ";
            case EVIDENCE_NOWHERE -> note(body, true, false);
            case UNKNOWN_SECTION -> note(body, false, true);
            default -> note(body, false, false);
        };
        JsonObject completion = Json.createObjectBuilder()
                .add("id", "chatcmpl-" + received.size())
                .add("object", "chat.completion")
                .add("created", System.currentTimeMillis() / 1000)
                .add("model", model)
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 100).add("completion_tokens", 100).add("total_tokens", 200))
                .build();
        send(exchange, 200, completion.toString());
    }

    private String checkChat(JsonObject body) {
        if (!model.equals(stringOf(body.get("model")))) {
            return "model must be \"" + model + "\"";
        }
        if (body.containsKey("stream") && body.get("stream") != JsonValue.FALSE) {
            return "streaming must be off";
        }
        if (!(body.get("messages") instanceof JsonArray messages) || messages.isEmpty()) {
            return "messages must be a non-empty array";
        }
        for (JsonValue m : messages) {
            if (m.getValueType() != JsonValue.ValueType.OBJECT || !List.of("system", "user", "assistant")
                    .contains(stringOf(m.asJsonObject().get("role"))) || stringOf(m.asJsonObject().get("content")) == null) {
                return "each message needs a role (system, user, assistant) and string content";
            }
        }
        if (!(body.get("response_format") instanceof JsonObject format)) {
            return "response_format is required";
        }
        String type = stringOf(format.get("type"));
        if ("json_schema".equals(type)) {
            if (!(format.get("json_schema") instanceof JsonObject schema) || stringOf(schema.get("name")) == null
                    || !(schema.get("schema") instanceof JsonObject)) {
                return "response_format.json_schema needs a name and a schema";
            }
        } else if (!"json_object".equals(type)) {
            return "response_format.type must be json_schema or json_object";
        }
        return null;
    }

    /** The fake model's note: every input line as a sentence citing it, sections round-robin. */
    private static String note(JsonObject body, boolean evidenceNowhere, boolean unknownSection) {
        List<String> keys = sectionKeys(body);
        String user = body.getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("role").equals("user")).map(m -> m.getString("content")).findFirst().orElse("");
        Map<String, JsonArrayBuilder> sections = new LinkedHashMap<>();
        keys.forEach(k -> sections.put(k, Json.createArrayBuilder()));
        Matcher line = LINE.matcher(user);
        int i = 0;
        while (line.find()) {
            String id = evidenceNowhere && i % 2 == 0 ? "S" + (90_000 + i) : line.group(1);
            String text = line.group(2).replaceFirst("^[^:]{1,30}\\((client|clinician)\\): ", "");
            sections.get(keys.get(i % keys.size())).add(Json.createObjectBuilder().add("text", text)
                    .add("evidence", Json.createArrayBuilder().add(id)));
            i++;
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        sections.forEach((key, sentences) -> out.add(Json.createObjectBuilder().add("key", key).add("sentences", sentences)));
        if (unknownSection) {
            out.add(Json.createObjectBuilder().add("key", "summary_of_everything").add("sentences", Json.createArrayBuilder()));
        }
        JsonArrayBuilder plan = Json.createArrayBuilder();
        if (PLAN.matcher(user).find()) {
            plan.add(Json.createObjectBuilder().add("item", "P1").add("evidence", Json.createArrayBuilder().add("S1")));
        }
        return Json.createObjectBuilder().add("sections", out).add("treatmentPlan", plan).build().toString();
    }

    private static List<String> sectionKeys(JsonObject body) {
        try {
            JsonObject schema = body.getJsonObject("response_format").getJsonObject("json_schema").getJsonObject("schema");
            return schema.getJsonObject("properties").getJsonObject("sections").getJsonObject("items").getJsonObject("properties")
                    .getJsonObject("key").getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        } catch (RuntimeException noSchema) {
            // JSON mode: the keys are in the instructions, "- key: Title: ..."
            String system = body.getJsonArray("messages").getJsonObject(0).getString("content");
            List<String> keys = new ArrayList<>();
            Matcher m = Pattern.compile("^- ([a-z_]+): ", Pattern.MULTILINE).matcher(system.substring(system.indexOf("Sections")));
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        }
    }

    private void transcription(HttpExchange exchange) throws IOException {
        Received request = record(exchange);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String problem = checkCommon(exchange, request, "multipart/form-data");
        Map<String, byte[]> form = problem == null ? multipart(contentType, request.body()) : Map.of();
        if (problem == null) {
            if (!model.equals(text(form.get("model")))) {
                problem = "model must be \"" + model + "\"";
            } else if (!"verbose_json".equals(text(form.get("response_format")))) {
                problem = "this test service expects response_format=verbose_json";
            } else if (form.get("file") == null || form.get("file").length < 44
                    || !new String(form.get("file"), 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
                problem = "file must be a WAV file";
            }
        }
        if (problem != null) {
            refuse(exchange, problem);
            return;
        }
        byte[] wav = form.get("file");
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = header.getInt(28);
        double duration = (double) header.getInt(40) / byteRate;
        JsonArrayBuilder segments = Json.createArrayBuilder();
        StringBuilder text = new StringBuilder();
        int index = 0;
        for (double at = 0; at + 0.5 < duration; at += secondsPerLine) {
            String said;
            synchronized (speech) {
                said = speech.isEmpty() ? "" : speech.get(spoken.getAndIncrement() % speech.size());
            }
            double end = Math.min(duration, at + secondsPerLine - 0.2);
            segments.add(Json.createObjectBuilder().add("id", index++).add("seek", 0).add("start", round(at)).add("end", round(end))
                    .add("text", " " + said).add("tokens", Json.createArrayBuilder()).add("temperature", 0.0)
                    .add("avg_logprob", -0.2).add("compression_ratio", 1.3).add("no_speech_prob", 0.01));
            text.append(' ').append(said);
        }
        send(exchange, 200, Json.createObjectBuilder().add("task", "transcribe").add("language", "english")
                .add("duration", round(duration)).add("text", text.toString().strip()).add("segments", segments).build().toString());
    }

    private Received record(HttpExchange exchange) throws IOException {
        Received request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                exchange.getRequestBody().readAllBytes());
        received.add(request);
        return request;
    }

    private String checkCommon(HttpExchange exchange, Received request, String contentType) {
        if (!exchange.getRequestMethod().equals("POST")) {
            return "method must be POST";
        }
        String type = request.header("Content-Type");
        if (type == null || !type.startsWith(contentType)) {
            return "Content-Type must be " + contentType;
        }
        if (apiKey != null && !("Bearer " + apiKey).equals(request.header("Authorization"))) {
            return "Authorization must be Bearer <key>";
        }
        return null;
    }

    private void refuse(HttpExchange exchange, String problem) throws IOException {
        violations.add(problem);
        send(exchange, 400, error(problem, "invalid_request_error", null));
    }

    private static String error(String message, String type, String code) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("message", message).add("type", type)
                .add("param", JsonValue.NULL).add("code", code == null ? JsonValue.NULL : Json.createValue(code))).build().toString();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The parts of a multipart/form-data body by name. */
    public static Map<String, byte[]> multipart(String contentType, byte[] body) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        Matcher b = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
        if (!b.find()) {
            return parts;
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
            int next = indexOf(body, delimiter, headersEnd);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers);
            if (name.find()) {
                byte[] content = new byte[next - 2 - (headersEnd + 4)];
                System.arraycopy(body, headersEnd + 4, content, 0, content.length);
                parts.put(name.group(1), content);
            }
            at = next;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String text(byte[] part) {
        return part == null ? null : new String(part, StandardCharsets.UTF_8);
    }

    private static String stringOf(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

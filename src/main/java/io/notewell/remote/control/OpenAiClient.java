package io.notewell.remote.control;

import static io.notewell.platform.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One OpenAI-compatible service: {@code POST {base}/chat/completions} and
 * {@code POST {base}/audio/transcriptions}, where {@code base} is the URL up to and including {@code /v1}.
 * Maps the service's answers onto what the caller can act on: an answer, {@link ModelUnavailable} (try again
 * later: 429, 408, 5xx, 401/403/404 until an operator fixes the configuration, no connection, no answer in
 * time) or {@link ModelRejected} (this request will never work). Error bodies are not read into messages:
 * services echo the prompt back in them.
 */
public final class OpenAiClient {

    static final String USER_AGENT = "Notewell/1.0";

    /** Where the service is and how to call it. {@code keyHeader} is {@code Authorization} (Bearer) or e.g. {@code api-key}. */
    public record Endpoint(URI base, String model, String apiKey, String keyHeader, Duration timeout) {
        public Endpoint {
            Objects.requireNonNull(base, "base URL");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(timeout, "timeout");
            String text = base.toString();
            if (text.endsWith("/")) {
                base = URI.create(text.substring(0, text.length() - 1));
            }
            keyHeader = keyHeader == null || keyHeader.isBlank() ? "Authorization" : keyHeader.strip();
        }

        URI resolve(String path) {
            return URI.create(base + path);
        }
    }

    /** What a chat completion answered: the message content and why the model stopped. */
    public record ChatAnswer(String content, String finishReason) {
        public boolean truncated() {
            return "length".equals(finishReason);
        }
    }

    private final Endpoint endpoint;
    private final HttpClient http;

    public OpenAiClient(Endpoint endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Sends a chat completion; {@code request} is the body without the model, which is added here. Streaming
     * is always off.
     */
    public ChatAnswer chat(JsonObject request) {
        JsonObject body = JSON.createObjectBuilder(request).add("model", endpoint.model()).add("stream", false).build();
        HttpRequest.Builder call = request("/chat/completions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        JsonObject answer = exchange(call.build(), "chat completion");
        JsonArray choices = answer.containsKey("choices") && answer.get("choices").getValueType() == JsonValue.ValueType.ARRAY
                ? answer.getJsonArray("choices") : null;
        if (choices == null || choices.isEmpty() || choices.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return new ChatAnswer(null, null);
        }
        JsonObject choice = choices.getJsonObject(0);
        JsonObject message = choice.containsKey("message") && choice.get("message").getValueType() == JsonValue.ValueType.OBJECT
                ? choice.getJsonObject("message") : null;
        String content = message != null && message.containsKey("content")
                && message.get("content").getValueType() == JsonValue.ValueType.STRING ? message.getString("content") : null;
        String finish = choice.containsKey("finish_reason") && choice.get("finish_reason").getValueType() == JsonValue.ValueType.STRING
                ? choice.getString("finish_reason") : null;
        return new ChatAnswer(content, finish);
    }

    /**
     * Sends one audio file to the transcription endpoint as {@code multipart/form-data} and answers the
     * service's verbose JSON ({@code text}, {@code segments} with {@code start}/{@code end} in seconds).
     */
    public JsonObject transcribe(byte[] audio, String fileName, String contentType, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("model", endpoint.model());
        all.putAll(fields);
        String boundary = "notewell-" + UUID.randomUUID();
        HttpRequest call = request("/audio/transcriptions")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, all, fileName, contentType, audio)))
                .build();
        return exchange(call, "transcription");
    }

    /**
     * A form with text fields and one file part, as RFC 7578 writes it. Written here because the JDK client has
     * no multipart publisher and this is the only form Notewell sends.
     */
    static byte[] multipart(String boundary, Map<String, String> fields, String fileName, String contentType, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1024);
        fields.forEach((name, value) -> {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        });
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(file);
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(endpoint.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
            builder.header(endpoint.keyHeader(), endpoint.keyHeader().equalsIgnoreCase("Authorization")
                    ? "Bearer " + endpoint.apiKey() : endpoint.apiKey());
        }
        return builder;
    }

    private JsonObject exchange(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new ModelUnavailable("the " + what + " service at " + endpoint.base() + " did not accept a connection in time", null, e);
        } catch (HttpTimeoutException e) {
            throw new ModelUnavailable.TimedOut("the " + what + " service did not answer within " + endpoint.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new ModelUnavailable("the " + what + " service at " + endpoint.base() + " could not be reached ("
                    + e.getClass().getSimpleName() + ")", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailable("interrupted while waiting for the " + what + " service", null, e);
        }
        int status = response.statusCode();
        if (status == 429) {
            throw new ModelUnavailable.Busy("the " + what + " service is rate limiting (429)",
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status == 401 || status == 403) {
            throw new ModelUnavailable("the " + what + " service refused the configured API key (" + status + ")");
        }
        if (status == 404) {
            throw new ModelUnavailable("the " + what + " service has no such endpoint or model (404); check the base URL and model");
        }
        if (status == 408 || status >= 500) {
            throw new ModelUnavailable("the " + what + " service failed (" + status + ")",
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)), null);
        }
        if (status >= 300) {
            throw new ModelRejected("the " + what + " service refused the request (" + status + ")");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ModelUnavailable("the " + what + " service answered something other than a JSON object");
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw new ModelUnavailable("the " + what + " service answered " + status + " with a body that is not JSON", null, e);
        }
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(java.time.Instant.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}

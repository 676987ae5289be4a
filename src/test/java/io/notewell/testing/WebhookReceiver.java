package io.notewell.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A webhook receiver on loopback, in the test JVM: records every request (headers and raw body) and answers
 * with the statuses it is told, one per request, then 200; optionally slowly.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(Map<String, List<String>> headers, String body, Instant at, int answered) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile Duration delay = Duration.ZERO;
    private volatile String retryAfter;
    private volatile int answerAll;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        return start(0);
    }

    public static WebhookReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Integer status = receiver.statuses.poll();
                int answer = status != null ? status : receiver.answerAll != 0 ? receiver.answerAll : 200;
                try {
                    Thread.sleep(receiver.delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                receiver.received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8),
                        Instant.now(), answer));
                if (receiver.retryAfter != null && answer != 200) {
                    exchange.getResponseHeaders().add("Retry-After", receiver.retryAfter);
                }
                exchange.sendResponseHeaders(answer, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the webhook receiver", e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next requests are answered with these statuses, in order; then 200. */
    public WebhookReceiver answer(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    /** Answers every request with {@code status} (0: back to 200). */
    public WebhookReceiver answerAll(int status) {
        answerAll = status;
        return this;
    }

    public WebhookReceiver delay(Duration d) {
        delay = d;
        return this;
    }

    public WebhookReceiver retryAfter(String value) {
        retryAfter = value;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits until {@code count} requests match, up to {@code timeout}; answers those that match. */
    public List<Received> await(Predicate<Received> which, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " matching webhook requests within " + timeout + ", got " + matching.size()
                        + " (of " + received.size() + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from an allow-listed host, against a real HTTP server on loopback. */
class RemoteRecordingTest {

    HttpServer server;
    URI base;
    final AtomicInteger internalHits = new AtomicInteger();

    @TempDir
    Path scratch;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/a.ogg", x -> {
            x.sendResponseHeaders(200, 5);
            x.getResponseBody().write(new byte[]{1, 2, 3, 4, 5});
            x.close();
        });
        server.createContext("/big", x -> {
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write(new byte[10_000]);
            x.close();
        });
        server.createContext("/redirect", x -> {
            x.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/internal", x -> {
            internalHits.incrementAndGet();
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_recording_is_streamed_into_a_scratch_file() throws IOException {
        Path file = new RemoteRecording(1_000).download(base.resolve("/a.ogg"), scratch);
        assertArrayEquals(new byte[]{1, 2, 3, 4, 5}, Files.readAllBytes(file));
        assertTrue(file.startsWith(scratch));
    }

    @Test
    void a_redirect_is_not_followed() throws IOException {
        server.createContext("/to-internal", x -> {
            x.getResponseHeaders().add("Location", base.resolve("/internal").toString());
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        var refused = assertThrows(RemoteRecording.Refused.class, () -> new RemoteRecording(1_000).download(base.resolve("/to-internal"), scratch));
        assertTrue(refused.getMessage().contains("redirects"));
        assertEquals(0, internalHits.get());
        assertThrows(RemoteRecording.Refused.class, () -> new RemoteRecording(1_000).download(base.resolve("/redirect"), scratch));
        assertEquals(0, Files.list(scratch).count(), "nothing left behind");
    }

    @Test
    void a_file_over_the_limit_is_refused_and_removed() throws IOException {
        var refused = assertThrows(RemoteRecording.Refused.class, () -> new RemoteRecording(1_000).download(base.resolve("/big"), scratch));
        assertTrue(refused.getMessage().contains("larger than 1000 bytes"));
        assertEquals(0, Files.list(scratch).count());
    }

    @Test
    void a_missing_file_is_refused() {
        assertThrows(RemoteRecording.Refused.class, () -> new RemoteRecording(1_000).download(base.resolve("/gone"), scratch));
    }
}

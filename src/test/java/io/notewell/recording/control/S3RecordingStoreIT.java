package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 adapter against a real S3-compatible server on loopback (Adobe S3Mock, run from its executable jar,
 * which the build copies from Maven Central): SigV4 pre-signed PUT and GET URLs made by the SDK's presigner,
 * objects read back through the SDK.
 */
class S3RecordingStoreIT {

    static final String BUCKET = "recordings";
    static Process s3mock;
    static URI endpoint;
    static S3RecordingStore store;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    final String partner = UUID.randomUUID().toString();

    @TempDir
    Path scratch;

    @BeforeAll
    static void startS3Mock() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path basedir = Path.of(System.getProperty("project.basedir", "."));
        Path data = Files.createDirectories(basedir.resolve("target/s3mock-data"));
        s3mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                basedir.resolve("target/s3mock.jar").toString(), "--server.port=0", "--com.adobe.testing.s3mock.httpPort=" + port,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET, "--com.adobe.testing.s3mock.store.root=" + data,
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(basedir.resolve("target/s3mock.log").toFile()).start();
        endpoint = URI.create("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/" + BUCKET)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline) || !s3mock.isAlive()) {
                    throw new IllegalStateException("S3Mock did not start; see target/s3mock.log", notYet);
                }
            }
            Thread.sleep(250);
        }
        store = new S3RecordingStore(new S3RecordingStore.Settings(BUCKET, "us-east-1", Optional.of(endpoint), true,
                Optional.of("test-access-key"), Optional.of("test-secret-key"), 10_000_000));
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
        if (s3mock != null) {
            s3mock.destroy();
        }
    }

    @Test
    void a_presigned_put_uploads_the_object_and_the_worker_reads_it_through_the_sdk() throws Exception {
        byte[] audio = TranscriptionTestFiles.bytes("session.ogg");
        RecordingStore.Upload upload = store.newUpload(partner, Duration.ofMinutes(10), null);
        assertTrue(upload.uploadUrl().getQuery().contains("X-Amz-Signature="), "a SigV4 pre-signed URL");
        assertTrue(upload.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(9))));
        String key = store.keyOf(URI.create(upload.recordingUrl())).orElseThrow();
        assertEquals(key, store.keyOf(upload.uploadUrl()).orElseThrow(), "the upload URL itself names the same object");
        assertTrue(RecordingStore.belongsTo(key, partner));
        assertFalse(store.exists(key));

        int status = HTTP.send(HttpRequest.newBuilder(upload.uploadUrl()).PUT(HttpRequest.BodyPublishers.ofByteArray(audio)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(200, status);
        assertTrue(store.exists(key));

        Path copy = store.localCopy(key, scratch);
        assertArrayEquals(audio, Files.readAllBytes(copy));
        assertTrue(copy.startsWith(scratch), "a scratch copy, removed by the worker after use");

        URI listen = store.listenUrl(key, Duration.ofMinutes(5), null);
        byte[] played = HTTP.send(HttpRequest.newBuilder(listen).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertArrayEquals(audio, played);
    }

    @Test
    void only_objects_of_the_configured_bucket_are_recognised() {
        String object = partner + "/" + UUID.randomUUID();
        assertEquals(Optional.of(object), store.keyOf(URI.create("s3://" + BUCKET + "/" + object)));
        assertEquals(Optional.of(object), store.keyOf(URI.create(endpoint + "/" + BUCKET + "/" + object)));
        assertTrue(store.keyOf(URI.create("s3://other-bucket/" + object)).isEmpty());
        assertTrue(store.keyOf(URI.create(endpoint + "/other-bucket/" + object)).isEmpty());
        assertTrue(store.keyOf(URI.create("http://127.0.0.2:" + endpoint.getPort() + "/" + BUCKET + "/" + object)).isEmpty());
        assertTrue(store.keyOf(URI.create("s3://" + BUCKET + "/" + partner + "/../other/x")).isEmpty());
    }

    @Test
    void a_missing_object_does_not_exist() {
        assertFalse(store.exists(partner + "/" + UUID.randomUUID()));
    }
}

package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRecordingStoreTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final URI BASE = URI.create("http://127.0.0.1:8080/");
    final String partner = UUID.randomUUID().toString();

    @TempDir
    Path root;

    LocalRecordingStore store(long maxBytes) {
        return new LocalRecordingStore(root, null, new UploadSignature(KEY), maxBytes);
    }

    static String query(URI url, String name) {
        for (String pair : url.getQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Test
    void an_upload_url_names_one_object_of_the_partner_and_is_signed_for_put_only() {
        LocalRecordingStore store = store(100);
        RecordingStore.Upload upload = store.newUpload(partner, Duration.ofMinutes(5), BASE);
        String key = store.keyOf(upload.uploadUrl()).orElseThrow();
        assertTrue(RecordingStore.belongsTo(key, partner));
        assertTrue(upload.uploadUrl().toString().startsWith("http://127.0.0.1:8080/uploads/" + partner + "/"));
        String expires = query(upload.uploadUrl(), "expires");
        String signature = query(upload.uploadUrl(), "signature");
        assertEquals(UploadSignature.Verdict.VALID, store.check("PUT", key, expires, signature));
        assertEquals(UploadSignature.Verdict.INVALID, store.check("GET", key, expires, signature), "not a listen URL");
        assertEquals(UploadSignature.Verdict.INVALID, store.check("PUT", key, String.valueOf(Long.parseLong(expires) + 3600), signature),
                "a longer expiry is a different URL");
        assertEquals(UploadSignature.Verdict.INVALID, store.check("PUT", RecordingStore.key(partner, UUID.randomUUID().toString()),
                expires, signature), "another object");
        assertEquals(UploadSignature.Verdict.INVALID, store.check("PUT", key, null, null));
    }

    @Test
    void an_expired_url_is_told_apart_from_a_forged_one() {
        UploadSignature signature = new UploadSignature(KEY);
        long past = Instant.now().minusSeconds(1).getEpochSecond();
        assertEquals(UploadSignature.Verdict.EXPIRED, signature.check("PUT", "k", String.valueOf(past), signature.sign("PUT", "k", past), Instant.now()));
        UploadSignature otherKey = new UploadSignature(Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));
        long future = Instant.now().plusSeconds(60).getEpochSecond();
        assertEquals(UploadSignature.Verdict.INVALID, signature.check("PUT", "k", String.valueOf(future), otherKey.sign("PUT", "k", future), Instant.now()));
    }

    @Test
    void a_finished_object_is_never_overwritten() throws Exception {
        LocalRecordingStore store = store(100);
        String key = RecordingStore.key(partner, UUID.randomUUID().toString());
        assertEquals(3, store.receive(key, new ByteArrayInputStream(new byte[]{1, 2, 3})));
        var refused = assertThrows(LocalRecordingStore.UploadRefused.class, () -> store.receive(key, new ByteArrayInputStream(new byte[]{9})));
        assertEquals(LocalRecordingStore.Refusal.OBJECT_EXISTS, refused.reason());
        assertEquals(3, Files.size(store.file(key)));
        assertTrue(store.exists(key));
        assertEquals(0, partials());
    }

    @Test
    void an_upload_over_the_limit_leaves_nothing_behind() throws IOException {
        LocalRecordingStore store = store(1_000);
        String key = RecordingStore.key(partner, UUID.randomUUID().toString());
        var refused = assertThrows(LocalRecordingStore.UploadRefused.class, () -> store.receive(key, new ByteArrayInputStream(new byte[1_001])));
        assertEquals(LocalRecordingStore.Refusal.TOO_LARGE, refused.reason());
        assertFalse(store.exists(key));
        assertEquals(0, partials());
    }

    @Test
    void only_well_formed_object_paths_name_objects() {
        LocalRecordingStore store = store(1);
        String object = UUID.randomUUID().toString();
        assertTrue(store.keyOf(URI.create("https://notewell.example/uploads/" + partner + "/" + object)).isPresent());
        assertTrue(store.keyOf(URI.create("https://notewell.example/uploads/" + partner + "/../" + object)).isEmpty());
        assertTrue(store.keyOf(URI.create("https://notewell.example/uploads/" + partner + "/" + object + "/x")).isEmpty());
        assertTrue(store.keyOf(URI.create("file:///uploads/" + partner + "/" + object)).isEmpty());
        LocalRecordingStore pinned = new LocalRecordingStore(root, URI.create("https://notewell.example"), new UploadSignature(KEY), 1);
        assertTrue(pinned.keyOf(URI.create("https://notewell.example/uploads/" + partner + "/" + object)).isPresent());
        assertTrue(pinned.keyOf(URI.create("https://elsewhere.example/uploads/" + partner + "/" + object)).isEmpty(),
                "with a public URL configured, only its origin names objects");
    }

    private long partials() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }
}

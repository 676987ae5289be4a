package io.notewell.recording.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.platform.PublicAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingUrlPolicyTest {

    final String partner = UUID.randomUUID().toString();

    @TempDir
    Path root;

    /** Names resolve as a test says, so that a public name can point anywhere (DNS rebinding, internal names). */
    static final Map<String, String> DNS = Map.of(
            "media.partner.example", "93.184.216.34",
            "rebind.partner.example", "10.1.2.3",
            "v6.partner.example", "fd12::1",
            "mapped.partner.example", "::ffff:127.0.0.1",
            "cgnat.partner.example", "100.64.0.1");

    static final PublicAddresses.Resolver RESOLVER = host -> {
        String ip = DNS.get(host);
        if (ip == null) {
            if (host.matches("[0-9.]+|.*:.*")) {
                return new InetAddress[]{InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(ip)};
    };

    RecordingUrlPolicy policy(LocalRecordingStore store) {
        return new RecordingUrlPolicy(store, Set.of("media.partner.example", "*.partner.example", "127.0.0.1", "localhost",
                "169.254.169.254", "10.0.0.5"), false, RESOLVER);
    }

    LocalRecordingStore store() {
        return new LocalRecordingStore(root, null, new UploadSignature(Base64.getEncoder().encodeToString(new byte[32])), 100);
    }

    @Test
    void an_uploaded_object_of_the_partner_is_accepted_and_one_not_yet_uploaded_is_not() throws Exception {
        LocalRecordingStore store = store();
        RecordingStore.Upload upload = store.newUpload(partner, Duration.ofMinutes(1), URI.create("http://127.0.0.1:8080/"));
        RecordingUrlPolicy.Verdict before = policy(store).check(upload.recordingUrl(), partner);
        assertFalse(before.accepted());
        assertTrue(before.refusal().contains("nothing has been uploaded"));
        store.receive(store.keyOf(upload.uploadUrl()).orElseThrow(), new java.io.ByteArrayInputStream(new byte[]{1}));
        assertInstanceOf(RecordingUrlPolicy.Stored.class, policy(store).check(upload.recordingUrl(), partner).source(),
                "our own upload URL is read from the store, never fetched, although it is on loopback");
        assertTrue(policy(store).check(upload.recordingUrl(), UUID.randomUUID().toString()).refusal().contains("not name one of your uploads"));
    }

    @Test
    void an_allow_listed_https_host_with_public_addresses_is_accepted() {
        assertInstanceOf(RecordingUrlPolicy.Remote.class, policy(store()).check("https://media.partner.example/r/1.m4a", partner).source());
    }

    @Test
    void nothing_that_reaches_internal_addresses_or_other_schemes_is_accepted_even_when_allow_listed() {
        for (String url : new String[]{"http://media.partner.example/a.wav", "file:///etc/passwd", "ftp://media.partner.example/a",
                "gopher://127.0.0.1:25/", "https://127.0.0.1/a.wav", "https://localhost/a.wav", "https://169.254.169.254/latest/meta-data",
                "https://10.0.0.5/a.wav", "https://rebind.partner.example/a.wav", "https://v6.partner.example/a.wav",
                "https://mapped.partner.example/a.wav", "https://cgnat.partner.example/a.wav", "https://unknown.partner.example/a.wav",
                "https://user:pw@media.partner.example/a.wav", "https://evil.example/a.wav", "jar:file:/x!/y", "/relative/a.wav"}) {
            RecordingUrlPolicy.Verdict verdict = policy(store()).check(url, partner);
            assertFalse(verdict.accepted(), url);
            assertTrue(verdict.refusal() != null && !verdict.refusal().isBlank(), url);
        }
    }

    @Test
    void refusals_say_why() {
        assertTrue(policy(store()).check("https://rebind.partner.example/a.wav", partner).refusal().contains("private-range"));
        assertTrue(policy(store()).check("https://169.254.169.254/x", partner).refusal().contains("link-local"));
        assertTrue(policy(store()).check("file:///etc/passwd", partner).refusal().contains("file: URLs are never fetched"));
        assertTrue(policy(store()).check("https://evil.example/a", partner).refusal().contains("allow-list"));
    }

    @Test
    void private_addresses_can_be_allowed_by_an_operator_for_development() {
        RecordingUrlPolicy open = new RecordingUrlPolicy(store(), Set.of("rebind.partner.example"), true, RESOLVER);
        assertEquals(URI.create("https://rebind.partner.example/a.wav"),
                ((RecordingUrlPolicy.Remote) open.check("https://rebind.partner.example/a.wav", partner).source()).url());
    }
}

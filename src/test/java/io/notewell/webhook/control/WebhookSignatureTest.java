package io.notewell.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static Map<String, List<String>> headers(String id, long ts, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(ts)), "webhook-signature", List.of(signature));
    }

    @Test
    void signatures_verify_with_the_published_standard_webhooks_library() throws Exception {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"ping\",\"timestamp\":\"2026-11-29T08:00:00Z\",\"data\":{}}";
        String signature = WebhookSignature.header(List.of(secret), "msg_1", now, body);
        new Webhook(secret).verify(body, headers("msg_1", now, signature));
        assertEquals(new Webhook(secret).sign("msg_1", now, body), signature, "byte for byte what the library signs");
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(body + " ", headers("msg_1", now, signature)));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(body, headers("msg_2", now, signature)));
    }

    @Test
    void during_a_rotation_each_secret_verifies_on_its_own() throws Exception {
        String old = WebhookSignature.newSecret();
        String fresh = WebhookSignature.newSecret();
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(fresh, old), "msg_9", now, "{}");
        assertEquals(2, header.split(" ").length);
        new Webhook(old).verify("{}", headers("msg_9", now, header));
        new Webhook(fresh).verify("{}", headers("msg_9", now, header));
        assertThrows(WebhookVerificationException.class,
                () -> new Webhook(WebhookSignature.newSecret()).verify("{}", headers("msg_9", now, header)));
    }

    @Test
    void the_retry_schedule_runs_out_and_honours_retry_after() {
        RetrySchedule schedule = RetrySchedule.parse(RetrySchedule.DEFAULT);
        assertEquals(8, schedule.attempts());
        Instant now = Instant.parse("2026-11-29T08:00:00Z");
        assertEquals(now.plusSeconds(5), schedule.next(1, now, Optional.empty()).orElseThrow());
        assertEquals(now.plus(Duration.ofMinutes(5)), schedule.next(2, now, Optional.empty()).orElseThrow());
        assertEquals(now.plusSeconds(120), schedule.next(1, now, Optional.of(Duration.ofSeconds(120))).orElseThrow(), "asked for longer");
        assertEquals(now.plusSeconds(5), schedule.next(1, now, Optional.of(Duration.ofSeconds(1))).orElseThrow(), "never sooner than planned");
        assertEquals(now.plus(Duration.ofDays(1)), schedule.next(1, now, Optional.of(Duration.ofDays(30))).orElseThrow(), "capped at a day");
        assertTrue(schedule.next(8, now, Optional.empty()).isEmpty());
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetrySchedule.retryAfter(Optional.of("30"), now));
        assertEquals(Optional.of(Duration.ofSeconds(60)), RetrySchedule.retryAfter(Optional.of("Sun, 29 Nov 2026 08:01:00 GMT"), now));
        assertEquals(Optional.empty(), RetrySchedule.retryAfter(Optional.of("soon"), now));
    }

    @Test
    void endpoint_urls_must_be_https_and_public_unless_an_operator_says_otherwise() {
        WebhookUrlPolicy strict = new WebhookUrlPolicy(false, java.util.Set.of(), host -> new java.net.InetAddress[]{
                java.net.InetAddress.getByName(host.equals("ehr.example") ? "93.184.216.34" : host.equals("inside.example") ? "10.0.0.7" : host)});
        assertTrue(strict.refusal("https://ehr.example/hooks").isEmpty());
        assertTrue(strict.refusal("http://ehr.example/hooks").orElseThrow().contains("https"));
        assertTrue(strict.refusal("https://inside.example/hooks").orElseThrow().contains("private-range"));
        assertTrue(strict.refusal("https://169.254.169.254/").orElseThrow().contains("link-local"));
        assertTrue(strict.refusal("https://[::1]/").orElseThrow().contains("loopback"));
        assertTrue(strict.refusal("https://u:p@ehr.example/").orElseThrow().contains("credentials"));
        WebhookUrlPolicy development = new WebhookUrlPolicy(true, java.util.Set.of("127.0.0.1"), java.net.InetAddress::getAllByName);
        assertTrue(development.refusal("http://127.0.0.1:9000/hooks").isEmpty());
        assertTrue(development.refusal("http://127.0.0.2:9000/hooks").isPresent());
    }
}

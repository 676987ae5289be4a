package io.notewell.idempotency.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRecordTest {

    static IdempotencyRecord aClaim() {
        return new IdempotencyRecord(new IdempotencyRecord.Key("partner", "key-1"), "hash-a");
    }

    @Test
    void a_claim_matches_only_its_own_request() {
        assertTrue(aClaim().isFor("hash-a"));
        assertFalse(aClaim().isFor("hash-b"));
    }

    @Test
    void a_completed_record_keeps_the_first_answer() {
        IdempotencyRecord record = aClaim();
        record.complete(200, "{\"sessionId\":\"s\"}");
        assertTrue(record.isCompleted());
        assertEquals(200, record.responseStatus());
        assertThrows(IllegalStateException.class, () -> record.complete(200, "{}"));
    }

    @Test
    void an_unfinished_claim_is_abandoned_only_after_its_lease() {
        IdempotencyRecord record = aClaim();
        assertFalse(record.isAbandoned(Instant.now(), Duration.ofMinutes(2)));
        assertTrue(record.isAbandoned(Instant.now().plus(Duration.ofMinutes(3)), Duration.ofMinutes(2)));
        record.complete(200, "{}");
        assertFalse(record.isAbandoned(Instant.now().plus(Duration.ofMinutes(3)), Duration.ofMinutes(2)));
    }
}

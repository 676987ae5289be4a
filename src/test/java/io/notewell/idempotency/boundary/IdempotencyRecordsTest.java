package io.notewell.idempotency.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class IdempotencyRecordsTest {

    @Test
    void a_duplicate_key_on_the_claim_is_another_request_with_the_same_key() {
        assertTrue(IdempotencyRecords.lostRace(new PersistenceException(new SQLException("duplicate key value violates unique "
                + "constraint", "23505"))));
        assertTrue(IdempotencyRecords.lostRace(new EntityExistsException()));
    }

    @Test
    void a_connection_lost_while_claiming_is_not_a_race() {
        assertFalse(IdempotencyRecords.lostRace(new PersistenceException(new SQLException("An I/O error occurred while "
                + "sending to the backend.", "08006"))));
        assertFalse(IdempotencyRecords.lostRace(new PersistenceException(new SQLException("terminating connection due to "
                + "administrator command", "57P01"))));
    }
}

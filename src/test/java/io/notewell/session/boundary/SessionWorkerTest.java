package io.notewell.session.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ejb.TransactionRolledbackLocalException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures of a work message end a session in Error on the last delivery, and which leave it to the recovery sweep. */
class SessionWorkerTest {

    @Test
    void a_transaction_the_container_aborted_before_the_step_ran_is_left_to_the_sweep() {
        // "Client's transaction aborted": the broker's resource could not join the transaction, nothing else failed
        assertTrue(SessionWorker.transientFailure(new EJBTransactionRolledbackException("Exception thrown from bean",
                new TransactionRolledbackLocalException("Client's transaction aborted"))));
    }

    @Test
    void a_lock_conflict_or_deadlock_in_the_database_is_left_to_the_sweep() {
        assertTrue(SessionWorker.transientFailure(new EJBTransactionRolledbackException("Exception thrown from bean",
                new OptimisticLockException("changed since it was last read"))));
        PersistenceException deadlock = new PersistenceException("insert failed", new SQLException("deadlock detected", "40P01"));
        assertTrue(SessionWorker.transientFailure(new EJBTransactionRolledbackException("Exception thrown from bean", deadlock)));
        assertTrue(SessionWorker.transientFailure(new PersistenceException(new SQLException("connection lost", "08006"))));
    }

    @Test
    void a_failure_of_the_step_itself_ends_the_session_in_error() {
        // a bug or bad data under the transaction exception: the note cannot be written however often it is tried
        assertFalse(SessionWorker.transientFailure(new EJBTransactionRolledbackException("Exception thrown from bean",
                new TransactionRolledbackLocalException("Exception thrown from bean", new IllegalStateException("engine failed")))));
        assertFalse(SessionWorker.transientFailure(new EJBException(new NullPointerException())));
        assertFalse(SessionWorker.transientFailure(new IllegalArgumentException("unreadable input")));
        assertFalse(SessionWorker.transientFailure(new PersistenceException(new SQLException("value too long", "22001"))));
    }
}

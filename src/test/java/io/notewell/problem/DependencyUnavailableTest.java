package io.notewell.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DependencyUnavailableTest {

    @Test
    void a_commit_the_transaction_manager_could_not_complete_is_a_retry_with_the_same_idempotency_key() {
        var problem = DependencyUnavailable.of(new jakarta.transaction.SystemException()).orElseThrow();
        assertEquals(ProblemType.UNAVAILABLE, problem.type());
        assertEquals("5", problem.headers().get("Retry-After"));
        assertTrue(problem.getMessage().contains("Idempotency-Key"), problem.getMessage());
    }

    @Test
    void a_rolled_back_commit_stored_nothing() {
        var problem = DependencyUnavailable.of(new jakarta.transaction.RollbackException()).orElseThrow();
        assertEquals(ProblemType.UNAVAILABLE, problem.type());
        assertTrue(problem.getMessage().contains("nothing was stored"), problem.getMessage());
    }

    @Test
    void a_lost_or_refused_database_connection_is_unavailable() {
        assertTrue(DependencyUnavailable.of(new SQLException("terminating connection due to administrator command", "57P01")).isPresent());
        assertTrue(DependencyUnavailable.of(new SQLException("Connection refused", "08001")).isPresent());
        assertTrue(DependencyUnavailable.of(new SQLException("the database system is starting up", "57P03")).isPresent());
        assertTrue(DependencyUnavailable.of(new SQLTransientConnectionException("pool exhausted")).isPresent());
        assertTrue(DependencyUnavailable.of(new jakarta.resource.ResourceException("Error in allocating a connection")).isPresent());
    }

    @Test
    void other_failures_are_not_taken_for_an_unavailable_dependency() {
        assertTrue(DependencyUnavailable.of(new SQLException("duplicate key value", "23505")).isEmpty());
        assertTrue(DependencyUnavailable.of(new SQLException("no state")).isEmpty());
        assertTrue(DependencyUnavailable.of(new PersistenceException("wrapper")).isEmpty(), "only the link that says so");
        assertTrue(DependencyUnavailable.of(new IllegalStateException()).isEmpty());
    }
}

package io.notewell.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises, in a link of a failure's chain of causes, that the database or the broker was away when a request needed it,
 * and says what the partner should do: retry shortly (503 with Retry-After), not quote an incident (500).
 * <p>
 * Found by DependencyRestartIT and a probe that kept creating sessions while PostgreSQL restarted: most creates
 * caught in the restart end in a {@link jakarta.transaction.RollbackException}, a few in a
 * {@link jakarta.transaction.SystemException} from the commit, whose outcome the server cannot know: the connection
 * went during the commit itself, and 3 of 11 such creates had been stored. So that answer points at the
 * Idempotency-Key, with which a retry answers the stored session or creates it.
 */
final class DependencyUnavailable {

    static final Map<String, String> RETRY_AFTER = Map.of("Retry-After", "5");

    private DependencyUnavailable() {
    }

    /** The 503 problem for {@code t}, one link of a failure's chain, when it says a dependency was away. */
    static Optional<ApiProblem> of(Throwable t) {
        if (t instanceof jakarta.transaction.RollbackException) {
            return Optional.of(problem("The request's transaction could not be committed; nothing was stored. Retry shortly."));
        }
        if (t instanceof jakarta.transaction.SystemException || lostConnection(t)) {
            return Optional.of(problem("The database or the message broker did not answer while the request was "
                    + "being stored. Retry shortly; a retry with the same Idempotency-Key is safe."));
        }
        return Optional.empty();
    }

    /** The same, for the first link of {@code error}'s chain of causes that says so. */
    static Optional<ApiProblem> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<ApiProblem> problem = of(t);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /**
     * A connection that could not be had or was lost: SQL state class 08 (connection exception), 57P (the server
     * shutting down or starting up), 53 (out of resources), or a pool that could not allocate one.
     */
    private static boolean lostConnection(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof jakarta.resource.ResourceException) {
            return true;
        }
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    private static ApiProblem problem(String detail) {
        return new ApiProblem(ProblemType.UNAVAILABLE, detail, List.of(), RETRY_AFTER);
    }
}

package io.notewell.idempotency.boundary;

import io.notewell.idempotency.entity.IdempotencyRecord;
import io.notewell.problem.ApiProblem;
import io.notewell.problem.ProblemType;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Claims, completes, releases and expires idempotency records. */
@Stateless
public class IdempotencyRecords {

    /** How long a claim may stay unfinished before it is considered abandoned by a crashed process. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** The outcome of a claim: go ahead, or replay the stored answer. */
    public record Claim(Integer status, String body) {
        public boolean isReplay() {
            return status != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "notewell.idempotency.retention-hours", defaultValue = "24")
    int retentionHours;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(String partnerId, String key, String requestHash) {
        var id = new IdempotencyRecord.Key(partnerId, key);
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, id);
        if (existing == null) {
            em.persist(new IdempotencyRecord(id, requestHash));
            try {
                em.flush();
                return new Claim(null, null);
            } catch (PersistenceException failed) {
                context.setRollbackOnly();
                if (lostRace(failed)) {
                    throw inFlight();
                }
                throw failed; // the database went away (answered 503), not another request with this key
            }
        }
        if (!existing.isFor(requestHash)) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was first used with a different request body; use a new key for a new request");
        }
        if (existing.isCompleted()) {
            return new Claim(existing.responseStatus(), existing.responseBody());
        }
        if (existing.isAbandoned(Instant.now(), LEASE)) {
            existing.restart();
            return new Claim(null, null);
        }
        throw inFlight();
    }

    /** Records the answer; joins the transaction of the work it answers for. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void complete(String partnerId, String key, int status, String body) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(partnerId, key));
        if (record == null) {
            throw new IllegalStateException("completing an idempotency record that was never claimed");
        }
        record.complete(status, body);
    }

    /** Forgets an unfinished claim whose request failed, so that a corrected retry may use the same key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String partnerId, String key) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(partnerId, key));
        if (record != null && !record.isCompleted()) {
            em.remove(record);
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void expire() {
        em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(Duration.ofHours(retentionHours)))
                .executeUpdate();
    }

    /**
     * Another request inserted the same key first: a duplicate key (SQL state 23505, in PostgreSQL and H2). Anything
     * else, such as a connection lost mid-flush while PostgreSQL restarted, is not a race (a first request with a new key
     * was answered 409 "still being processed" for it, found by a probe that created sessions during restarts).
     */
    static boolean lostRace(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.EntityExistsException
                    || t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ApiProblem inFlight() {
        return new ApiProblem(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still being processed; retry later", List.of(),
                Map.of("Retry-After", "1"));
    }
}

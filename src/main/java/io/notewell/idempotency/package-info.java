/**
 * Idempotency-Key for create requests (IETF httpapi draft semantics): the first outcome per (partner,
 * key) is kept for {@code notewell.idempotency.retention-hours} (default 24) and replayed; the same key
 * with a different body is 422, while the first request still runs 409. A request that fails validation
 * or authorisation stores nothing. A claim abandoned by a crash is taken over after a short lease.
 */
package io.notewell.idempotency;

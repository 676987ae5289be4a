/**
 * Therapy sessions: creation from a recording or text notes exactly as the contract specifies, reading
 * and listing. Guarantees: a session is created only for a provider (and client) of the caller's partner
 * that the provider may act on; input text and treatment plan are stored encrypted, and the plan only
 * until the note is written; a create retried with the same Idempotency-Key returns the first answer.
 */
package io.notewell.session;

/**
 * Partners (tenants) and their credentials. Owns API keys (stored as SHA-256 hashes, compared in
 * constant time, shown once, listed by prefix only, revocable) and resolves every partner request to
 * exactly one partner, from an API key or an MP-JWT token carrying the partner claim. Guarantees: a
 * request without a valid credential never reaches a partner resource; a revoked key fails at once.
 */
package io.notewell.partner;

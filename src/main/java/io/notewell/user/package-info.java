/**
 * Users of a partner: providers (clinicians) and clients. Owns creation with validated fields,
 * uniqueness of email and {@code partnerUserId} within a partner (409 on duplicates), and which
 * providers may act on which clients (creating a client grants its provider access). Guarantee: a
 * partner never sees or uses another partner's users; user endpoints are rate limited per credential.
 */
package io.notewell.user;

/**
 * Platform: the data directory, the datasource (H2 file database by default, PostgreSQL by
 * configuration), schema migrations run before anything else starts, and encryption of health data
 * at rest. Guarantees: the schema is current before the first request; nothing health-related is
 * written to the database in plaintext.
 */
package io.notewell.platform;

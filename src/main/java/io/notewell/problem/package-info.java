/**
 * One error vocabulary: every failure leaves as RFC 9457 {@code application/problem+json} with a stable
 * {@code type} per kind ({@link io.notewell.problem.ProblemType}) and, for validation, the offending fields.
 * Guarantee: no stack trace, HTML page or framework default body ever reaches a client.
 */
package io.notewell.problem;

/**
 * Notewell: a self-hostable therapy-documentation service. Packages are by feature
 * ({@code session}, {@code user}, {@code partner}, ...), each with {@code boundary} (REST resources and
 * transactional use cases), {@code control} (logic) and {@code entity} (JPA entities and value objects).
 */
package io.notewell;

package io.notewell.partner.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    @Test
    void generated_keys_have_the_documented_shape_and_a_matching_prefix() {
        var fresh = ApiKeyFormat.generate();
        assertTrue(fresh.key().matches("nw_[a-z0-9]{10}_[A-Za-z0-9_-]{43}"), fresh.key());
        assertEquals(Optional.of(fresh.prefix()), ApiKeyFormat.prefixOf(fresh.key()));
        assertTrue(fresh.key().startsWith(fresh.prefix() + "_"));
    }

    @Test
    void the_hash_matches_only_the_key_it_was_made_from() {
        var fresh = ApiKeyFormat.generate();
        assertTrue(ApiKeyFormat.matches(fresh.key(), fresh.hash()));
        String oneCharOff = fresh.key().substring(0, fresh.key().length() - 1)
                + (fresh.key().endsWith("A") ? "B" : "A");
        assertFalse(ApiKeyFormat.matches(oneCharOff, fresh.hash()));
    }

    @Test
    void the_stored_hash_is_not_the_key() {
        var fresh = ApiKeyFormat.generate();
        assertFalse(fresh.hash().contains(fresh.key().substring(14)));
        assertEquals(64, fresh.hash().length());
    }

    @Test
    void keys_are_unique() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(ApiKeyFormat.generate().key()));
        }
        assertNotEquals(ApiKeyFormat.generate().prefix(), ApiKeyFormat.generate().prefix());
    }

    @Test
    void text_that_cannot_be_a_key_has_no_prefix() {
        assertEquals(Optional.empty(), ApiKeyFormat.prefixOf(null));
        assertEquals(Optional.empty(), ApiKeyFormat.prefixOf("eyJhbGciOiJSUzI1NiJ9.e30.sig"));
        assertEquals(Optional.empty(), ApiKeyFormat.prefixOf("nw_short_secret"));
        assertEquals(Optional.empty(), ApiKeyFormat.prefixOf("nw_ABCDEFGHIJ_" + "a".repeat(43)));
    }

    @Test
    void only_a_bearer_authorization_header_yields_a_token() {
        assertEquals(Optional.of("nw_abc"), ApiKeyFormat.bearerToken("Bearer nw_abc"));
        assertEquals(Optional.of("nw_abc"), ApiKeyFormat.bearerToken("bearer  nw_abc "));
        assertEquals(Optional.empty(), ApiKeyFormat.bearerToken("Basic dXNlcjpwYXNz"));
        assertEquals(Optional.empty(), ApiKeyFormat.bearerToken(null));
    }
}

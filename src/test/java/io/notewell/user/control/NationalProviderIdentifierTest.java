package io.notewell.user.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NationalProviderIdentifierTest {

    private final NationalProviderIdentifier.Validator validator = new NationalProviderIdentifier.Validator();

    @Test
    void the_cms_example_npi_is_valid() {
        assertTrue(validator.isValid("1234567893", null));
    }

    @Test
    void a_wrong_check_digit_or_shape_is_invalid() {
        assertFalse(validator.isValid("1234567890", null));
        assertFalse(validator.isValid("123456789", null));
        assertFalse(validator.isValid("12345678AB", null));
    }

    @Test
    void absent_is_valid() {
        assertTrue(validator.isValid(null, null));
    }
}

package io.notewell.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static FieldCipher withKey(byte fill) {
        FieldCipher cipher = new FieldCipher();
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        cipher.configuredKey = Optional.of(Base64.getEncoder().encodeToString(key));
        cipher.loadKey();
        return cipher;
    }

    @Test
    void text_survives_a_round_trip_and_is_not_readable_at_rest() {
        FieldCipher cipher = withKey((byte) 1);
        String note = "Client denies SI/HI. Reports sleeping 4 hours — «mejor».";
        String stored = cipher.encrypt(note);
        assertFalse(stored.contains("SI/HI"));
        assertEquals(note, cipher.decrypt(stored));
    }

    @Test
    void the_same_text_encrypts_differently_each_time() {
        FieldCipher cipher = withKey((byte) 1);
        assertNotEquals(cipher.encrypt("same"), cipher.encrypt("same"));
    }

    @Test
    void tampering_or_a_wrong_key_is_detected() {
        String stored = withKey((byte) 1).encrypt("secret");
        assertThrows(IllegalStateException.class, () -> withKey((byte) 2).decrypt(stored));
        byte[] raw = Base64.getDecoder().decode(stored);
        raw[raw.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> withKey((byte) 1).decrypt(Base64.getEncoder().encodeToString(raw)));
    }

    @Test
    void a_key_of_the_wrong_length_is_refused() {
        FieldCipher cipher = new FieldCipher();
        cipher.configuredKey = Optional.of(Base64.getEncoder().encodeToString(new byte[16]));
        assertThrows(IllegalStateException.class, cipher::loadKey);
    }

    @Test
    void null_stays_null() {
        assertEquals(null, withKey((byte) 1).encrypt(null));
    }
}

package io.notewell.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void text_is_compressed_before_it_is_encrypted() throws Exception {
        FieldCipher cipher = withKey((byte) 1);
        String transcript = new String(FieldCipherTest.class.getResourceAsStream("/sessions/adolescent-with-parent.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String stored = cipher.encrypt(transcript);
        int storedBytes = Base64.getDecoder().decode(stored).length;
        int plainBytes = transcript.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(storedBytes < plainBytes * 0.7, storedBytes + " bytes stored for " + plainBytes);
        assertEquals(transcript, cipher.decrypt(stored));
    }

    @Test
    void rows_written_in_the_first_format_are_still_read() throws Exception {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 1);
        byte[] iv = new byte[12];
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = aes.doFinal("Client denies SI.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String v1 = Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(13 + sealed.length)
                .put((byte) 1).put(iv).put(sealed).array());
        assertEquals("Client denies SI.", withKey((byte) 1).decrypt(v1));
    }

    @Test
    void the_format_byte_is_authenticated() {
        byte[] raw = Base64.getDecoder().decode(withKey((byte) 1).encrypt("Client denies SI."));
        raw[0] = 1;
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

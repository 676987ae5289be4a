package io.notewell.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AES-256-GCM for health data at rest (input text, treatment plan, and later transcripts and notes).
 * The key is {@code notewell.encryption.key} (base64 of 32 bytes; required when several instances share
 * a database); without it, a key is generated once into {@code $NOTEWELL_DATA_DIR/encryption.key}.
 */
@ApplicationScoped
public class FieldCipher {

    static final String KEY_FILE = "encryption.key";
    /** AES-GCM of the UTF-8 text (rows written before 2026-12-03; still read). */
    private static final byte FORMAT_V1 = 1;
    /**
     * AES-GCM of the text deflated first (zlib), the format byte authenticated with it. Notes are JSON with an evidence span per
     * sentence and shrink about fivefold, so there is that much less to encrypt, store and decrypt: AES-GCM runs as Java
     * code under the quick compiler, and decrypting the note was a fifth of a GET session's CPU. What compression can
     * reveal through a ciphertext's length is one field's own redundancy; no field mixes text of different parties.
     */
    private static final byte FORMAT_V2 = 2;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    @ConfigProperty(name = "notewell.encryption.key")
    Optional<String> configuredKey;

    @Inject
    DataDirectory dataDirectory;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @PostConstruct
    void loadKey() {
        key = new SecretKeySpec(decodeKey(configuredKey.orElseGet(this::keyFromDataDirectory)), "AES");
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {FORMAT_V2});
            byte[] sealed = cipher.doFinal(deflate(plaintext.getBytes(StandardCharsets.UTF_8)));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT_V2).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
        byte format = in.get();
        if (format != FORMAT_V1 && format != FORMAT_V2) {
            throw new IllegalStateException("unknown ciphertext format");
        }
        byte[] iv = new byte[IV_BYTES];
        in.get(iv);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            if (format == FORMAT_V1) {
                return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
            }
            cipher.updateAAD(new byte[] {FORMAT_V2});
            return new String(inflate(cipher.doFinal(sealed)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered data", e);
        }
    }

    private static byte[] deflate(byte[] plain) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (DeflaterOutputStream out = new DeflaterOutputStream(packed)) {
            out.write(plain);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return packed.toByteArray();
    }

    private static byte[] inflate(byte[] packed) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
            return in.readAllBytes();
        }
    }

    private String keyFromDataDirectory() {
        return dataDirectory.generatedSecret(KEY_FILE);
    }

    private static byte[] decodeKey(String base64) {
        byte[] raw = Base64.getDecoder().decode(base64.trim());
        if (raw.length != 32) {
            throw new IllegalStateException("notewell.encryption.key must be base64 of 32 bytes, got " + raw.length);
        }
        return raw;
    }
}

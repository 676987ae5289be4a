package io.notewell.partner.control;

import io.notewell.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code nw_<prefix>_<secret>}, a 10-character lookup prefix and 256 random bits.
 * Keys are high-entropy random values, so a single SHA-256 is the right hash (no password stretching
 * needed); comparison is constant-time.
 */
public final class ApiKeyFormat {

    public static final String SCHEME = "nw_";
    private static final Pattern SHAPE = Pattern.compile("nw_([a-z0-9]{10})_([A-Za-z0-9_-]{43})");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    /** A freshly generated key, its public prefix and its hash. */
    public record NewKey(String key, String prefix, String hash) {
    }

    public static NewKey generate() {
        StringBuilder prefix = new StringBuilder(SCHEME);
        for (int i = 0; i < 10; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(key, prefix.toString(), hash(key));
    }

    /** The public prefix of a well-formed key, or empty when the text cannot be a Notewell key. */
    public static Optional<String> prefixOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var matcher = SHAPE.matcher(presented);
        return matcher.matches() ? Optional.of(SCHEME + matcher.group(1)) : Optional.empty();
    }

    public static boolean looksLikeKey(String presented) {
        return presented != null && presented.startsWith(SCHEME);
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    /** The token of an {@code Authorization: Bearer <token>} header, if the header is one. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).strip());
    }

    public static boolean matches(String presented, String storedHash) {
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

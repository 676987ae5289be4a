package io.notewell.recording.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the local store's URLs: HMAC-SHA256 over the method, the object key and the expiry, so
 * that a URL allows exactly one method on exactly one object until it expires.
 */
public final class UploadSignature {

    public enum Verdict { VALID, EXPIRED, INVALID }

    private final SecretKeySpec key;

    public UploadSignature(String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key.trim());
        if (raw.length < 32) {
            throw new IllegalArgumentException("the upload signing key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    public String sign(String method, String objectKey, long expiresEpochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((method + "\n" + objectKey + "\n" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public Verdict check(String method, String objectKey, String expires, String signature, Instant now) {
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return Verdict.INVALID;
        }
        long expiry = Long.parseLong(expires);
        byte[] expected = sign(method, objectKey, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        return now.getEpochSecond() > expiry ? Verdict.EXPIRED : Verdict.VALID;
    }
}

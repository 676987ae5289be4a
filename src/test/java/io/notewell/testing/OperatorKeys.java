package io.notewell.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test run's operator signing key: generated once per test JVM (never stored in the repository),
 * its public half written where the servers under test read it ({@code mp.jwt.verify.publickey.location}).
 */
public final class OperatorKeys {

    public static final String ISSUER = "https://notewell.local/operator";
    public static final Path PUBLIC_KEY = Path.of(System.getProperty("project.basedir", "."), "target", "test-keys",
            "operator-public.pem");

    private static KeyPair keys;

    private OperatorKeys() {
    }

    public static synchronized void ensureWritten() {
        if (keys != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.createDirectories(PUBLIC_KEY.getParent());
            Files.writeString(PUBLIC_KEY, pem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token of the operator, in the admin group. */
    public static String adminToken() {
        return token("operator@notewell", List.of("admin"), Map.of());
    }

    /** A token that a partner's identity provider would issue, carrying the partner claim. */
    public static String partnerToken(String partnerId) {
        return token("service-account-" + UUID.randomUUID(), List.of("partner"), Map.of("partner_id", partnerId));
    }

    public static String token(String subject, List<String> groups, Map<String, Object> claims) {
        ensureWritten();
        Instant now = Instant.now();
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject(subject).claim("upn", subject).claim("groups", groups)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
        claims.forEach(body::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    body.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

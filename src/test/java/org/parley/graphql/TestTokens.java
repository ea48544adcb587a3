package org.parley.graphql;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test-only key pair in src/test/resources
 * (test-jwt-private-key.pem; the service verifies with test-jwt-public-key.pem).
 */
public final class TestTokens {

    public static final String ISSUER = "https://parley.example/issuer";

    private TestTokens() {
    }

    /** A curator with the role "editor". */
    public static String editor() {
        return editor("alice");
    }

    public static String editor(String subject) {
        return claims(subject, Set.of("editor")).sign();
    }

    /** Signed in, but without the editor role. */
    public static String reader() {
        return claims("bob", Set.of("reader")).sign();
    }

    public static String expired() {
        return claims("alice", Set.of("editor")).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    /** An editor token whose payload was edited after signing (the signature no longer matches). */
    public static String tampered() {
        String[] parts = claims("mallory", Set.of("reader")).sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reader\"", "\"editor\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A well-formed editor token signed by a key the service does not trust. */
    public static String foreignKey() {
        try {
            PrivateKey other = KeyUtils.readPrivateKey("test-jwt-other-private-key.pem");
            return claims("mallory", Set.of("editor")).sign(other);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An editor token from another issuer. */
    public static String wrongIssuer() {
        return Jwt.issuer("https://elsewhere.example").subject("mallory").upn("mallory").groups(Set.of("editor"))
                .expiresIn(600).sign();
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups).expiresIn(600);
    }
}

package org.parley.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.jwt.util.ResourceUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.parley.core.TextValidator;
import org.parley.core.TokenRefused;

/**
 * Bearer tokens as Parley accepts them, in front of SmallRye JWT's mechanism:
 *
 * <ul>
 * <li>A request without a token is anonymous and never touches the verification key, so a
 * service without a readable key still answers reads, and a mutation gets UNAUTHENTICATED
 * from the GraphQL layer (HTTP 200) instead of an HTTP 401 and a logged stack trace.
 * <li>A token is verified by SmallRye (signature, issuer, expiry; the key may be a JWKS with
 * several keys, chosen by the token's {@code kid}), then must carry {@code iat} and
 * {@code exp}, live at most {@code parley.jwt.max-lifetime} (default 24 hours), have
 * {@code groups} as a JSON array of strings and a subject of at most
 * {@code parley.jwt.max-subject-length} (256) characters. Otherwise it is refused with a
 * {@link TokenRefused} cause that says why (HTTP 401, UNAUTHENTICATED).
 * </ul>
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TokenCheck implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(TokenCheck.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Clock difference tolerated for a token issued "in the future". */
    private static final long SKEW_SECONDS = 60;

    @Inject
    JWTAuthMechanism delegate;

    @ConfigProperty(name = "parley.jwt.max-lifetime", defaultValue = "PT24H")
    Duration maxLifetime;

    @ConfigProperty(name = "parley.jwt.max-subject-length", defaultValue = "256")
    int maxSubjectLength;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    private volatile boolean keyFound;

    void checkKeyAtStartup(@Observes StartupEvent event) {
        if (!keyReadable()) {
            LOG.warnf("No token verification key at '%s' (PARLEY_JWT_PUBLIC_KEY_LOCATION): reads are served, "
                    + "every mutation is UNAUTHENTICATED", keyLocation.orElse("(not set)"));
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        if (!keyReadable()) {
            return Uni.createFrom().failure(refused("This service has no key to verify tokens "
                    + "(PARLEY_JWT_PUBLIC_KEY_LOCATION is not readable), so it accepts none; it serves reads only"));
        }
        // The claims' shape is checked before SmallRye reads them: its group mapping logs a stack
        // trace for a groups array holding numbers. Refusing an unverified token early says nothing
        // a verified refusal would not.
        String shape = shapeProblem(unverifiedClaims(authorization), maxSubjectLength);
        if (shape != null) {
            return Uni.createFrom().failure(refused(shape));
        }
        return delegate.authenticate(context, identityProviderManager)
                // SmallRye trips over some malformed claims (groups as an object: a ClassCastException)
                .onFailure(t -> !(t instanceof AuthenticationFailedException))
                .transform(t -> refused("The bearer token's claims are malformed ('groups' must be a JSON array of strings)"))
                .onItem().transformToUni(identity -> {
            String problem = identity == null ? null : problem(identity);
            return problem == null ? Uni.createFrom().item(identity) : Uni.createFrom().failure(refused(problem));
        });
    }

    private static AuthenticationFailedException refused(String reason) {
        AuthenticationFailedException failure = new AuthenticationFailedException(reason, new TokenRefused(reason));
        failure.setStackTrace(new StackTraceElement[0]);
        return failure;
    }

    /** What makes a verified token unacceptable, or null. */
    String problem(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null) {
            return null;
        }
        JsonNode claims = claims(jwt.getRawToken());
        if (claims == null) {
            return "The bearer token's claims cannot be read";
        }
        return problem(claims, maxLifetime, maxSubjectLength, Instant.now().getEpochSecond());
    }

    /** The claims of a bearer token in an Authorization header, not verified; null when there are none to read. */
    static JsonNode unverifiedClaims(String authorization) {
        String[] words = authorization.trim().split("\\s+", 2);
        return words.length == 2 && words[0].equalsIgnoreCase("Bearer") ? claims(words[1]) : null;
    }

    /** The payload of a compact JWS as JSON, or null. */
    static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims != null && claims.isObject() ? claims : null;
        } catch (Exception e) {
            return null;
        }
    }

    static String problem(JsonNode claims, Duration maxLifetime, int maxSubjectLength, long now) {
        JsonNode iat = claims.get("iat");
        JsonNode exp = claims.get("exp");
        if (iat == null || !iat.isIntegralNumber() || exp == null || !exp.isIntegralNumber()) {
            return "The bearer token must say when it was issued and when it expires ('iat' and 'exp', in seconds)";
        }
        long lifetime = exp.asLong() - iat.asLong();
        if (lifetime > maxLifetime.toSeconds()) {
            return "The bearer token is valid for " + lifetime + " seconds; at most " + maxLifetime.toSeconds()
                    + " are allowed (parley.jwt.max-lifetime). Ask for a shorter-lived token";
        }
        if (iat.asLong() > now + SKEW_SECONDS) {
            return "The bearer token was issued in the future ('iat'); check the issuer's clock";
        }
        return shapeProblem(claims, maxSubjectLength);
    }

    /** What is wrong with the form of the groups and subject claims, or null (also null for no claims). */
    static String shapeProblem(JsonNode claims, int maxSubjectLength) {
        if (claims == null) {
            return null;
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !isArrayOfStrings(groups)) {
            return "The bearer token's 'groups' must be a JSON array of strings, e.g. [\"editor\"]";
        }
        for (String name : Set.of("sub", "upn", "preferred_username")) {
            JsonNode value = claims.get(name);
            if (value != null && (!value.isTextual()
                    || value.asText().codePointCount(0, value.asText().length()) > maxSubjectLength
                    || TextValidator.encodingProblem(value.asText()) != null
                    || value.asText().chars().anyMatch(Character::isISOControl))) {
                return "The bearer token's '" + name + "' must be a string of at most " + maxSubjectLength
                        + " characters without control characters";
            }
        }
        return null;
    }

    private static boolean isArrayOfStrings(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private boolean keyReadable() {
        if (keyFound) {
            return true;
        }
        if (keyLocation.isEmpty() || keyLocation.get().isBlank()) {
            return false;
        }
        try {
            String content = ResourceUtils.readResource(keyLocation.get());
            keyFound = content != null && !content.isBlank();
        } catch (Exception e) {
            keyFound = false;
        }
        return keyFound;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }
}

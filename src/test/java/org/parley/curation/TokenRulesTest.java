package org.parley.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.LoggedTraces;

/**
 * Token rules beyond the signature: iat and exp required, a lifetime of at most
 * parley.jwt.max-lifetime (24 h), groups a JSON array, subject at most 256 characters. A
 * refused token gets HTTP 401, UNAUTHENTICATED, a message saying why, and changes nothing.
 */
@QuarkusTest
public class TokenRulesTest {

    static final String CREATE = "mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }";

    @Inject
    EntityManager em;

    record Claims(String name, Map<String, Object> claims) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Claims> refused() {
        long now = Instant.now().getEpochSecond();
        return List.of(
                new Claims("no iat", without(editor(now, 600), "iat")),
                new Claims("no exp", without(editor(now, 600), "exp")),
                new Claims("lifetime of 24 h and a second", editor(now, 24 * 3600 + 1)),
                new Claims("lifetime of a year", editor(now, 365L * 24 * 3600)),
                new Claims("groups as a string", with(editor(now, 600), "groups", "editor")),
                new Claims("groups as an object", with(editor(now, 600), "groups", Map.of("editor", true))),
                new Claims("sub of 5,000 characters", with(editor(now, 600), "sub", "s".repeat(5_000))),
                new Claims("sub of 257 characters", with(editor(now, 600), "sub", "s".repeat(257))),
                new Claims("sub a number", with(editor(now, 600), "sub", 42)),
                new Claims("groups holding a number", with(editor(now, 600), "groups", List.of(1))),
                new Claims("sub with NUL", with(with(editor(now, 600), "sub", "a\u0000b"), "upn", "a\u0000b")),
                new Claims("sub with a line break", with(with(editor(now, 600), "sub", "a\nb"), "upn", "a\nb")),
                new Claims("issued an hour in the future", with(with(editor(now, 600), "iat", now + 3600), "exp", now + 4000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithASayingWhyAndChangesNothing(Claims c) {
        String before = DatabaseDigest.of(em);
        Response[] sent = new Response[1];
        List<String> traces = LoggedTraces.during(() -> sent[0] = send(sign(c.claims())));
        Response response = sent[0];
        String text = response.asString();
        assertEquals(List.of(), traces, c.name() + ": nothing logged a stack trace");
        assertEquals(401, response.statusCode(), c.name() + ": " + text);
        JsonPath json = JsonPath.from(text);
        assertEquals("UNAUTHENTICATED", json.getString("errors[0].extensions.code"), text);
        assertThat(json.getString("errors[0].message"), not(containsString("Exception")));
        assertThat(text, not(containsString("\tat ")));
        assertEquals(before, DatabaseDigest.of(em), c.name() + ": the database changed");
    }

    @Test
    void tokensAtTheLimitsAreAccepted() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = with(editor(now, 24 * 3600), "sub", "a".repeat(256));
        JsonPath json = JsonPath.from(send(sign(claims)).then().statusCode(200).extract().asString());
        assertEquals(null, (Object) json.get("errors"), json.prettify());
    }

    // ----- tokens -----

    static Map<String, Object> editor(long now, long lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://parley.example/issuer");
        claims.put("sub", "token-rules");
        claims.put("upn", "token-rules");
        claims.put("groups", List.of("editor"));
        claims.put("iat", now - 5);
        claims.put("exp", now - 5 + lifetime);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.put(name, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> claims, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.remove(name);
        return copy;
    }

    /** Signs exactly these claims (the token builder would add iat and exp) with the test key. */
    static String sign(Map<String, Object> claims) {
        return sign(claims, "test-jwt-private-key.pem", null);
    }

    static String sign(Map<String, Object> claims, String privateKeyResource, String keyId) {
        try {
            PrivateKey key = KeyUtils.readPrivateKey(privateKeyResource);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(JsonUtil.toJson(claims));
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            if (keyId != null) {
                jws.setKeyIdHeaderValue(keyId);
            }
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Response send(String token) {
        Map<String, Object> body = Map.of("query", CREATE, "variables",
                Map.of("input", Map.of("name", "Token Rules " + UUID.randomUUID())));
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }
}

package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.util.KeyUtils;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key rotation: the verification key location may name a JWKS file with several keys. A token
 * names its key in the {@code kid} header; tokens signed by either key are accepted, so a new
 * key can be added before tokens signed with it appear and the old one removed once its tokens
 * have expired (at most parley.jwt.max-lifetime later).
 */
@QuarkusTest
@TestProfile(KeyRotationTest.TwoKeys.class)
public class KeyRotationTest {

    /** A JWKS with the test key ("old") and the other test key ("new"), written to a temporary file. */
    public static class TwoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                RSAPublicKey old = (RSAPublicKey) KeyUtils.readPublicKey("test-jwt-public-key.pem");
                RSAPrivateCrtKey other = (RSAPrivateCrtKey) KeyUtils.readPrivateKey("test-jwt-other-private-key.pem");
                String jwks = "{\"keys\": [" + jwk("old", old.getModulus(), old.getPublicExponent()) + ", "
                        + jwk("new", other.getModulus(), other.getPublicExponent()) + "]}";
                Path file = Files.createTempFile("parley-jwks", ".json");
                Files.writeString(file, jwks);
                file.toFile().deleteOnExit();
                return Map.of("mp.jwt.verify.publickey.location", file.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        static String jwk(String kid, BigInteger modulus, BigInteger exponent) {
            return "{\"kty\": \"RSA\", \"use\": \"sig\", \"alg\": \"RS256\", \"kid\": \"" + kid + "\", \"n\": \""
                    + b64(modulus) + "\", \"e\": \"" + b64(exponent) + "\"}";
        }

        static String b64(BigInteger value) {
            byte[] bytes = value.toByteArray();
            if (bytes.length > 1 && bytes[0] == 0) {
                bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    @Test
    void tokensSignedByEitherKeyAreAccepted() {
        long now = Instant.now().getEpochSecond();
        for (String[] key : new String[][] { { "test-jwt-private-key.pem", "old" }, { "test-jwt-other-private-key.pem", "new" } }) {
            Response response = TokenRulesTest.send(TokenRulesTest.sign(TokenRulesTest.editor(now, 600), key[0], key[1]));
            JsonPath json = JsonPath.from(response.then().statusCode(200).extract().asString());
            assertNull(json.get("errors"), key[1] + ": " + json.prettify());
        }
    }

    @Test
    void aTokenNamingTheWrongKeyOrNoneIsRefused() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = TokenRulesTest.editor(now, 600);
        for (String token : new String[] { TokenRulesTest.sign(claims, "test-jwt-other-private-key.pem", "old"),
                TokenRulesTest.sign(claims, "test-jwt-private-key.pem", null) }) {
            Response response = TokenRulesTest.send(token);
            assertEquals(401, response.statusCode(), response.asString());
            assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"));
        }
    }
}

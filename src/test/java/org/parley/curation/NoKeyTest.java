package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;
import org.parley.graphql.LoggedTraces;
import org.parley.graphql.TestTokens;

/**
 * A service started without a readable verification key (the default dev run): reads work, a
 * mutation without a token is UNAUTHENTICATED with HTTP 200, a mutation with a token is
 * UNAUTHENTICATED with HTTP 401, and nothing logs a stack trace.
 */
@QuarkusTest
@TestProfile(NoKeyTest.NoKey.class)
public class NoKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "/nonexistent/parley/jwt-public-key.pem");
        }
    }

    static final String CREATE = "mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }";

    @Test
    void mutationsAreUnauthenticatedWithoutAStackTrace() {
        List<String> traces = LoggedTraces.during(() -> {
            GraphQL.data("{ topics { totalCount } }", Map.of());
            Response anonymous = GraphQL.post(CREATE, Map.of("input", Map.of("name", "No Key")));
            assertEquals(200, anonymous.statusCode(), anonymous.asString());
            assertEquals("UNAUTHENTICATED", JsonPath.from(anonymous.asString()).getString("errors[0].extensions.code"));
            Response withToken = GraphQL.post(CREATE, Map.of("input", Map.of("name", "No Key")), TestTokens.editor());
            assertEquals(401, withToken.statusCode(), withToken.asString());
            assertEquals("UNAUTHENTICATED", JsonPath.from(withToken.asString()).getString("errors[0].extensions.code"));
        });
        assertTrue(traces.isEmpty(), "nothing logged an error or a stack trace: " + traces);
    }
}

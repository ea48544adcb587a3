package org.parley.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/** Reads are open; every mutation needs a valid bearer token with the role "editor". */
@QuarkusTest
public class AccessControlTest {

    static final String RETRACT = """
            mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }""";
    static final String READ = "{ meetings(first: 1) { totalCount } }";

    @Inject
    EntityManager em;

    @Test
    void readsNeedNoToken() {
        GraphQL.data(READ, Map.of());
    }

    @Test
    void aMutationWithoutATokenIsUnauthenticated() {
        assertRejected(null, "UNAUTHENTICATED");
    }

    @Test
    void aMutationWithoutTheEditorRoleIsForbidden() {
        assertRejected(TestTokens.reader(), "FORBIDDEN");
    }

    @Test
    void expiredTamperedAndForeignTokensAreUnauthenticatedWithHttp401() {
        assertRejected(TestTokens.expired(), "UNAUTHENTICATED", 401);
        assertRejected(TestTokens.tampered(), "UNAUTHENTICATED", 401);
        assertRejected(TestTokens.foreignKey(), "UNAUTHENTICATED", 401);
        assertRejected(TestTokens.wrongIssuer(), "UNAUTHENTICATED", 401);
        assertRejected("not.a.jwt", "UNAUTHENTICATED", 401);
    }

    @Test
    void aReadWithAnInvalidTokenStillWorks() {
        GraphQL.data(READ, Map.of(), TestTokens.expired());
        GraphQL.data(READ, Map.of(), TestTokens.tampered());
    }

    @Test
    void theAuditLogIsForEditorsOnly() {
        JsonPath anonymous = GraphQL.failing("{ auditLog { totalCount } }", Map.of());
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath reader = GraphQL.failing("{ auditLog { totalCount } }", Map.of(), TestTokens.reader());
        assertEquals("FORBIDDEN", reader.getString("errors[0].extensions.code"));
        GraphQL.data("{ auditLog { totalCount } }", Map.of(), TestTokens.editor());
    }

    private void assertRejected(String token, String code) {
        assertRejected(token, code, 200);
    }

    private void assertRejected(String token, String code, int status) {
        String before = DatabaseDigest.of(em);
        Response response = GraphQL.post(RETRACT, Map.of("input", Map.of("id", "UG9zaXRpb246MQ", "reason", "test")), token);
        JsonPath json = response.then().statusCode(status).extract().jsonPath();
        assertEquals(code, json.getString("errors[0].extensions.code"), json.prettify());
        assertNull(json.get("data.retract"));
        assertEquals(before, DatabaseDigest.of(em), "nothing changed");
    }
}

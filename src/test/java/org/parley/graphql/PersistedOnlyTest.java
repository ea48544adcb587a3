package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PARLEY_PERSISTED_ONLY=true: the example operations and those of the operations file run, nothing else. */
@QuarkusTest
@TestProfile(PersistedOnlyTest.AllowList.class)
class PersistedOnlyTest {

    static final String EXTRA = "query Topics { topics { totalCount } }";

    public static class AllowList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("parley-persisted-", ".json");
                Files.writeString(file, new io.vertx.core.json.JsonObject().put(PersistedQueries.sha256(EXTRA), EXTRA).encode());
                file.toFile().deleteOnExit();
                // production-like: GraphiQL (and with it the examples page) off as well
                return Map.of("parley.graphql.persisted-only", "true", "parley.graphql.persisted-operations", file.toString(),
                        "quarkus.smallrye-graphql.ui.enabled", "false");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void anOperationThatIsNotPersistedIsRefused() {
        Response post = given().contentType(ContentType.JSON).body(Map.of("query", "{ topics { totalCount } }")).post("/graphql");
        assertEquals(400, post.statusCode());
        assertEquals("OPERATION_NOT_ALLOWED", post.jsonPath().getString("errors[0].extensions.code"));

        Response get = given().queryParam("query", "{ __typename }").get("/graphql");
        assertEquals(400, get.statusCode());
        assertEquals("OPERATION_NOT_ALLOWED", get.jsonPath().getString("errors[0].extensions.code"));

        // Registering a new one with its hash is refused as well.
        String query = "{ articles { totalCount } }";
        Response register = given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(query))))).post("/graphql");
        assertEquals("OPERATION_NOT_ALLOWED", register.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void theExamplesAndTheOperationsFileRun() {
        String example = PersistedQueries.read(getClass().getClassLoader(), PersistedQueries.EXAMPLES + "OrganizationsBySearch.graphql");
        JsonPath byText = GraphQL.data(example, Map.of("search", "navo"));
        assertEquals(true, byText.getInt("organizations.totalCount") >= 1);

        JsonPath byHash = given().contentType(ContentType.JSON).body(Map.of("variables", Map.of("search", "navo"), "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(example)))))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(byHash.get("errors"), () -> byHash.prettify());

        JsonPath extra = GraphQL.data(EXTRA, Map.of());
        assertEquals(true, extra.getInt("topics.totalCount") >= 1);
    }

    @Test
    void theExamplesPageIsOffWithTheConsole() {
        given().get("/q/graphql-ui/").then().statusCode(404);
        String body = given().get("/graphiql-examples.html").then().statusCode(404).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("PARLEY_GRAPHIQL_ENABLED"), body);
        // the front page still answers; it hides the two links itself (the browser test runs the console-on case)
        given().get("/").then().statusCode(200);
    }
}

package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Apollo's automatic persisted queries: miss, register, hit over POST and GET, a bounded store. */
@QuarkusTest
class PersistedQueriesTest {

    @Inject
    PersistedQueries queries;

    static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    static Response post(String query, Map<String, ?> variables, String hash) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("variables", variables);
        body.put("extensions", extensions(hash));
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/graphql");
    }

    static Response get(Map<String, ?> variables, String hash) {
        return given().accept(ContentType.JSON)
                .queryParam("variables", new JsonObject(Map.copyOf(variables)).encode())
                .queryParam("extensions", new JsonObject(extensions(hash)).encode())
                .get("/graphql");
    }

    @Test
    void anUnknownHashIsNotFoundThenTheQueryRegistersItAndTheHashAloneRuns() {
        // A query no one sent before: unique by its alias.
        String query = "query ($s: String!) { apq" + System.nanoTime() + ": organizations(search: $s) { totalCount } }";
        String hash = PersistedQueries.sha256(query);
        Map<String, Object> variables = Map.of("s", "navo");

        JsonPath miss = post(null, variables, hash).then().statusCode(200).extract().jsonPath();
        assertEquals("PERSISTED_QUERY_NOT_FOUND", miss.getString("errors[0].extensions.code"));
        assertEquals("PersistedQueryNotFound", miss.getString("errors[0].message"));
        Response getMiss = get(variables, hash);
        assertEquals("PERSISTED_QUERY_NOT_FOUND", getMiss.jsonPath().getString("errors[0].extensions.code"));
        assertEquals("no-store", getMiss.header("Cache-Control"));

        JsonPath registered = post(query, variables, hash).then().statusCode(200).extract().jsonPath();
        assertNull(registered.get("errors"), () -> registered.prettify());

        JsonPath hitByPost = post(null, variables, hash).then().statusCode(200).extract().jsonPath();
        assertNull(hitByPost.get("errors"), () -> hitByPost.prettify());
        assertEquals(registered.getMap("data"), hitByPost.getMap("data"));

        Response hitByGet = get(variables, hash);
        assertEquals(200, hitByGet.statusCode());
        assertNull(hitByGet.jsonPath().get("errors"), () -> hitByGet.asString());
        assertEquals(registered.getMap("data"), hitByGet.jsonPath().getMap("data"));
        assertTrue(hitByGet.header("ETag") != null);
    }

    @Test
    void aHashThatIsNotTheQuerysIsABadRequest() {
        String query = "{ __typename }";
        Response response = post(query, Map.of(), PersistedQueries.sha256(query + " "));
        assertEquals(400, response.statusCode());
        assertEquals("BAD_REQUEST", response.jsonPath().getString("errors[0].extensions.code"));

        Response malformed = post(query, Map.of(), "not-a-hash");
        assertEquals(400, malformed.statusCode());
        assertEquals("BAD_REQUEST", malformed.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void theExampleOperationsAreKnownWithoutRegistering() {
        String document = PersistedQueries.read(getClass().getClassLoader(),
                PersistedQueries.EXAMPLES + "OrganizationsBySearch.graphql");
        JsonPath hit = post(null, Map.of("search", "navo"), PersistedQueries.sha256(document))
                .then().statusCode(200).extract().jsonPath();
        assertNull(hit.get("errors"), () -> hit.prettify());
        assertTrue(hit.getInt("data.organizations.totalCount") >= 1);
    }

    @Test
    void theStoreIsBoundedInBytes() {
        long limit = queries.maxBytes();
        String padding = "x".repeat(20_000);
        for (int i = 0; i < 60; i++) {
            String query = "{ __typename } # " + i + " " + System.nanoTime() + padding;
            queries.resolve(query, new JsonObject(extensions(PersistedQueries.sha256(query))));
        }
        assertTrue(queries.registeredBytes() <= limit, queries.registeredBytes() + " > " + limit);
        assertTrue(queries.registeredBytes() > limit / 2, "the store should be nearly full: " + queries.registeredBytes());
    }
}

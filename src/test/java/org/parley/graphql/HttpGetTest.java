package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queries over GET: answered like POST, cacheable, and never a way to run a mutation. */
@QuarkusTest
class HttpGetTest {

    static final String HEADLINE = "query Headline($leader: String!, $on: Date!) { commitments(leader: $leader, on: $on) { summary holder { name } } }";
    static final Map<String, Object> TRUMP = Map.of("leader", "Trump", "on", "2025-02-27");

    /** A GET with the query and variables as URL parameters (RestAssured encodes them). */
    static Response get(String query, Map<String, ?> variables, Map<String, String> headers) {
        var request = given().accept("application/json").headers(headers).queryParam("query", query);
        if (variables != null) {
            request = request.queryParam("variables", new JsonObject(Map.copyOf(variables)).encode());
        }
        return request.get("/graphql");
    }

    @Test
    void aQueryOverGetIsAnsweredLikePost() {
        Response get = get(HEADLINE, TRUMP, Map.of());
        JsonPath got = get.then().statusCode(200).extract().jsonPath();
        assertNull(got.get("errors"), () -> "errors: " + got.prettify());
        JsonPath posted = GraphQL.data(HEADLINE, TRUMP);
        assertEquals(posted.getList("commitments"), got.getList("data.commitments"));
        assertTrue(got.getString("data.commitments[0].summary").startsWith("Trump says he accepts"));
    }

    @Test
    void operationNameAndCharactersThatUrlsMangleArriveIntact() {
        // '+' and '%' in a query and in variables: a second URL decoding would change or refuse them.
        String query = "query A { __typename } query B($s: String!) { organizations(search: $s) { totalCount } }";
        JsonPath got = given().accept("application/json").queryParam("query", query)
                .queryParam("variables", new JsonObject().put("s", "50% + navo").encode())
                .queryParam("operationName", "B").get("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(got.get("errors"), () -> "errors: " + got.prettify());
        // The text as sent is a near miss of NATO's alias "NAVO" (fuzzy search); a refused or failed decoding has errors.
        assertEquals(1, got.getInt("data.organizations.totalCount"));
    }

    @Test
    void aMutationOverGetIsRefusedAndNothingRuns() {
        String name = "Made Over Get " + System.nanoTime();
        String mutation = "mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }";
        Response refused = get(mutation, Map.of("i", Map.of("name", name)),
                Map.of("Authorization", "Bearer " + TestTokens.editor()));
        assertEquals(405, refused.statusCode());
        assertEquals("POST", refused.header("Allow"));
        JsonPath body = refused.jsonPath();
        assertEquals("BAD_REQUEST", body.getString("errors[0].extensions.code"));
        assertTrue(body.getString("errors[0].message").contains("POST"));
        assertNull(refused.header("ETag"));
        // Nothing was created.
        JsonPath missing = GraphQL.failing("query ($n: String!) { person(name: $n) { id } }", Map.of("n", name));
        assertEquals("NOT_FOUND", missing.getString("errors[0].extensions.code"));
        // A mutation picked by operationName from a document that also holds a query: refused too.
        Response picked = given().queryParam("query", "query Q { __typename } mutation M { __typename }")
                .queryParam("operationName", "M").get("/graphql");
        assertEquals(405, picked.statusCode());
    }

    @Test
    void aGetAnswerHasAnEtagAndIsNotModifiedWhenItMatches() {
        Response first = get(HEADLINE, TRUMP, Map.of());
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), etag);
        assertEquals("public, max-age=60", first.header("Cache-Control"));
        assertEquals(etag, GetRequests.etag(io.vertx.core.buffer.Buffer.buffer(first.asByteArray())));

        Response again = get(HEADLINE, TRUMP, Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.asString());
        assertEquals(etag, again.header("ETag"));

        Response weak = get(HEADLINE, TRUMP, Map.of("If-None-Match", "\"other\", W/" + etag));
        assertEquals(304, weak.statusCode());

        Response changed = get(HEADLINE, Map.of("leader", "Trump", "on", "2025-02-28"), Map.of("If-None-Match", etag));
        assertEquals(200, changed.statusCode());
        assertTrue(!etag.equals(changed.header("ETag")));
    }

    @Test
    void errorsAreNeverCached() {
        Response failed = get("query ($n: String!) { person(name: $n) { id } }", Map.of("n", "Nobody Ever"), Map.of());
        assertEquals("NOT_FOUND", failed.jsonPath().getString("errors[0].extensions.code"));
        assertNull(failed.header("ETag"));
        assertEquals("no-store", failed.header("Cache-Control"));

        Response unparsable = get("{ topics {", null, Map.of());
        assertEquals("GRAPHQL_PARSE_FAILED", unparsable.jsonPath().getString("errors[0].extensions.code"));
        assertNull(unparsable.header("ETag"));
    }

    @Test
    void aBadGetIsACodedBadRequest() {
        Response noQuery = given().get("/graphql");
        assertEquals(400, noQuery.statusCode());
        assertEquals("BAD_REQUEST", noQuery.jsonPath().getString("errors[0].extensions.code"));

        Response badVariables = given().queryParam("query", "{ __typename }").queryParam("variables", "[1]").get("/graphql");
        assertEquals(400, badVariables.statusCode());
        assertEquals("BAD_REQUEST", badVariables.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void withCredentialsTheAnswerIsPrivate() {
        Response response = get(HEADLINE, TRUMP, Map.of("Authorization", "Bearer " + TestTokens.reader()));
        response.then().statusCode(200);
        assertEquals("private, no-cache", response.header("Cache-Control"));
    }

    @Test
    void corsIsOffByDefault() {
        Response response = given().header("Origin", "http://elsewhere.example").queryParam("query", "{ __typename }")
                .get("/graphql");
        assertNull(response.header("Access-Control-Allow-Origin"));
    }
}

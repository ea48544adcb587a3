package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS as PARLEY_CORS_ENABLED / PARLEY_CORS_ORIGINS configure it: listed origins get the headers, others do not. */
@QuarkusTest
@TestProfile(CorsTest.Cors.class)
class CorsTest {

    static final String APP = "http://app.example:5173";

    public static class Cors implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", APP);
        }
    }

    @Test
    void aListedOriginMayPostAfterThePreflight() {
        Response preflight = given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").options("/graphql");
        assertEquals(200, preflight.statusCode());
        assertEquals(APP, preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"), preflight.headers().toString());

        Response post = given().header("Origin", APP).contentType(ContentType.JSON)
                .body(Map.of("query", "{ topics { totalCount } }")).post("/graphql");
        assertEquals(200, post.statusCode());
        assertNull(post.jsonPath().get("errors"));
        assertEquals(APP, post.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aGetFromAListedOriginCanReadTheEtag() {
        Response get = given().header("Origin", APP).queryParam("query", "{ topics { totalCount } }").get("/graphql");
        assertEquals(200, get.statusCode());
        assertEquals(APP, get.header("Access-Control-Allow-Origin"));
        assertTrue(get.header("Access-Control-Expose-Headers").contains("ETag"), get.headers().toString());
    }

    @Test
    void anOriginThatIsNotListedGetsNoCorsHeaders() {
        Response post = given().header("Origin", "http://evil.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ topics { totalCount } }")).post("/graphql");
        assertNull(post.header("Access-Control-Allow-Origin"));
    }
}

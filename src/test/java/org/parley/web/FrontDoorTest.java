package org.parley.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The front door: / says what Parley is and links the console, the schema, the examples and health. */
@QuarkusTest
class FrontDoorTest {

    @Test
    void theFrontPageLinksEverythingAClientNeeds() {
        String page = given().get("/").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html"))
                .extract().asString();
        assertTrue(page.contains("Parley"));
        for (String link : List.of("q/graphql-ui/", "graphql/schema.graphql", "graphiql-examples.html", "q/health")) {
            assertTrue(page.contains("href=\"" + link), "the front page does not link " + link);
        }
        // Every link leads somewhere.
        for (String path : List.of("/q/graphql-ui/", "/graphql/schema.graphql", "/graphiql-examples.html", "/q/health")) {
            given().get(path).then().statusCode(200);
        }
    }
}

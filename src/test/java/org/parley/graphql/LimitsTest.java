package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed and over-limit requests get a coded error, never a stack trace. */
@QuarkusTest
public class LimitsTest {

    static final int MAX_DEPTH = 12;

    @Test
    void aQueryNestedTooDeepIsRejected() {
        String deep = "{ person(name: \"Rutte\") { " + "positions { nodes { meeting { participants { person { ".repeat(3)
                + "name" + " } } } } }".repeat(3) + " } }";
        assertCoded(GraphQL.failing(deep, Map.of()), "QUERY_TOO_DEEP");
    }

    @Test
    void aQueryAtTheDepthLimitRuns() {
        // meetings > nodes > participants > person > positions > nodes > evidence > article > title
        GraphQL.data("{ meetings(first: 1) { nodes { participants { person { positions(first: 1) { nodes "
                + "{ evidence { article { title } } } } } } } } }", Map.of());
    }

    @Test
    void aQuerySelectingTooManyFieldsIsRejected() {
        StringBuilder flood = new StringBuilder("{ ");
        for (int i = 0; i < 200; i++) {
            flood.append("a").append(i).append(": people { nodes { id name aliases } totalCount } ");
        }
        assertCoded(GraphQL.failing(flood.append("}").toString(), Map.of()), "QUERY_TOO_COMPLEX");
    }

    @Test
    void aDocumentWithTooManyTokensIsRejected() {
        String huge = "{ " + "__typename ".repeat(4_000) + "}";
        assertCoded(GraphQL.failing(huge, Map.of()), "QUERY_TOO_LARGE");
    }

    @Test
    void invalidGraphQLIsAParseError() {
        assertCoded(GraphQL.failing("{ meetings( }", Map.of()), "GRAPHQL_PARSE_FAILED");
    }

    @Test
    void anUnknownFieldIsAValidationError() {
        assertCoded(GraphQL.failing("{ meetings { nodes { secretField } } }", Map.of()), "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aWrongArgumentTypeIsBadUserInput() {
        assertCoded(GraphQL.failing("query ($n: Int) { positions(first: $n) { totalCount } }", Map.of("n", "ten")),
                "BAD_USER_INPUT");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        JsonPath response = given().contentType(ContentType.JSON).body("{\"query\": \"{ meetings { totalCount } }\"")
                .post("/graphql").then().statusCode(400).extract().jsonPath();
        assertCoded(response, "BAD_REQUEST");
    }

    @Test
    void aBodyWithoutAQueryIsABadRequest() {
        JsonPath response = given().contentType(ContentType.JSON).body("{\"variables\": {}}")
                .post("/graphql").then().statusCode(400).extract().jsonPath();
        assertCoded(response, "BAD_REQUEST");
    }

    private static void assertCoded(JsonPath response, String code) {
        assertEquals(code, response.getString("errors[0].extensions.code"), response.prettify());
        String message = response.getString("errors[0].message");
        assertThat(message, not(containsString("Exception")));
        assertThat(message, not(containsString("\tat ")));
        assertThat(response.prettify(), not(containsString("stackTrace")));
    }
}

package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.position.HeadlineQueryTest;

/** {@code extensions.cost}: what an operation was planned to cost and what it took, when the client asks. */
@QuarkusTest
class CostReportTest {

    private static final Map<String, Object> STATE_VISIT = Map.of("leader", "Trump", "on", "2025-02-27");

    private static JsonPath post(String query, Map<String, ?> variables, boolean askCost) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables));
        if (askCost) {
            request = request.header("Parley-Cost", "true");
        }
        return request.post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void headlineReportsItsPlanAndAtMostThreeStatements() {
        JsonPath json = post(HeadlineQueryTest.HEADLINE, STATE_VISIT, true);
        assertNull(json.get("errors"));
        assertEquals(1, json.getList("data.commitments").size());
        assertTrue(json.getLong("extensions.cost.requested.fields") >= 15, json.prettify());
        assertTrue(json.getLong("extensions.cost.requested.cost") > json.getLong("extensions.cost.requested.fields"),
                "lists multiply the cost: " + json.prettify());
        assertEquals(0L, json.getLong("extensions.cost.requested.mutations"));
        assertEquals(50_000L, json.getLong("extensions.cost.limits.cost"));
        int statements = json.getInt("extensions.cost.actual.sqlStatements");
        assertTrue(statements >= 1 && statements <= 3, "headline SQL statements: " + statements);
        assertTrue(json.getDouble("extensions.cost.actual.milliseconds") >= 0);
    }

    @Test
    void statementsAreCountedPerRequest() {
        // the same request twice: the second count is not added to the first
        int first = post(HeadlineQueryTest.HEADLINE, STATE_VISIT, true).getInt("extensions.cost.actual.sqlStatements");
        int second = post(HeadlineQueryTest.HEADLINE, STATE_VISIT, true).getInt("extensions.cost.actual.sqlStatements");
        assertEquals(first, second);
    }

    @Test
    void noReportUnlessAsked() {
        JsonPath json = post(HeadlineQueryTest.HEADLINE, STATE_VISIT, false);
        assertNull(json.get("errors"));
        assertNull(json.get("extensions.cost"));
    }

    @Test
    void refusedOperationRanNoStatement() {
        JsonPath json = post(OperationPlanTest.bomb(16), Map.of(), true);
        assertEquals("QUERY_TOO_COMPLEX", json.getString("errors[0].extensions.code"));
        assertNull(json.get("data"));
        assertEquals(0, json.getInt("extensions.cost.actual.sqlStatements"));
        assertNull(json.get("extensions.cost.requested"), "a refused operation has no plan to report");
    }

    @Test
    void getRequestsReportToo() {
        JsonPath json = given().accept(ContentType.JSON).header("Parley-Cost", "true")
                .queryParam("query", "query Topics { topics(first: 2) { totalCount nodes { name } } }")
                .get("/graphql").then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"));
        assertEquals(2, json.getList("data.topics.nodes").size());
        assertTrue(json.getInt("extensions.cost.actual.sqlStatements") >= 1);
    }
}

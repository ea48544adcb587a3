package org.parley.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/**
 * The GraphQL timer at /q/metrics stays truthful when requests fail: failing operations
 * (a resolver error, an unknown name, a refused argument, a document that does not parse or
 * validate) must not leave a timer running or record absurd durations.
 */
@QuarkusTest
public class MetricsAfterErrorsTest {

    @Test
    void graphqlTimingsAreSaneAfterFailingRequests() {
        for (int k = 0; k < 5; k++) {
            GraphQL.failing("{ person(name: \"Napoleon Nobody\") { name } }", Map.of());
            GraphQL.failing("query ($f: Int) { people(first: $f) { totalCount } }", Map.of("f", "12"));
            GraphQL.failing("query ($d: Date) { person(name: \"poetin\") { offices(asOf: $d) { role } } }", Map.of("d", "2025-02-30"));
            GraphQL.failing("{ people(first: 500) { totalCount } }", Map.of());
            GraphQL.failing("{ nosuchfield }", Map.of());
            GraphQL.failing("mutation { retract(input: { id: \"x\", reason: \"r\" }) { node { id } } }", Map.of());
            GraphQL.data("{ topics { totalCount } }", Map.of());
        }
        String metrics = given().accept(ContentType.TEXT).get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> lines = new ArrayList<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("mp_graphql") && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        assertFalse(lines.isEmpty(), "GraphQL metrics are exported:\n" + metrics.substring(0, Math.min(2000, metrics.length())));
        boolean sawCount = false;
        for (String line : lines) {
            String name = line.substring(0, line.indexOf(line.contains("{") ? '{' : ' '));
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(Double.isFinite(value) && value >= 0, "finite and not negative: " + line);
            if (name.endsWith("_seconds_sum") || name.endsWith("_seconds_max")) {
                // every request of this test takes well under a minute
                assertTrue(value < 60 * 5 * 7, "an absurd duration: " + line);
            }
            if (name.endsWith("_seconds_max")) {
                assertTrue(value < 60, "no single operation took a minute: " + line);
            }
            if (name.endsWith("_seconds_count") && line.contains("people")) {
                sawCount = true;
                assertTrue(value < 10_000, "a sane count: " + line);
            }
        }
        assertTrue(sawCount || lines.stream().anyMatch(l -> l.contains("_count")), "operations were counted: " + lines);
    }
}

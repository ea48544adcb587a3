package org.parley.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;
import org.parley.meeting.Meeting;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * The GraphQL timer at /q/metrics stays truthful when requests fail.
 *
 * <p>The sequence that broke SmallRye's {@code mp_graphql} timer: a field fails (unauthenticated,
 * CONFLICT, a refused argument), time passes, then the same field succeeds. Quarkus' data fetcher
 * keeps the start of each call in a queue per field and only takes it out when the call succeeds,
 * so the success recorded the time since the failure (seconds to minutes). The test pauses
 * {@link #GAP_MS} between the failures and the success and compares what the server recorded
 * with what the client measured: for requests sent one after another, the server's durations
 * can only add up to less than the client's round trips.
 */
@QuarkusTest
public class MetricsAfterErrorsTest {

    static final long GAP_MS = 3000;

    static final String RETRACT = "mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }";

    /** Client-side round trips of every request sent between the two metric snapshots. */
    private double clientSeconds;

    @Test
    void graphqlTimingsAreSaneAfterFailingRequests() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String quote = "Metriekzin " + suffix + ".";
        String editor = TestTokens.editor();
        String article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "Metrics probe", "language", "nl", "publishedMonth", "2025-04",
                        "text", "Metriekproef " + suffix + ". " + quote)), editor).getString("addArticle.article.id");
        String first = meeting(article, quote, "first " + suffix, editor);
        String second = meeting(article, quote, "second " + suffix, editor);
        try {
            Map<String, Double> before = graphqlSeries();
            clientSeconds = 0;

            timed(() -> GraphQL.data(RETRACT, retractInput(first), editor));
            for (int k = 0; k < 3; k++) {
                // errors thrown by the resolver: the path that left a start time behind
                timed(() -> GraphQL.failing(RETRACT, retractInput(first)));                 // UNAUTHENTICATED
                timed(() -> GraphQL.failing(RETRACT, retractInput(first), editor));         // CONFLICT
                timed(() -> GraphQL.failing(RETRACT, Map.of("input", Map.of("id", "x", "reason", "r")), editor));
                timed(() -> GraphQL.failing("{ person(name: \"Napoleon Nobody\") { name } }", Map.of()));
                // refused before the resolver: variables, limits, validation, parse
                timed(() -> GraphQL.failing("query ($f: Int) { people(first: $f) { totalCount } }", Map.of("f", "12")));
                timed(() -> GraphQL.failing("{ people(first: 500) { totalCount } }", Map.of()));
                timed(() -> GraphQL.failing("{ nosuchfield }", Map.of()));
                timed(() -> GraphQL.failing("{ topics { ", Map.of()));  // RequestGate answers: not a GraphQL operation
            }
            Thread.sleep(GAP_MS);
            timed(() -> GraphQL.data(RETRACT, retractInput(second), editor));
            timed(() -> GraphQL.data("{ topics { totalCount } }", Map.of()));
            double client = clientSeconds;

            Map<String, Double> after = graphqlSeries();
            assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("parley_graphql_seconds_count{")),
                    "Parley's GraphQL timer is exported: " + after.keySet());
            double serverSum = 0;
            for (Map.Entry<String, Double> e : after.entrySet()) {
                String series = e.getKey();
                double value = e.getValue();
                assertTrue(Double.isFinite(value) && value >= 0, "finite and not negative: " + series + " " + value);
                if (series.contains("_seconds_sum")) {
                    double delta = value - before.getOrDefault(series, 0.0);
                    assertTrue(delta >= 0, "a sum never shrinks: " + series);
                    serverSum += delta;
                }
                if (series.contains("_seconds_max")) {
                    assertTrue(value < 60, "no single operation took a minute: " + series + " " + value);
                }
            }
            assertTrue(serverSum <= client, "the server recorded " + serverSum + " s for requests whose round trips took "
                    + client + " s (a pause of " + GAP_MS / 1000.0 + " s preceded the last retract): " + after);

            // one record per operation, with its outcome
            assertEquals(2.0, delta(before, after, "mutation", "retract", "ok", "count"), "two retracts succeeded");
            assertEquals(3.0, delta(before, after, "mutation", "retract", "UNAUTHENTICATED", "count"));
            assertEquals(3.0, delta(before, after, "mutation", "retract", "CONFLICT", "count"));
            assertEquals(3.0, delta(before, after, "mutation", "retract", "BAD_USER_INPUT", "count"));
            assertEquals(3.0, delta(before, after, "query", "person", "NOT_FOUND", "count"));
            assertEquals(3.0, delta(before, after, "none", "none", "GRAPHQL_VALIDATION_FAILED", "count"));
            assertTrue(delta(before, after, "mutation", "retract", "ok", "sum") <= client,
                    "the retracts after the pause took what they took");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                long articleId = NodeId.parse(article, "article").id();
                Evidence.delete("articleId", articleId);
                Meeting.delete("id in ?1", List.of(NodeId.parse(first, "meeting").id(), NodeId.parse(second, "meeting").id()));
                Article.delete("id", articleId);
            });
        }
    }

    private void timed(Supplier<JsonPath> request) {
        long start = System.nanoTime();
        request.get();
        clientSeconds += (System.nanoTime() - start) / 1e9;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String type, String field,
            String outcome, String stat) {
        String series = "parley_graphql_seconds_" + stat + "{field=\"" + field + "\",outcome=\"" + outcome + "\",type=\""
                + type + "\"}";
        Double value = after.get(series);
        assertNotNull(value, series + " in " + after.keySet());
        return value - before.getOrDefault(series, 0.0);
    }

    private static Map<String, Object> retractInput(String id) {
        return Map.of("input", Map.of("id", id, "reason", "metrics probe"));
    }

    private static String meeting(String article, String quote, String title, String editor) {
        return GraphQL.data("mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
                Map.of("input", Map.of("title", "Metrics meeting " + title, "kind", "BILATERAL", "status", "HELD",
                        "date", Map.of("value", "2025-04-10", "precision", "DAY", "basis", "STATED"),
                        "evidence", List.of(Map.of("article", article, "quote", quote)))), editor)
                .getString("createMeeting.meeting.id");
    }

    /** Every GraphQL timer series at /q/metrics (SmallRye's mp_graphql, if on, and Parley's), by name and labels. */
    private static Map<String, Double> graphqlSeries() {
        String metrics = given().accept(ContentType.TEXT).get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : metrics.split("\n")) {
            if (!line.startsWith("#") && line.contains("graphql_seconds")) {
                int space = line.lastIndexOf(' ');
                // the Prometheus text format allows a comma after the last label; Quarkus writes one
                series.put(line.substring(0, space).replace(",}", "}"), Double.parseDouble(line.substring(space + 1)));
            }
        }
        assertFalse(metrics.isEmpty());
        return series;
    }
}

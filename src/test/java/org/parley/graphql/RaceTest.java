package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Concurrent clients sending the same change: exactly one wins, every other one gets CONFLICT
 * (the database's unique constraints decide, not a check-then-insert in the service), and no
 * answer is INTERNAL.
 */
@QuarkusTest
public class RaceTest {

    static final int CLIENTS = 8;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eightClientsCreateTheSamePersonAndExactlyOneWins() throws Exception {
        String name = "Race Person " + UUID.randomUUID();
        List<JsonNode> answers = concurrently(k -> Map.of("query",
                "mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }",
                // the same name, spelled differently: names are unique by their folded form
                "variables", Map.of("input", Map.of("name", k % 2 == 0 ? name : name.toUpperCase()))));
        assertExactlyOneWinner(answers);
        assertEquals(1, GraphQL.data("query ($s: String) { people(search: $s) { totalCount } }", Map.of("s", name))
                .getInt("people.totalCount"));
    }

    @Test
    void theLosersOfARaceLogNoStackTrace() {
        String name = "Race Quiet " + UUID.randomUUID();
        List<String> traces = LoggedTraces.during(() -> {
            try {
                assertExactlyOneWinner(concurrently(k -> Map.of("query",
                        "mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }",
                        "variables", Map.of("input", Map.of("name", name)))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(), traces, "a CONFLICT is the client's answer, not a logged stack trace");
    }

    @Test
    void eightClientsCreateTheSameOrganizationAndExactlyOneWins() throws Exception {
        String name = "Race Organization " + UUID.randomUUID();
        List<JsonNode> answers = concurrently(k -> Map.of("query",
                "mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }",
                "variables", Map.of("input", Map.of("name", name, "kind", "GROUP"))));
        assertExactlyOneWinner(answers);
    }

    @Test
    void eightClientsAddTheSameArticleAndExactlyOneWins() throws Exception {
        String text = "Race article " + UUID.randomUUID();
        List<JsonNode> answers = concurrently(k -> Map.of("query",
                "mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                "variables", Map.of("input", Map.of("title", "Race", "language", "nl", "publishedMonth", "2025-04", "text", text))));
        assertExactlyOneWinner(answers);
    }

    @Test
    void eightClientsLinkTheSamePositionsAndExactlyOneWins() throws Exception {
        BadInputTest.Ids ids = BadInputTest.lookUp();
        Map<String, Object> first = BadInputTest.position(ids);
        first.put("summary", "Race earlier " + UUID.randomUUID());
        Map<String, Object> second = BadInputTest.position(ids);
        second.put("summary", "Race later " + UUID.randomUUID());
        second.put("date", Map.of("value", "2025-03-05", "precision", "DAY", "basis", "STATED"));
        String record = "mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id } } }";
        String earlier = GraphQL.data(record, Map.of("input", first), TestTokens.editor()).getString("recordPosition.position.id");
        String later = GraphQL.data(record, Map.of("input", second), TestTokens.editor()).getString("recordPosition.position.id");
        List<JsonNode> answers = concurrently(k -> Map.of("query",
                "mutation ($input: LinkPositionsInput!) { linkPositions(input: $input) { later { id } } }",
                "variables", Map.of("input", Map.of("later", later, "earlier", earlier, "kind", "SUPERSEDES"))));
        assertExactlyOneWinner(answers);
    }

    @Test
    void twoOrganizationsCannotBecomeMembersOfEachOtherConcurrently() throws Exception {
        String create = "mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id version } } }";
        String update = "mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }";
        for (int round = 0; round < 5; round++) {
            JsonPath a = GraphQL.data(create, Map.of("input", Map.of("name", "Race A " + UUID.randomUUID(), "kind", "GROUP")),
                    TestTokens.editor());
            JsonPath b = GraphQL.data(create, Map.of("input", Map.of("name", "Race B " + UUID.randomUUID(), "kind", "GROUP")),
                    TestTokens.editor());
            String[] id = { a.getString("createOrganization.organization.id"), b.getString("createOrganization.organization.id") };
            int[] version = { a.getInt("createOrganization.organization.version"), b.getInt("createOrganization.organization.version") };
            List<JsonNode> answers = concurrently(2, k -> Map.of("query", update, "variables", Map.of("input",
                    Map.of("id", id[k], "version", version[k], "memberOf", id[1 - k]))));
            long succeeded = answers.stream().filter(x -> x.path("errors").isMissingNode()).count();
            assertEquals(1, succeeded, "exactly one of A-in-B and B-in-A may succeed: " + answers);
            for (JsonNode answer : answers) {
                if (!answer.path("errors").isMissingNode()) {
                    String code = answer.path("errors").get(0).path("extensions").path("code").asText();
                    assertTrue(code.equals("BAD_USER_INPUT") || code.equals("CONFLICT"), "refused with a client code: " + answer);
                }
            }
            JsonPath after = GraphQL.data("query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Organization { memberOf { id } } }"
                    + " b: node(id: $b) { ... on Organization { memberOf { id } } } }", Map.of("a", id[0], "b", id[1]));
            assertFalse(after.getString("a.memberOf.id") != null && after.getString("b.memberOf.id") != null,
                    "no cycle was stored: " + after.prettify());
        }
    }

    // ----- helpers -----

    static void assertExactlyOneWinner(List<JsonNode> answers) {
        int won = 0;
        for (JsonNode answer : answers) {
            if (answer.path("errors").isMissingNode()) {
                won++;
                continue;
            }
            JsonNode error = answer.path("errors").get(0);
            assertEquals("CONFLICT", error.path("extensions").path("code").asText(), "a loser gets CONFLICT: " + answer);
            assertFalse(error.path("message").asText().contains("Exception"), answer.toString());
            assertNull(error.get("stackTrace"));
        }
        assertEquals(1, won, "exactly one client wins: " + answers);
    }

    static List<JsonNode> concurrently(IntFunction<Map<String, Object>> body) throws Exception {
        return concurrently(CLIENTS, body);
    }

    /** Sends one request per client, all released at the same moment; returns the parsed answers (HTTP 200 each). */
    static List<JsonNode> concurrently(int clients, IntFunction<Map<String, Object>> body) throws Exception {
        String token = TestTokens.editor("racer");
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/graphql");
        List<HttpRequest> requests = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            requests.add(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new HashMap<>(body.apply(k))))).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (HttpRequest request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<JsonNode> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                HttpResponse<String> response = future.get();
                assertEquals(200, response.statusCode(), response.body());
                answers.add(JSON.readTree(response.body()));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

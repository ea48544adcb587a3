package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Relay cursor connections in both directions: {@code first/after} and {@code last/before}
 * read the same list, and {@code pageInfo} is whole, on every connection of the schema.
 */
@QuarkusTest
class PagingTest {

    static final String PAGE_ARGS = "first: $first, after: $after, last: $last, before: $before";
    static final String PAGE_SELECTION = """
            { totalCount pageInfo { startCursor endCursor hasNextPage hasPreviousPage } edges { cursor node { id } } }""";

    /** One connection: the query around it (with {@code %s} for the paging arguments) and its path. */
    record Connection(String name, String query, String path, String token) {

        Page page(Integer first, String after, Integer last, String before) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", first);
            variables.put("after", after);
            variables.put("last", last);
            variables.put("before", before);
            String document = "query ($first: Int, $after: String, $last: Int, $before: String) "
                    + query.formatted(PAGE_ARGS + ") " + PAGE_SELECTION);
            JsonPath data = token == null ? GraphQL.data(document, variables) : GraphQL.data(document, variables, token);
            return new Page(data.getList(path + ".edges.node.id"), data.getList(path + ".edges.cursor"),
                    data.getString(path + ".pageInfo.startCursor"), data.getString(path + ".pageInfo.endCursor"),
                    data.getBoolean(path + ".pageInfo.hasNextPage"), data.getBoolean(path + ".pageInfo.hasPreviousPage"),
                    data.getInt(path + ".totalCount"));
        }
    }

    record Page(List<String> ids, List<String> cursors, String startCursor, String endCursor, boolean hasNextPage,
            boolean hasPreviousPage, int totalCount) {
    }

    static final List<Connection> CONNECTIONS = List.of(
            new Connection("positions ASC", "{ positions(order: ASC, %s }", "positions", null),
            new Connection("positions DESC", "{ positions(order: DESC, %s }", "positions", null),
            // 16 founding meetings, two of them undated: the last page crosses into the undated ones
            new Connection("meetings ASC", "{ meetings(order: ASC, %s }", "meetings", null),
            new Connection("meetings DESC", "{ meetings(order: DESC, %s }", "meetings", null),
            new Connection("people", "{ people(%s }", "people", null),
            new Connection("organizations", "{ organizations(%s }", "organizations", null),
            new Connection("topics", "{ topics(%s }", "topics", null),
            new Connection("articles", "{ articles(%s }", "articles", null),
            new Connection("auditLog", "{ auditLog(%s }", "auditLog", TestTokens.editor()),
            new Connection("Person.positions DESC", "{ person(name: \"Rutte\") { positions(order: DESC, %s } }",
                    "person.positions", null),
            new Connection("Person.meetings ASC", "{ person(name: \"Trump\") { meetings(order: ASC, %s } }",
                    "person.meetings", null));

    @Test
    void everyConnectionReadsTheSameListBackwardAsForward() {
        ensureEightAuditEntriesAndArticles();
        for (Connection c : CONNECTIONS) {
            String name = c.name();
            Page tail = c.page(null, null, 7, null);
            assertTrue(tail.totalCount() >= 8, name + " needs 8 items for this test, has " + tail.totalCount());
            assertEquals(7, tail.ids().size(), name);
            assertFalse(tail.hasNextPage(), name + ": nothing follows the last page");
            assertTrue(tail.hasPreviousPage(), name + ": items precede the last 7");
            assertEquals(tail.cursors().get(0), tail.startCursor(), name);
            assertEquals(tail.cursors().get(6), tail.endCursor(), name);

            // forward from the tail's first item reaches the same end, in the same order
            Page forward = c.page(6, tail.cursors().get(0), null, null);
            assertEquals(tail.ids().subList(1, 7), forward.ids(), name);
            assertFalse(forward.hasNextPage(), name);
            assertTrue(forward.hasPreviousPage(), name + ": the item of `after` precedes");

            Page backward = c.page(null, null, 3, tail.cursors().get(6));
            assertEquals(tail.ids().subList(3, 6), backward.ids(), name);
            assertTrue(backward.hasNextPage(), name + ": the item of `before` follows");
            assertTrue(backward.hasPreviousPage(), name);
            assertEquals(tail.cursors().subList(3, 6), backward.cursors(), name + ": a cursor is the same either way");

            // both cursors bound one page, read either way
            Page between = c.page(2, tail.cursors().get(1), null, tail.cursors().get(5));
            assertEquals(tail.ids().subList(2, 4), between.ids(), name);
            assertTrue(between.hasNextPage() && between.hasPreviousPage(), name);
            assertEquals(tail.ids().subList(2, 5), c.page(10, tail.cursors().get(1), null, tail.cursors().get(5)).ids(), name);
            assertEquals(tail.ids().subList(3, 5), c.page(null, tail.cursors().get(1), 2, tail.cursors().get(5)).ids(), name);

            // backward to the head: no previous page once the start is reached
            Page head = c.page(3, null, null, null);
            assertFalse(head.hasPreviousPage(), name);
            assertTrue(head.hasNextPage(), name);
            Page toStart = c.page(null, null, 5, head.cursors().get(2));
            assertEquals(head.ids().subList(0, 2), toStart.ids(), name);
            assertFalse(toStart.hasPreviousPage(), name + ": the start of the list was reached");

            Page empty = c.page(null, null, 0, null);
            assertTrue(empty.ids().isEmpty(), name);
            assertNull(empty.startCursor(), name);
            assertNull(empty.endCursor(), name);
        }
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        JsonPath both = GraphQL.failing("{ positions(first: 2, last: 2) { totalCount } }", Map.of());
        assertEquals("BAD_USER_INPUT", both.getString("errors[0].extensions.code"));
        assertEquals("last", both.getString("errors[0].extensions.argument"));
        assertNull(both.get("data"));
    }

    @Test
    void lastOutOfRangeAndForeignCursorsAreBadUserInput() {
        for (String query : List.of("{ topics(last: 101) { totalCount } }", "{ topics(last: -1) { totalCount } }")) {
            JsonPath response = GraphQL.failing(query, Map.of());
            assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), query);
            assertEquals("last", response.getString("errors[0].extensions.argument"), query);
        }
        JsonPath garbage = GraphQL.failing("query ($b: String) { meetings(last: 2, before: $b) { totalCount } }",
                Map.of("b", "not-a-cursor"));
        assertEquals("BAD_USER_INPUT", garbage.getString("errors[0].extensions.code"));
        assertEquals("before", garbage.getString("errors[0].extensions.argument"));
        // a cursor of a list sorted by name is not one of a list sorted by date
        String nameCursor = GraphQL.data("{ people(first: 1) { pageInfo { endCursor } } }", Map.of())
                .getString("people.pageInfo.endCursor");
        JsonPath foreign = GraphQL.failing("query ($b: String) { positions(last: 2, before: $b) { totalCount } }",
                Map.of("b", nameCursor));
        assertEquals("BAD_USER_INPUT", foreign.getString("errors[0].extensions.code"));
        assertEquals("before", foreign.getString("errors[0].extensions.argument"));
    }

    /** The audit log and the article list need 8 items; a fresh database has 5 articles and no audit entries. */
    private static void ensureEightAuditEntriesAndArticles() {
        for (int i = 0; i < 8; i++) {
            GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                    Map.of("input", Map.of("title", "Paging " + i, "language", "nl", "publishedMonth", "2025-04",
                            "text", "Paging test article " + UUID.randomUUID() + ".")), TestTokens.editor());
        }
    }
}

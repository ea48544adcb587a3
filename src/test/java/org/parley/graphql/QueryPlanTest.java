package org.parley.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
 * Operations are planned before they run (OperationPlanInstrumentation): fragments are expanded
 * when counting fields and mutations, and an operation over a limit is refused with a coded error,
 * no data and nothing written — fast, even when its expansion is astronomically large.
 */
@QuarkusTest
class QueryPlanTest {

    static final String HEADLINE = """
            query ($leader: String!, $on: Date!) {
              commitments(leader: $leader, on: $on) {
                summary condition date datePrecision status
                holder { name }
                meeting { title date status participants { role person { name } } }
                evidence { quote article { title } }
              }
            }""";

    static final String PEOPLE_NAMED = "query ($search: String!) { people(search: $search) { totalCount } }";

    /** F1 selects a real field; each further fragment spreads the previous one twice: 2^levels fields. */
    static String queryBomb(int levels) {
        StringBuilder doc = new StringBuilder("fragment F1 on Query { topics(first: 1) { totalCount } }\n");
        for (int i = 2; i <= levels; i++) {
            doc.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F")
                    .append(i - 1).append(" }\n");
        }
        return doc.append("query { ...F").append(levels).append(" }").toString();
    }

    /** The same on an object type inside a list, with inline fragments: 2^(levels-1) titles per meeting. */
    static String meetingBomb(int levels) {
        StringBuilder doc = new StringBuilder("fragment M1 on Meeting { title }\n");
        for (int i = 2; i <= levels; i++) {
            doc.append("fragment M").append(i).append(" on Meeting { ...M").append(i - 1)
                    .append(" ... on Meeting { ...M").append(i - 1).append(" } }\n");
        }
        return doc.append("query { meetings(first: 1) { nodes { ...M").append(levels).append(" } } }").toString();
    }

    @Test
    void aFragmentBombOf2To40FieldsIsRefusedAtOnce() {
        long start = System.nanoTime();
        JsonPath response = GraphQL.failing(queryBomb(40), Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertRefused(response, "QUERY_TOO_COMPLEX");
        assertThat(response.getString("errors[0].message"), containsString("more than 1000 fields"));
        assertTrue(millis < 2_000, "answered in " + millis + " ms");
    }

    @Test
    void fragmentBombsOf65536And1024FieldsAreRefused() {
        assertRefused(GraphQL.failing(queryBomb(16), Map.of()), "QUERY_TOO_COMPLEX");
        assertRefused(GraphQL.failing(queryBomb(10), Map.of()), "QUERY_TOO_COMPLEX");
    }

    @Test
    void aFragmentBombInsideAListIsRefused() {
        long start = System.nanoTime();
        assertRefused(GraphQL.failing(meetingBomb(40), Map.of()), "QUERY_TOO_COMPLEX");
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }

    @Test
    void twoThousandAliasesAreRefused() {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            aliases.append(" a").append(i).append(": __typename");
        }
        // 500 aliases spread four times: within the token limit, 2,000 fields after expansion.
        String spread = "fragment A on Query {" + aliases + " } query { ...A ...A ... { ...A } ... on Query { ...A } }";
        JsonPath response = GraphQL.failing(spread, Map.of());
        assertRefused(response, "QUERY_TOO_COMPLEX");
        assertThat(response.getString("errors[0].message"), containsString("fields"));
        // Written out, 2,000 aliases are more tokens than the parser accepts.
        StringBuilder written = new StringBuilder("{");
        for (int i = 0; i < 2_000; i++) {
            written.append(" a").append(i).append(": __typename");
        }
        assertRefused(GraphQL.failing(written.append(" }").toString(), Map.of()), "QUERY_TOO_LARGE");
    }

    @Test
    void nestedFullPagesAreTooCostly() {
        JsonPath response = GraphQL.failing("""
                query ($n: Int!) {
                  people(first: $n) { nodes { positions(first: $n) { nodes { summary evidence { quote } } } } }
                }""",
                Map.of("n", 100));
        assertRefused(response, "QUERY_TOO_COMPLEX");
        assertThat(response.getString("errors[0].message"), containsString("cost"));
    }

    @Test
    void twelveMutationsInANamedFragmentAreRefusedAndNoneRuns() {
        String tag = UUID.randomUUID().toString();
        String doc = "fragment Twelve on Mutation {" + createPeople(12) + " }\n"
                + "mutation (" + inputs(12) + ") { ...Twelve }";
        assertNoneRuns(doc, tag);
    }

    @Test
    void twelveMutationsInInlineFragmentsAreRefusedAndNoneRuns() {
        String tag = UUID.randomUUID().toString();
        String doc = "mutation (" + inputs(12) + ") { ... on Mutation {" + createPeople(6) + " } ... {"
                + createPeople(12).substring(createPeople(6).length()) + " } }";
        assertNoneRuns(doc, tag);
    }

    @Test
    void twelveMutationsInNestedFragmentsAreRefusedAndNoneRuns() {
        String tag = UUID.randomUUID().toString();
        String six = createPeople(6);
        String doc = "fragment Inner on Mutation {" + six + " }\n"
                + "fragment Outer on Mutation { ...Inner ... on Mutation {" + createPeople(12).substring(six.length())
                + " } }\n"
                + "mutation (" + inputs(12) + ") { ...Outer }";
        assertNoneRuns(doc, tag);
    }

    @Test
    void tenMutationsThroughFragmentsRun() {
        String tag = UUID.randomUUID().toString();
        String five = createPeople(5);
        String doc = "fragment Five on Mutation {" + five + " }\n"
                + "mutation (" + inputs(10) + ") { ...Five" + createPeople(10).substring(five.length()) + " }";
        GraphQL.data(doc, variables(tag, 10), TestTokens.editor());
        assertEquals(10, GraphQL.data(PEOPLE_NAMED, Map.of("search", tag)).getInt("people.totalCount"));
    }

    @Test
    void theHeadlineQueryIsAnswered() {
        JsonPath data = GraphQL.data(HEADLINE, Map.of("leader", "Trump", "on", "2025-02-27"));
        List<Map<String, Object>> commitments = data.getList("commitments");
        assertFalse(commitments.isEmpty());
        assertEquals("Donald Trump", data.getString("commitments[0].holder.name"));
    }

    @Test
    void graphiqlsIntrospectionQueryIsAnswered() {
        JsonPath data = GraphQL.data(IntrospectionDepthTest.INTROSPECTION, Map.of());
        assertEquals("Query", data.getString("__schema.queryType.name"));
        assertTrue(data.getList("__schema.types.name").contains("Meeting"));
    }

    private static void assertNoneRuns(String doc, String tag) {
        JsonPath response = GraphQL.failing(doc, variables(tag, 12), TestTokens.editor());
        assertRefused(response, "QUERY_TOO_COMPLEX");
        assertThat(response.getString("errors[0].message"), containsString("at most 10 mutations"));
        assertEquals(0, GraphQL.data(PEOPLE_NAMED, Map.of("search", tag)).getInt("people.totalCount"));
    }

    /** {@code p0: createPerson(input: $p0) { person { id } } ...} for the first n people. */
    private static String createPeople(int n) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < n; i++) {
            fields.append(" p").append(i).append(": createPerson(input: $p").append(i).append(") { person { id } }");
        }
        return fields.toString();
    }

    private static String inputs(int n) {
        StringBuilder declared = new StringBuilder();
        for (int i = 0; i < n; i++) {
            declared.append(i == 0 ? "" : ", ").append("$p").append(i).append(": CreatePersonInput!");
        }
        return declared.toString();
    }

    private static Map<String, Object> variables(String tag, int n) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < n; i++) {
            variables.put("p" + i, Map.of("name", "Planned " + i + " " + tag));
        }
        return variables;
    }

    private static void assertRefused(JsonPath response, String code) {
        assertEquals(code, response.getString("errors[0].extensions.code"), response.prettify());
        assertNull(response.get("data"), response.prettify());
        assertThat(response.getString("errors[0].message"), not(containsString("Exception")));
    }
}

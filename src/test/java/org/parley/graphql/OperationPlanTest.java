package org.parley.graphql;

import org.parley.core.ErrorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planner on parsed documents against the published schema (src/main/graphql): no server, no database. */
class OperationPlanTest {

    static final OperationLimits LIMITS = new OperationLimits(12, 1000, OperationLimits.DEFAULT_MAX_COST, 10);

    static GraphQLSchema schema;

    @BeforeAll
    static void schema() throws IOException {
        String sdl = Files.readString(Path.of("src/main/graphql/schema.graphql"));
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    static OperationPlan plan(String document, Map<String, Object> variables, OperationLimits limits) {
        Document parsed = Parser.parse(document);
        OperationDefinition operation = parsed.getDefinitionsOfType(OperationDefinition.class).get(0);
        Map<String, FragmentDefinition> fragments = parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f));
        return OperationPlan.of(schema, operation, fragments, variables, limits);
    }

    static OperationPlan plan(String document) {
        return plan(document, Map.of(), LIMITS);
    }

    /** Fragment F1 selects {@code topics(first: 1) { totalCount }}; each further one spreads the previous twice. */
    static String bomb(int levels) {
        StringBuilder doc = new StringBuilder("fragment F1 on Query { topics(first: 1) { totalCount } }\n");
        for (int i = 2; i <= levels; i++) {
            doc.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1)
                    .append(" }\n");
        }
        return doc.append("query { ...F").append(levels).append(" }").toString();
    }

    @Test
    void countsFieldsDepthAndCostOfAPlainQuery() {
        OperationPlan plan = plan("{ meetings(first: 5) { totalCount nodes { title participants { role } } } }");
        assertEquals(6, plan.fields());
        assertEquals(4, plan.depth());
        // meetings, totalCount, nodes: 1 each; title, participants: 5 each; role: 5 * 10
        assertEquals(3 + 5 + 5 + 50, plan.cost());
    }

    @Test
    void aConnectionWithoutFirstCountsItsDefaultPage() {
        assertEquals(1 + 1 + 20, plan("{ people { nodes { name } } }").cost());
        assertEquals(1 + 1 + 100, plan("{ people(first: 1000) { nodes { name } } }").cost());
        assertEquals(1 + 1 + 7, plan("query ($n: Int) { people(first: $n) { nodes { name } } }", Map.of("n", 7), LIMITS)
                .cost());
    }

    /** positionStats takes a page size: its groups are counted as a page of that size (default 100). */
    @Test
    void theGroupsOfPositionStatsCountAsAPage() {
        // positionStats, groups: 1 each; count, holder: 100 each (the default first); name: 100
        assertEquals(2 + 100 + 100 + 100, plan("{ positionStats(groupBy: [HOLDER]) { groups { count holder { name } } } }").cost());
        assertEquals(2 + 5 + 5 + 5, plan("{ positionStats(groupBy: [HOLDER], first: 5) { groups { count holder { name } } } }").cost());
    }

    @Test
    void lastCountsLikeFirst() {
        assertEquals(1 + 1 + 7, plan("{ people(last: 7) { nodes { name } } }").cost());
        assertEquals(1 + 1 + 100, plan("{ people(last: 1000) { nodes { name } } }").cost());
        assertEquals(1 + 1 + 5, plan("query ($n: Int) { people(last: $n, before: \"x\") { nodes { name } } }",
                Map.of("n", 5), LIMITS).cost());
    }

    @Test
    void nodesCountsAsManyItemsAsIdsGiven() {
        assertEquals(1 + 3 * 2, plan("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id __typename } }").cost());
        assertEquals(1 + 100, plan("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                Map.of("ids", java.util.Collections.nCopies(150, "a")), LIMITS).cost(), "at most the cap");
        assertEquals(1 + 1, plan("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", "a"), LIMITS).cost());
    }

    @Test
    void theHeadlineQueryFits() {
        OperationPlan plan = plan("""
                query ($leader: String!, $on: Date!) {
                  commitments(leader: $leader, on: $on) {
                    summary condition date datePrecision status
                    holder { name }
                    meeting { title date status participants { role person { name } } }
                    evidence { quote article { title } }
                  }
                }""", Map.of("leader", "Trump", "on", "2025-02-27"), LIMITS);
        assertEquals(5, plan.depth());
        assertTrue(plan.cost() < 1000, plan.toString());
    }

    @Test
    void fragmentsAreExpandedWithoutBeingWalkedTwice() {
        // 2^20 fields: counted instantly when the limits are out of reach
        OperationLimits huge = new OperationLimits(12, Long.MAX_VALUE, Long.MAX_VALUE, 10);
        OperationPlan plan = plan(bomb(21), Map.of(), huge);
        assertEquals(2L << 20, plan.fields());
        assertEquals(2, plan.depth());
    }

    @Test
    void aFragmentBombIsRefusedQuickly() {
        long start = System.nanoTime();
        QueryLimitException refused = assertThrows(QueryLimitException.class, () -> plan(bomb(40)));
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "took too long");
        assertEquals(ErrorCode.QUERY_TOO_COMPLEX, refused.code());
        assertTrue(refused.getMessage().contains("more than 1000 fields"), refused.getMessage());
        assertEquals(ErrorCode.QUERY_TOO_COMPLEX, assertThrows(QueryLimitException.class, () -> plan(bomb(10))).code());
        plan(bomb(9)); // 512 fields
    }

    @Test
    void aBombOfObjectFragmentsInsideFieldsIsRefused() {
        StringBuilder doc = new StringBuilder("fragment M1 on Meeting { title }\n");
        for (int i = 2; i <= 60; i++) {
            doc.append("fragment M").append(i).append(" on Meeting { ...M").append(i - 1).append(" ... on Meeting { ...M")
                    .append(i - 1).append(" } }\n");
        }
        doc.append("{ meetings(first: 1) { nodes { ...M60 } } }");
        assertEquals(ErrorCode.QUERY_TOO_COMPLEX,
                assertThrows(QueryLimitException.class, () -> plan(doc.toString())).code());
    }

    @Test
    void skippedSelectionsAreNotCounted() {
        String doc = "query ($yes: Boolean!) { people { totalCount @skip(if: true) nodes @include(if: $yes) { name } "
                + "... @skip(if: $yes) { pageInfo { hasNextPage } } } }";
        OperationPlan no = plan(doc, Map.of("yes", false), LIMITS);
        assertEquals(3, no.fields()); // people pageInfo hasNextPage
        assertEquals(3, no.cost());
        OperationPlan yes = plan(doc, Map.of("yes", true), LIMITS);
        assertEquals(3, yes.fields()); // people nodes name
        assertEquals(1 + 1 + 20, yes.cost());
    }

    @Test
    void depthCountsThroughFragmentsButIntrospectionIsExempt() {
        String deep = "fragment P on Person { positions { nodes { meeting { participants { person { positions { nodes "
                + "{ meeting { participants { person { offices { role } } } } } } } } } } } } { person(name: \"x\") { ...P } }";
        QueryLimitException refused = assertThrows(QueryLimitException.class, () -> plan(deep));
        assertEquals(ErrorCode.QUERY_TOO_DEEP, refused.code());
        OperationPlan introspection = plan(IntrospectionDepthTest.INTROSPECTION);
        assertTrue(introspection.introspectionOnly());
        assertTrue(introspection.depth() > 12, introspection.toString());
        assertEquals(introspection.fields(), introspection.cost(), "introspection lists count as 1");
        assertFalse(plan("{ __typename people { totalCount } }").introspectionOnly());
    }

    @Test
    void aCostlyNestOfPagesIsRefused() {
        QueryLimitException refused = assertThrows(QueryLimitException.class, () -> plan(
                "{ people(first: 100) { nodes { positions(first: 100) { nodes { summary evidence { quote } } } } } }"));
        assertEquals(ErrorCode.QUERY_TOO_COMPLEX, refused.code());
        assertTrue(refused.getMessage().contains("cost"), refused.getMessage());
    }

    @Test
    void mutationsAreCountedAfterExpandingFragments() {
        StringBuilder fields = new StringBuilder();
        StringBuilder firstSix = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String field = "p" + i + ": createPerson(input: {name: \"n" + i + "\"}) { person { id } }\n";
            fields.append(field);
            if (i < 6) {
                firstSix.append(field);
            }
        }
        String named = "fragment M on Mutation { " + fields + " } mutation { ...M }";
        String inline = "mutation { ... on Mutation { " + fields + " } }";
        String nested = "fragment A on Mutation { " + firstSix + " } "
                + "fragment B on Mutation { ...A ... on Mutation { ...A } } mutation { ... { ...B } }";
        for (String doc : new String[] { named, inline, nested }) {
            QueryLimitException refused = assertThrows(QueryLimitException.class, () -> plan(doc), doc);
            assertEquals(ErrorCode.QUERY_TOO_COMPLEX, refused.code());
            assertTrue(refused.getMessage().contains("at most 10 mutations"), refused.getMessage());
        }
        Map<String, Object> none = new HashMap<>();
        assertEquals(10, plan("mutation { __typename " + fields.substring(0, fields.indexOf("p10")) + " }", none, LIMITS)
                .mutations());
    }
}

package org.parley.position;

import org.parley.core.SortDirection;
import org.parley.person.Person;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.graphql.GraphQL;

/** positions(...): filters, order, keyset paging and their errors. */
@QuarkusTest
public class PositionsQueryTest {

    static final String PAGE = """
            query ($first: Int, $after: String, $order: SortDirection, $kind: PositionKind, $holder: String,
                   $organization: String, $topic: String, $meeting: ID, $on: Date, $from: Date, $to: Date) {
              positions(first: $first, after: $after, order: $order, kind: $kind, holder: $holder,
                        organization: $organization, topic: $topic, meeting: $meeting, on: $on, from: $from, to: $to) {
                totalCount
                pageInfo { endCursor hasNextPage }
                edges { cursor node { id } }
                nodes { id kind date datePrecision summary holder { name } onBehalfOf { name } topic { slug }
                        addressee { __typename name } meeting { id title } }
              }
            }""";
    static final int PAGE_SIZE = 7;

    @Test
    void walkingAllPagesVisitsEveryPositionOnceInDateOrder() {
        for (String order : List.of("ASC", "DESC")) {
            List<String> ids = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            String after = null;
            int total;
            do {
                Map<String, Object> vars = new HashMap<>(Map.of("first", PAGE_SIZE, "order", order));
                vars.put("after", after);
                JsonPath page = GraphQL.data(PAGE, vars);
                total = page.getInt("positions.totalCount");
                ids.addAll(page.getList("positions.nodes.id"));
                dates.addAll(page.getList("positions.nodes.date"));
                assertEquals(page.getList("positions.nodes.id"), page.getList("positions.edges.node.id"));
                after = page.getBoolean("positions.pageInfo.hasNextPage") ? page.getString("positions.pageInfo.endCursor") : null;
            } while (after != null);
            assertEquals(total, ids.size(), order);
            assertEquals(total, new HashSet<>(ids).size(), "no position twice");
            List<String> sorted = new ArrayList<>(dates);
            sorted.sort(order.equals("ASC") ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
            assertEquals(sorted, dates, order);
        }
    }

    @Test
    void filtersByHolderAndKind() {
        JsonPath data = GraphQL.data(PAGE, Map.of("holder", "rutte", "kind", "REFUSAL", "first", 100));
        assertThat(data.getList("positions.nodes"), hasSize(data.getInt("positions.totalCount")));
        assertThat(data.getInt("positions.totalCount"), greaterThan(1));
        assertThat(data.getList("positions.nodes.kind"), everyItem(is("REFUSAL")));
        assertThat(data.getList("positions.nodes.holder.name"), everyItem(is("Mark Rutte")));
    }

    @Test
    void filtersByOrganizationTopicAndDay() {
        JsonPath byOrganization = GraphQL.data(PAGE, Map.of("organization", "VS", "first", 100));
        assertThat(byOrganization.getList("positions.nodes.onBehalfOf.name"), everyItem(is("United States")));
        JsonPath byTopic = GraphQL.data(PAGE, Map.of("topic", "greenland", "first", 100));
        assertThat(byTopic.getInt("positions.totalCount"), greaterThan(0));
        assertThat(byTopic.getList("positions.nodes.topic.slug"), everyItem(is("greenland")));
        JsonPath onDay = GraphQL.data(PAGE, Map.of("on", "2025-03-13", "first", 100));
        assertThat(onDay.getList("positions.nodes.date"), everyItem(is("2025-03-13")));
        assertThat(onDay.getList("positions.nodes.datePrecision"), everyItem(is("DAY")));
    }

    @Test
    void filtersByMeetingAndShowsAddressees() {
        JsonPath first = GraphQL.data(PAGE, Map.of("holder", "Trump", "on", "2025-03-13", "kind", "COMMITMENT"));
        String meetingId = first.getString("positions.nodes[0].meeting.id");
        assertEquals("Mark Rutte", first.getString("positions.nodes[0].addressee.name"));
        assertEquals("Person", first.getString("positions.nodes[0].addressee.__typename"));
        JsonPath atMeeting = GraphQL.data(PAGE, Map.of("meeting", meetingId, "first", 100));
        assertThat(atMeeting.getInt("positions.totalCount"), greaterThan(1));
        assertThat(atMeeting.getList("positions.nodes.meeting.id"), everyItem(is(meetingId)));
    }

    @Test
    void aMonthRangeIncludesMonthPrecisionPositionsLabelledAsSuch() {
        JsonPath data = GraphQL.data(PAGE, Map.of("from", "2025-02-01", "to", "2025-02-28", "first", 100));
        List<String> precisions = data.getList("positions.nodes.datePrecision");
        assertTrue(precisions.contains("MONTH") && precisions.contains("DAY"), precisions.toString());
        assertThat(data.getList("positions.nodes.date"), everyItem(org.hamcrest.Matchers.startsWith("2025-02")));
        JsonPath halfMonth = GraphQL.data(PAGE, Map.of("from", "2025-02-01", "to", "2025-02-20", "first", 100));
        assertFalse(halfMonth.getList("positions.nodes.datePrecision").contains("MONTH"),
                "a month is not inside half of it");
    }

    @Test
    void rejectsBadPagingAndFilterArguments() {
        assertCode("BAD_USER_INPUT", Map.of("first", 101));
        assertCode("BAD_USER_INPUT", Map.of("first", -1));
        assertCode("BAD_USER_INPUT", Map.of("after", "not-a-cursor"));
        assertCode("BAD_USER_INPUT", Map.of("on", "2025-03-02", "from", "2025-03-01"));
        assertCode("BAD_USER_INPUT", Map.of("from", "2025-03-02", "to", "2025-03-01"));
        assertCode("BAD_USER_INPUT", Map.of("meeting", "bm90LWFuLWlk"));
        assertCode("NOT_FOUND", Map.of("topic", "no-such-topic"));
        assertCode("NOT_FOUND", Map.of("holder", "Nobody At All"));
        assertCode("BAD_USER_INPUT", Map.of("kind", "PROMISE"));
    }

    private static void assertCode(String code, Map<String, ?> variables) {
        JsonPath response = GraphQL.failing(PAGE, variables);
        assertEquals(code, response.getString("errors[0].extensions.code"), variables.toString());
        assertThat(response.getString("errors[0].message"), org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("Exception")));
    }
}

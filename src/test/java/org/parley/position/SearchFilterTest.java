package org.parley.position;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;
import org.parley.graphql.GraphQL;

/**
 * positions(filter:, orderBy:), meetings(filter:, orderBy:) and positionStats on the founding
 * dataset. The oracle is the unfiltered list, read once through the API with every field a filter
 * looks at; each filter, search and group count must equal what the test works out from it. Runs
 * on H2 and, as SearchFilterIT, on PostgreSQL (full-text indexes), where it must give the same.
 */
@QuarkusTest
public class SearchFilterTest {

    static final String ALL_POSITIONS = """
            query AllPositions($after: String) {
              positions(first: 100, after: $after) {
                pageInfo { endCursor hasNextPage }
                nodes { id kind status attribution summary date dateEnd datePrecision
                        holder { name } onBehalfOf { name } addressee { __typename name } topic { slug name }
                        meeting { id kind location } evidence { quote } }
              }
            }""";
    static final String FILTERED = """
            query Filtered($filter: PositionFilter, $orderBy: PositionOrder, $first: Int, $after: String) {
              positions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                pageInfo { endCursor hasNextPage }
                nodes { id date kind }
              }
            }""";
    static final String STATS = """
            query Stats($filter: PositionFilter, $groupBy: [PositionGroupBy!]!, $first: Int) {
              positionStats(filter: $filter, groupBy: $groupBy, first: $first) {
                hasMoreGroups
                groups { count holder { name } organization { name } kind status topic { slug } year month }
              }
            }""";
    static final String MEETINGS = """
            query Meetings($filter: MeetingFilter, $orderBy: MeetingOrder, $first: Int, $after: String) {
              meetings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                pageInfo { endCursor hasNextPage }
                nodes { id title location summary date datePrecision }
              }
            }""";

    /** Every standing position, as the oracle. */
    List<Map<String, Object>> all;

    @BeforeEach
    void readAll() {
        all = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonPath page = GraphQL.data(ALL_POSITIONS, vars);
            all.addAll(page.getList("positions.nodes"));
            after = page.getBoolean("positions.pageInfo.hasNextPage") ? page.getString("positions.pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(all.size(), greaterThan(50));
    }

    // ----- filters -----

    @Test
    void everyFilterFieldKeepsExactlyTheMatchingPositions() {
        int checked = 0;
        for (String holder : values(p -> name(p.get("holder")))) {
            checked += check(Map.of("holder", holder), p -> holder.equals(name(p.get("holder"))));
        }
        for (String organization : values(p -> name(p.get("onBehalfOf")))) {
            checked += check(Map.of("organization", organization), p -> organization.equals(name(p.get("onBehalfOf"))));
        }
        for (String addressee : values(p -> name(p.get("addressee")))) {
            checked += check(Map.of("addressee", addressee), p -> addressee.equals(name(p.get("addressee"))));
        }
        for (String kind : values(p -> (String) p.get("kind"))) {
            checked += check(Map.of("kind", kind), p -> kind.equals(p.get("kind")));
        }
        for (String status : values(p -> (String) p.get("status"))) {
            checked += check(Map.of("status", status), p -> status.equals(p.get("status")));
        }
        for (String topic : values(p -> field(p.get("topic"), "slug"))) {
            checked += check(Map.of("topic", topic), p -> topic.equals(field(p.get("topic"), "slug")));
        }
        for (String meeting : values(p -> field(p.get("meeting"), "id"))) {
            checked += check(Map.of("meeting", meeting), p -> meeting.equals(field(p.get("meeting"), "id")));
        }
        for (String meetingKind : values(p -> field(p.get("meeting"), "kind"))) {
            checked += check(Map.of("meetingKind", meetingKind), p -> meetingKind.equals(field(p.get("meeting"), "kind")));
        }
        for (String precision : values(p -> (String) p.get("datePrecision"))) {
            checked += check(Map.of("precision", precision), p -> precision.equals(p.get("datePrecision")));
        }
        for (String attribution : values(p -> (String) p.get("attribution"))) {
            checked += check(Map.of("attribution", attribution), p -> attribution.equals(p.get("attribution")));
        }
        // the place of the meeting, by a word of it, case and accents aside
        checked += check(Map.of("place", "WASHINGTON"), p -> words(field(p.get("meeting"), "location")).contains("washington"));
        checked += check(Map.of("place", "oval office"), p -> words(field(p.get("meeting"), "location")).containsAll(List.of("oval", "office")));
        // a date window, both ways of matching it
        checked += check(Map.of("from", "2025-03-01", "to", "2025-03-31"),
                p -> ((String) p.get("date")).compareTo("2025-03-01") >= 0 && ((String) p.get("dateEnd")).compareTo("2025-03-31") <= 0);
        checked += check(Map.of("from", "2025-03-01", "to", "2025-03-31", "match", "OVERLAPS"),
                p -> ((String) p.get("dateEnd")).compareTo("2025-03-01") >= 0 && ((String) p.get("date")).compareTo("2025-03-31") <= 0);
        checked += check(Map.of("on", "2025-03-02"), p -> "2025-03-02".equals(p.get("date")) && "DAY".equals(p.get("datePrecision")));
        // fields combine with AND
        checked += check(Map.of("holder", "Mark Rutte", "kind", "STANCE", "precision", "DAY"),
                p -> "Mark Rutte".equals(name(p.get("holder"))) && "STANCE".equals(p.get("kind")) && "DAY".equals(p.get("datePrecision")));
        assertThat(checked, greaterThan(40));
    }

    @Test
    void anAddresseeNameMatchesAPersonAndAnOrganization() {
        String person = values(p -> "Person".equals(field(p.get("addressee"), "__typename")) ? name(p.get("addressee")) : null).get(0);
        String organization = values(p -> "Organization".equals(field(p.get("addressee"), "__typename")) ? name(p.get("addressee")) : null).get(0);
        assertThat(check(Map.of("addressee", person.toUpperCase(Locale.ROOT)), p -> person.equals(name(p.get("addressee")))), greaterThan(0));
        assertThat(check(Map.of("addressee", organization), p -> organization.equals(name(p.get("addressee")))), greaterThan(0));
    }

    // ----- search -----

    @Test
    void searchIgnoresCaseAndDiacriticsInDutchQuotes() {
        Predicate<Map<String, Object>> oekraine = p -> text(p).stream().anyMatch(t -> words(t).stream().anyMatch(w -> w.startsWith("oekraine")));
        int found = check(Map.of("search", "Oekraïne"), oekraine);
        assertThat(found, greaterThan(5));
        assertEquals(found, check(Map.of("search", "OEKRAINE"), oekraine));
        assertEquals(found, check(Map.of("search", "oekraine"), oekraine));
        // "Oekraïense" starts with "oekrai" too
        assertThat(check(Map.of("search", "oekraï"), p -> containsWordStarting(p, "oekrai")), greaterThan(found));
    }

    @Test
    void searchFindsEnglishSummariesAndDutchQuotesAndCombinesWords() {
        assertThat(check(Map.of("search", "ukraine"), p -> containsWordStarting(p, "ukraine")), greaterThan(5));
        assertThat(check(Map.of("search", "Tariffs"), p -> containsWordStarting(p, "tariffs")), greaterThan(0));
        // every word must occur in the summary or in one quote (not split over them)
        Predicate<Map<String, Object>> both = p -> text(p).stream().anyMatch(t ->
                words(t).stream().anyMatch(w -> w.startsWith("steun")) && words(t).stream().anyMatch(w -> w.startsWith("oekraine")));
        assertThat(check(Map.of("search", "steun, OEKRAÏNE!"), both), greaterThan(0));
        assertEquals(0, check(Map.of("search", "oekraine zzyzxnonsense"), p -> false));
        // search combines with the other fields
        check(Map.of("search", "ukraine", "kind", "COMMITMENT"), p -> containsWordStarting(p, "ukraine") && "COMMITMENT".equals(p.get("kind")));
    }

    @Test
    void searchFindsAPositionByAWordOnlyItsQuoteHas() {
        // a Dutch word of some quote that no summary has: found through the evidence alone
        String word = null;
        for (Map<String, Object> p : all) {
            for (String quoteWord : words(String.join(" ", quotes(p)))) {
                if (quoteWord.length() > 8 && all.stream().noneMatch(q -> words((String) q.get("summary")).stream()
                        .anyMatch(w -> w.startsWith(quoteWord)))) {
                    word = quoteWord;
                    break;
                }
            }
            if (word != null) {
                break;
            }
        }
        String only = word;
        assertThat(check(Map.of("search", only), p -> quotes(p).stream().anyMatch(q -> words(q).stream().anyMatch(w -> w.startsWith(only)))),
                greaterThan(0));
    }

    // ----- order and cursors -----

    @Test
    void everyOrderWalksAllPositionsOnceInItsOrder() {
        for (String field : List.of("DATE", "CREATED", "KIND")) {
            for (String direction : List.of("ASC", "DESC")) {
                List<Map<String, Object>> seen = walk(FILTERED, "positions", Map.of("field", field, "direction", direction), 9);
                assertEquals(all.size(), seen.size(), field + " " + direction);
                assertEquals(all.size(), seen.stream().map(n -> n.get("id")).distinct().count(), "no position twice");
                Comparator<Map<String, Object>> byKey = switch (field) {
                    case "DATE" -> Comparator.comparing(n -> (String) n.get("date"));
                    case "KIND" -> Comparator.comparing(n -> (String) n.get("kind"));
                    default -> (a, b) -> 0;
                };
                Comparator<Map<String, Object>> order = byKey.thenComparing(n -> NodeId.parse((String) n.get("id"), "id").id());
                List<Map<String, Object>> sorted = new ArrayList<>(seen);
                sorted.sort(direction.equals("ASC") ? order : order.reversed());
                assertEquals(ids(sorted), ids(seen), field + " " + direction);
            }
        }
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        JsonPath byKind = GraphQL.data(FILTERED, Map.of("orderBy", Map.of("field", "KIND"), "first", 3));
        String cursor = byKind.getString("positions.pageInfo.endCursor");
        JsonPath refused = GraphQL.failing(FILTERED, Map.of("orderBy", Map.of("field", "DATE"), "first", 3, "after", cursor));
        assertEquals("BAD_USER_INPUT", refused.getString("errors[0].extensions.code"));
        assertEquals("after", refused.getString("errors[0].extensions.argument"));
        assertEquals("KIND.ASC", refused.getString("errors[0].extensions.cursorOrder"));
        assertEquals("DATE.ASC", refused.getString("errors[0].extensions.expectedOrder"));
        JsonPath otherDirection = GraphQL.failing(FILTERED, Map.of("orderBy", Map.of("field", "KIND", "direction", "DESC"),
                "after", cursor));
        assertEquals("KIND.ASC", otherDirection.getString("errors[0].extensions.cursorOrder"));
        // a cursor of the meetings list is not one of positions either
        String meetingCursor = GraphQL.data(MEETINGS, Map.of("orderBy", Map.of("field", "TITLE"), "first", 1))
                .getString("meetings.pageInfo.endCursor");
        assertEquals("BAD_USER_INPUT", GraphQL.failing(FILTERED, Map.of("after", meetingCursor))
                .getString("errors[0].extensions.code"));
    }

    @Test
    void aFilteredOrderedListPagesWithItsCursors() {
        Map<String, Object> filter = Map.of("search", "ukraine");
        List<Map<String, Object>> pages = walk(FILTERED, "positions", Map.of("field", "DATE", "direction", "DESC"), 2, filter);
        Set<String> expected = all.stream().filter(p -> containsWordStarting(p, "ukraine")).map(p -> (String) p.get("id"))
                .collect(Collectors.toSet());
        assertEquals(expected, new HashSet<>(ids(pages)));
        assertEquals(expected.size(), pages.size());
    }

    // ----- meetings -----

    @Test
    void meetingsFilterByPlaceSearchAndPrecisionAndOrderByTitle() {
        List<Map<String, Object>> meetings = walk(MEETINGS, "meetings", Map.of("field", "TITLE"), 4);
        assertThat(meetings.size(), greaterThan(10));
        List<Map<String, Object>> byTitleDesc = walk(MEETINGS, "meetings", Map.of("field", "TITLE", "direction", "DESC"), 4);
        List<String> reversed = new ArrayList<>(ids(byTitleDesc));
        java.util.Collections.reverse(reversed);
        assertEquals(ids(meetings), reversed, "DESC is ASC backwards");
        assertMeetings(meetings, Map.of("place", "washington"), m -> words((String) m.get("location")).contains("washington"));
        assertMeetings(meetings, Map.of("place", "WHITE"), m -> words((String) m.get("location")).stream().anyMatch(w -> w.startsWith("white")));
        assertMeetings(meetings, Map.of("precision", "DAY"), m -> "DAY".equals(m.get("datePrecision")));
        assertMeetings(meetings, Map.of("search", "oval office"),
                m -> words(m.get("title") + " " + m.get("location") + " " + m.get("summary")).containsAll(List.of("oval", "office")));
    }

    // ----- aggregates -----

    @Test
    void statsCountEveryGroupOfTheFilteredPositions() {
        assertStats(Map.of(), List.of(), p -> List.of());
        assertStats(Map.of("kind", "COMMITMENT"), List.of("HOLDER", "MONTH"), p -> Arrays.asList(name(p.get("holder")), month(p)));
        assertStats(Map.of(), List.of("KIND", "STATUS"), p -> Arrays.asList(p.get("kind"), p.get("status")));
        assertStats(Map.of("search", "oekraine"), List.of("TOPIC", "YEAR"), p -> Arrays.asList(field(p.get("topic"), "slug"), year(p)));
        assertStats(Map.of(), List.of("ORGANIZATION"), p -> Arrays.asList(name(p.get("onBehalfOf"))));
    }

    @Test
    void statsCutAtFirstAndSayThereIsMore() {
        JsonPath two = GraphQL.data(STATS, Map.of("groupBy", List.of("HOLDER"), "first", 2));
        assertTrue(two.getBoolean("positionStats.hasMoreGroups"));
        List<Integer> counts = two.getList("positionStats.groups.count");
        assertEquals(2, counts.size());
        Map<Object, Long> byHolder = all.stream().collect(Collectors.groupingBy(p -> Objects.toString(name(p.get("holder"))), Collectors.counting()));
        List<Long> largest = byHolder.values().stream().sorted(Comparator.reverseOrder()).limit(2).toList();
        assertEquals(largest, counts.stream().map(Integer::longValue).toList(), "the largest groups first");
        assertFalse(GraphQL.data(STATS, Map.of("groupBy", List.of("KIND"))).getBoolean("positionStats.hasMoreGroups"));
    }

    // ----- strict input -----

    @Test
    void badFilterValuesAreCodedErrors() {
        assertError(FILTERED, Map.of("filter", Map.of("holder", "Nobody At All")), "NOT_FOUND", "filter.holder");
        assertError(FILTERED, Map.of("filter", Map.of("addressee", "Nobody At All")), "NOT_FOUND", "filter.addressee");
        assertError(FILTERED, Map.of("filter", Map.of("topic", "no-such-topic")), "NOT_FOUND", "filter.topic");
        assertError(FILTERED, Map.of("filter", Map.of("meeting", "not-an-id")), "BAD_USER_INPUT", "filter.meeting");
        assertError(FILTERED, Map.of("filter", Map.of("search", " ,;- ")), "BAD_USER_INPUT", "filter.search");
        assertError(FILTERED, Map.of("filter", Map.of("search", "a b c d e f g h i")), "BAD_USER_INPUT", "filter.search");
        assertError(FILTERED, Map.of("filter", Map.of("search", "x".repeat(201))), "BAD_USER_INPUT", "filter.search");
        assertError(FILTERED, Map.of("filter", Map.of("place", "")), "BAD_USER_INPUT", "filter.place");
        assertError(FILTERED, Map.of("filter", Map.of("from", "2025-03-02", "to", "2025-03-01")), "BAD_USER_INPUT", "filter.to");
        assertError(FILTERED, Map.of("filter", Map.of("on", "2025-03-02", "to", "2025-03-03")), "BAD_USER_INPUT", "filter.on");
        assertError(MEETINGS, Map.of("filter", Map.of("participant", "Nobody At All")), "NOT_FOUND", "filter.participant");
        assertError(MEETINGS, Map.of("filter", Map.of("search", "?")), "BAD_USER_INPUT", "filter.search");
        assertError(STATS, Map.of("groupBy", List.of("KIND", "KIND")), "BAD_USER_INPUT", "groupBy");
        assertError(STATS, Map.of("groupBy", List.of(), "first", 101), "BAD_USER_INPUT", "first");
        assertError(STATS, Map.of("groupBy", List.of(), "filter", Map.of("holder", "")), "BAD_USER_INPUT", "filter.holder");
        // enum values and fields are checked against the schema: a wrong value is bad input, whether in variables or
        // written in the document; a variable of the wrong shape (an unknown field) fails validation
        assertEquals("BAD_USER_INPUT", GraphQL.failing(FILTERED, Map.of("filter", Map.of("kind", "PROMISE")))
                .getString("errors[0].extensions.code"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", GraphQL.failing(FILTERED, Map.of("filter", Map.of("colour", "red")))
                .getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", GraphQL.failing(STATS, Map.of("groupBy", List.of("WEEKDAY")))
                .getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", GraphQL.failing("{ positionStats(groupBy: [WEEKDAY]) { hasMoreGroups } }", Map.of())
                .getString("errors[0].extensions.code"));
        JsonPath unknownField = GraphQL.failing("{ positions(filter: {colour: RED}) { totalCount } }", Map.of());
        assertEquals("BAD_USER_INPUT", unknownField.getString("errors[0].extensions.code"), unknownField.prettify());
    }

    @Test
    void nullsInTheInputsMeanTheDefaults() {
        Map<String, Object> nullOrder = new HashMap<>();
        nullOrder.put("field", null);
        nullOrder.put("direction", null);
        Map<String, Object> vars = new HashMap<>(Map.of("first", 100, "filter", new HashMap<>()));
        vars.put("orderBy", nullOrder);
        JsonPath page = GraphQL.data(FILTERED, vars);
        List<String> dates = page.getList("positions.nodes.date");
        assertEquals(dates.stream().sorted().toList(), dates, "date order, oldest first");
        Map<String, Object> noKeys = new HashMap<>();
        noKeys.put("groupBy", null);
        assertEquals(List.of(all.size()), GraphQL.data("query ($groupBy: [PositionGroupBy!]) { positionStats(groupBy: $groupBy) {"
                + " groups { count } } }", noKeys).getList("positionStats.groups.count"));
    }

    @Test
    void theFilterAndTheSeparateArgumentsAreNotMixed() {
        assertError("query ($f: PositionFilter) { positions(filter: $f, kind: STANCE) { totalCount } }",
                Map.of("f", Map.of("holder", "Mark Rutte")), "BAD_USER_INPUT", "filter");
        assertError("query { positions(orderBy: {field: KIND}, order: DESC) { totalCount } }", Map.of(), "BAD_USER_INPUT", "orderBy");
        assertError("query ($f: MeetingFilter) { meetings(filter: $f, status: HELD) { totalCount } }",
                Map.of("f", Map.of("kind", "SUMMIT")), "BAD_USER_INPUT", "filter");
        // the older arguments keep working, and agree with the filter
        int older = GraphQL.data("query { positions(kind: STANCE, first: 100) { totalCount } }", Map.of()).getInt("positions.totalCount");
        assertEquals(older, check(Map.of("kind", "STANCE"), p -> "STANCE".equals(p.get("kind"))));
    }

    // ----- helpers -----

    /** Asks for the positions the filter keeps; they must be exactly those the predicate keeps. Returns how many. */
    int check(Map<String, Object> filter, Predicate<Map<String, Object>> expected) {
        JsonPath data = GraphQL.data(FILTERED, Map.of("filter", filter, "first", 100));
        Set<String> want = all.stream().filter(expected).map(p -> (String) p.get("id")).collect(Collectors.toSet());
        List<String> got = data.getList("positions.nodes.id");
        assertEquals(want, new HashSet<>(got), "filter " + filter);
        assertEquals(want.size(), data.getInt("positions.totalCount"), "totalCount of " + filter);
        return want.size();
    }

    void assertStats(Map<String, Object> filter, List<String> groupBy, Function<Map<String, Object>, List<Object>> keyOf) {
        Predicate<Map<String, Object>> kept = p -> true;
        if (filter.containsKey("kind")) {
            kept = p -> filter.get("kind").equals(p.get("kind"));
        } else if (filter.containsKey("search")) {
            kept = p -> containsWordStarting(p, (String) filter.get("search"));
        }
        Map<List<Object>, Long> expected = all.stream().filter(kept)
                .collect(Collectors.groupingBy(keyOf, LinkedHashMap::new, Collectors.counting()));
        JsonPath data = GraphQL.data(STATS, Map.of("filter", filter, "groupBy", groupBy));
        List<Map<String, Object>> groups = data.getList("positionStats.groups");
        Map<List<Object>, Long> got = new HashMap<>();
        long previous = Long.MAX_VALUE;
        for (Map<String, Object> g : groups) {
            List<Object> key = new ArrayList<>();
            for (String k : groupBy) {
                key.add(switch (k) {
                    case "HOLDER" -> name(g.get("holder"));
                    case "ORGANIZATION" -> name(g.get("organization"));
                    case "TOPIC" -> field(g.get("topic"), "slug");
                    case "KIND" -> g.get("kind");
                    case "STATUS" -> g.get("status");
                    case "YEAR" -> g.get("year");
                    case "MONTH" -> g.get("month");
                    default -> throw new IllegalArgumentException(k);
                });
            }
            long count = ((Number) g.get("count")).longValue();
            assertTrue(count <= previous, "largest first: " + groups);
            previous = count;
            got.put(key, count);
        }
        if (groupBy.isEmpty()) {
            assertEquals(Map.of(List.of(), (long) all.stream().filter(kept).count()), got);
        } else {
            assertEquals(new TreeMap<>(stringKeys(expected)), new TreeMap<>(stringKeys(got)), "groups of " + groupBy + " " + filter);
        }
        assertFalse(data.getBoolean("positionStats.hasMoreGroups"));
    }

    private static Map<String, Long> stringKeys(Map<List<Object>, Long> map) {
        Map<String, Long> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }

    void assertMeetings(List<Map<String, Object>> meetings, Map<String, Object> filter, Predicate<Map<String, Object>> expected) {
        JsonPath data = GraphQL.data(MEETINGS, Map.of("filter", filter, "first", 100));
        Set<Object> want = meetings.stream().filter(expected).map(m -> m.get("id")).collect(Collectors.toSet());
        assertThat("filter " + filter + " keeps some", want.size(), greaterThan(0));
        assertThat("filter " + filter + " leaves some", want.size(), lessThan(meetings.size()));
        assertEquals(want, new HashSet<>(data.getList("meetings.nodes.id")), "filter " + filter);
    }

    /** Walks every page of a list in an order; returns the nodes in the order they came. */
    static List<Map<String, Object>> walk(String query, String list, Map<String, Object> orderBy, int pageSize) {
        return walk(query, list, orderBy, pageSize, null);
    }

    static List<Map<String, Object>> walk(String query, String list, Map<String, Object> orderBy, int pageSize,
            Map<String, Object> filter) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("orderBy", orderBy, "first", pageSize));
            vars.put("after", after);
            vars.put("filter", filter);
            JsonPath page = GraphQL.data(query, vars);
            seen.addAll(page.getList(list + ".nodes"));
            after = page.getBoolean(list + ".pageInfo.hasNextPage") ? page.getString(list + ".pageInfo.endCursor") : null;
            assertThat("pages end", ++pages, lessThan(500));
        } while (after != null);
        return seen;
    }

    private List<String> values(Function<Map<String, Object>, String> of) {
        return all.stream().map(of).filter(Objects::nonNull).distinct().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    static String field(Object object, String field) {
        return object == null ? null : (String) ((Map<String, Object>) object).get(field);
    }

    static String name(Object actor) {
        return field(actor, "name");
    }

    @SuppressWarnings("unchecked")
    static List<String> quotes(Map<String, Object> p) {
        return ((List<Map<String, Object>>) p.get("evidence")).stream().map(e -> (String) e.get("quote")).toList();
    }

    /** The summary and every quote: the texts search looks in. */
    static List<String> text(Map<String, Object> p) {
        List<String> texts = new ArrayList<>(quotes(p));
        texts.add((String) p.get("summary"));
        return texts;
    }

    static boolean containsWordStarting(Map<String, Object> p, String prefix) {
        return text(p).stream().anyMatch(t -> words(t).stream().anyMatch(w -> w.startsWith(prefix)));
    }

    /** The test's own idea of words: lower case, accents stripped, runs of letters and digits. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String bare = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return List.of(bare.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /** The month of a position whose date period lies in one month, else null. */
    static String month(Map<String, Object> p) {
        String date = (String) p.get("date");
        String end = (String) p.get("dateEnd");
        return date.substring(0, 7).equals(end.substring(0, 7)) ? date.substring(0, 7) : null;
    }

    static Integer year(Map<String, Object> p) {
        String date = (String) p.get("date");
        String end = (String) p.get("dateEnd");
        return date.substring(0, 4).equals(end.substring(0, 4)) ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    private static List<String> ids(List<Map<String, Object>> nodes) {
        return nodes.stream().map(n -> (String) n.get("id")).toList();
    }

    static void assertError(String query, Map<String, Object> variables, String code, String argument) {
        JsonPath failed = GraphQL.failing(query, variables);
        assertEquals(code, failed.getString("errors[0].extensions.code"), variables + ": " + failed.prettify());
        assertEquals(argument, failed.getString("errors[0].extensions.argument"), variables + ": " + failed.prettify());
    }
}

package org.parley.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Schema;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ParticipantRole;
import org.parley.person.Person;
import org.parley.position.CommitmentStatus;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.source.Article;
import org.parley.source.Evidence;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.position.HeadlineQueryTest;

/**
 * No N+1: nested views cost a fixed number of SQL statements, however many rows they return.
 * Counted with Hibernate statistics (enabled in the test profile).
 */
@QuarkusTest
class BatchingTest {

    // Newest first: the two newest founding meetings (Rutte at the White House, the London
    // summit) have participants, positions and evidence, so the small page runs every batch too.
    static final String MEETINGS_VIEW = """
            query ($first: Int) {
              meetings(first: $first, order: DESC) {
                nodes {
                  title
                  participants { role person { name offices { role } } }
                  positions { summary evidence { quote } }
                }
              }
            }""";
    static final String PEOPLE_VIEW = """
            query ($first: Int) {
              people(first: $first) {
                nodes { name aliases positions(first: 5) { totalCount nodes { summary holder { name } topic { name } } }
                        meetings(first: 5) { totalCount nodes { title } } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theMeetingsViewCostsTheSameForTwoMeetingsAsForSixteen() {
        long few = statements(MEETINGS_VIEW, Map.of("first", 2), "meetings.nodes", 2);
        long many = statements(MEETINGS_VIEW, Map.of("first", 16), "meetings.nodes", 16);
        assertEquals(few, many);
        System.out.printf("meetings view: %d SQL statements for 2 and for 16 meetings%n", many);
    }

    /**
     * The page of meetings reads its participants and their people ahead (two statements after
     * the page's own), and they are the ones the batch resolvers give a meeting read by ID.
     */
    @Test
    void aPageOfMeetingsReadsItsParticipantsAheadAndTheyMatchTheBatchResolvers() {
        String page = """
                query ($first: Int) { meetings(first: $first, order: DESC) {
                  nodes { id participants { role person { name } } }
                  edges { node { participants { person { name } } } } } }""";
        assertEquals(3, statements(page, Map.of("first", 16), "meetings.nodes", 16));
        JsonPath ahead = GraphQL.data(page, Map.of("first", 16));
        List<String> ids = ahead.getList("meetings.nodes.id");
        JsonPath byId = GraphQL.data("""
                query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting { participants { role person { name } } } } }""",
                Map.of("ids", ids));
        List<Object> read = byId.getList("nodes.participants");
        assertEquals(read, ahead.getList("meetings.nodes.participants"));
        assertTrue(read.stream().anyMatch(p -> !((List<?>) p).isEmpty()), "some meeting of the page has participants");
        assertEquals(ahead.getList("meetings.edges.node.participants.person"), ahead.getList("meetings.nodes.participants.person"));
    }

    @Test
    void theHeadlineViewCostsAFixedNumberOfStatements() {
        long oneCommitment = statements(HeadlineQueryTest.HEADLINE, Map.of("leader", "Trump", "on", "2025-02-27"),
                "commitments", 1);
        long fiveCommitments = statements(HeadlineQueryTest.HEADLINE, Map.of("leader", "Starmer", "on", "2025-03-02"),
                "commitments", -1);
        assertEquals(oneCommitment, fiveCommitments);
        System.out.printf("headline view: %d SQL statements%n", oneCommitment);
    }

    /**
     * The headline question reads ahead: the name lookup, the commitments with holder, meeting,
     * evidence and articles joined, and the meetings' participants with their people — three
     * statements, for 24 commitments at 6 meetings as for one.
     */
    @Test
    void theHeadlineViewNeedsAtMostThreeStatementsForManyCommitments() {
        long one = statements(HeadlineQueryTest.HEADLINE, Map.of("leader", "Trump", "on", "2025-02-27"), "commitments", 1);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Long> created = QuarkusTransaction.requiringNew().call(() -> busyDay(suffix, 24, 6));
        try {
            long many = statements(HeadlineQueryTest.HEADLINE, Map.of("leader", "Busy Leader " + suffix, "on", "2025-05-05"),
                    "commitments", 24);
            assertThat(many, lessThanOrEqualTo(3L));
            assertEquals(one, many);
            JsonPath data = GraphQL.data(HeadlineQueryTest.HEADLINE, Map.of("leader", "Busy Leader " + suffix, "on", "2025-05-05"));
            assertEquals(3, data.getList("commitments[0].meeting.participants").size());
            assertEquals("Busy Leader " + suffix, data.getString("commitments[23].holder.name"));
            assertEquals(2, data.getList("commitments[5].evidence").size());
            assertEquals("Busy day " + suffix, data.getString("commitments[5].evidence[1].article.title"));

            // the article's whole text is read only when asked for, and then in the same statement
            String withText = HeadlineQueryTest.HEADLINE.replace("article { title }", "article { title text contentHash }");
            Map<String, Object> busy = Map.of("leader", "Busy Leader " + suffix, "on", "2025-05-05");
            assertEquals(many, statements(withText, busy, "commitments", 24));
            JsonPath texts = GraphQL.data(withText, busy);
            assertEquals(busyText(suffix, 24), texts.getString("commitments[5].evidence[1].article.text"));
            assertEquals(suffix, texts.getString("commitments[5].evidence[1].article.contentHash"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> removeBusyDay(created));
        }
    }

    /** The text of the busy day's article: two sentences per commitment. */
    private static String busyText(String suffix, int commitments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < commitments * 2; i++) {
            text.append("Zin ").append(i).append(" van ").append(suffix).append(". ");
        }
        return text.toString();
    }

    /** A leader with {@code commitments} commitments on 2025-05-05 spread over {@code meetings} meetings of three. */
    private static List<Long> busyDay(String suffix, int commitments, int meetings) {
        List<Long> ids = new ArrayList<>();
        Article article = new Article();
        article.title = "Busy day " + suffix;
        article.language = "nl";
        article.publishedMonth = LocalDate.of(2025, 5, 1);
        article.body = busyText(suffix, commitments);
        article.contentHash = suffix;
        article.persist();
        ids.add(article.id);
        Person leader = person("Busy Leader " + suffix, ids);
        List<Person> others = List.of(person("Busy Guest A " + suffix, ids), person("Busy Guest B " + suffix, ids));
        List<Meeting> atMeetings = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            Meeting meeting = new Meeting();
            meeting.title = "Busy meeting " + m + " " + suffix;
            meeting.kind = MeetingKind.BILATERAL;
            meeting.status = MeetingStatus.HELD;
            meeting.date = new PartialDate(LocalDate.of(2025, 5, 5), DatePrecision.DAY, DateBasis.STATED, null);
            meeting.persist();
            ids.add(meeting.id);
            for (Person p : List.of(leader, others.get(0), others.get(1))) {
                Attendance a = new Attendance();
                a.meetingId = meeting.id;
                a.personId = p.id;
                a.role = ParticipantRole.PARTICIPANT;
                a.persist();
            }
            atMeetings.add(meeting);
        }
        for (int i = 0; i < commitments; i++) {
            Position p = new Position();
            p.holderId = leader.id;
            p.kind = PositionKind.COMMITMENT;
            p.status = CommitmentStatus.MADE;
            p.summary = "Busy commitment " + i;
            p.date = new PartialDate(LocalDate.of(2025, 5, 5), DatePrecision.DAY, DateBasis.STATED, null);
            p.meetingId = atMeetings.get(i % meetings).id;
            p.persist();
            ids.add(p.id);
            for (int q = 0; q < 2; q++) {
                String quote = "Zin " + (i * 2 + q) + " van " + suffix + ".";
                Evidence e = new Evidence();
                e.articleId = article.id;
                e.quote = quote;
                e.startOffset = article.body.indexOf(quote);
                e.endOffset = e.startOffset + quote.length();
                e.positionId = p.id;
                e.persist();
            }
        }
        return ids;
    }

    private static Person person(String name, List<Long> ids) {
        Person p = new Person();
        p.rename(name);
        p.persist();
        ids.add(p.id);
        return p;
    }

    private static void removeBusyDay(List<Long> ids) {
        Evidence.delete("positionId in ?1", ids);
        Position.delete("id in ?1", ids);
        Attendance.delete("meetingId in ?1", ids);
        Meeting.delete("id in ?1", ids);
        Person.delete("id in ?1", ids);
        Article.delete("id in ?1", ids);
    }

    /**
     * SmallRye's model no longer lists the batch fields once GraphQL is built, so SmallRye stops
     * building a loader for each of them for every request; the other tests here show the fields
     * still resolve in batches through the loaders made on demand.
     */
    @Test
    void smallRyeNoLongerBuildsEveryBatchLoaderForEveryRequest() {
        assertEquals("Query", GraphQL.data("{ __typename }", Map.of()).getString("__typename"));
        InstanceHandle<Schema> model = Arc.container().instance(Schema.class);
        assertTrue(model.isAvailable(), "the model is a bean GraphQLSetup can look up");
        assertTrue(model.get().getBatchOperations().isEmpty(), "batch fields left in the model");
        long batched = statements(PEOPLE_VIEW, Map.of("first", 3), "people.nodes", 3);
        assertThat(batched, lessThanOrEqualTo(10L));
    }

    @Test
    void nestedPagesPerPersonAreBatchedToo() {
        // People other tests added may sort first and have no positions, which skips a nested field
        // for the small page; so the bound is a constant, which any per-person query would break.
        long few = statements(PEOPLE_VIEW, Map.of("first", 2), "people.nodes", 2);
        long many = statements(PEOPLE_VIEW, Map.of("first", 14), "people.nodes", 14);
        assertThat(few, lessThanOrEqualTo(many));
        assertThat(many, lessThanOrEqualTo(10L));
    }

    /** An aggregate is one grouped statement, with the holders and topics of the groups joined in. */
    @Test
    void positionStatsIsOneStatementWhateverTheGroups() {
        String stats = "query ($k: [PositionGroupBy!]!) { positionStats(filter: {kind: STANCE}, groupBy: $k) {"
                + " groups { count month kind holder { id name } topic { id name } organization { name } } } }";
        assertEquals(1, statements(stats, Map.of("k", List.of("HOLDER", "TOPIC", "MONTH")), "positionStats.groups", -1));
        assertEquals(1, statements(stats, Map.of("k", List.of("KIND")), "positionStats.groups", 1));
        assertEquals(1, statements(stats, Map.of("k", List.of()), "positionStats.groups", 1));
        // a search adds no statement either: both index branches are subqueries of the one statement
        assertEquals(2, statements("{ positions(filter: {search: \"oekraine\"}, orderBy: {field: KIND}) { totalCount nodes { id } } }",
                Map.of(), "positions.nodes", -1), "the page and its count");
    }

    @Test
    void theTotalIsCountedOnlyWhenAskedFor() {
        long withTotal = statements("{ positions(first: 5) { totalCount nodes { id } } }", Map.of(), "positions.nodes", 5);
        long withoutTotal = statements("{ positions(first: 5) { nodes { id } } }", Map.of(), "positions.nodes", 5);
        assertEquals(withTotal - 1, withoutTotal);
        long nestedWithTotal = statements(PEOPLE_VIEW, Map.of("first", 3), "people.nodes", 3);
        long nestedWithout = statements(PEOPLE_VIEW.replace("totalCount", ""), Map.of("first", 3), "people.nodes", 3);
        assertEquals(nestedWithTotal - 2, nestedWithout, "one grouped count each for positions and meetings");
    }

    private long statements(String query, Map<String, ?> variables, String listPath, int expectedRows) {
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        JsonPath data = GraphQL.data(query, variables);
        long count = stats.getPrepareStatementCount();
        int rows = data.getList(listPath).size();
        if (expectedRows >= 0) {
            assertEquals(expectedRows, rows, listPath);
        }
        assertThat(count, greaterThan(0L));
        return count;
    }
}

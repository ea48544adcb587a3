package org.parley.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
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

    @Test
    void theHeadlineViewCostsAFixedNumberOfStatements() {
        long oneCommitment = statements(HeadlineQueryTest.HEADLINE, Map.of("leader", "Trump", "on", "2025-02-27"),
                "commitments", 1);
        long fiveCommitments = statements(HeadlineQueryTest.HEADLINE, Map.of("leader", "Starmer", "on", "2025-03-02"),
                "commitments", -1);
        assertEquals(oneCommitment, fiveCommitments);
        System.out.printf("headline view: %d SQL statements%n", oneCommitment);
    }

    @Test
    void nestedPagesPerPersonAreBatchedToo() {
        long few = statements(PEOPLE_VIEW, Map.of("first", 2), "people.nodes", 2);
        long many = statements(PEOPLE_VIEW, Map.of("first", 14), "people.nodes", 14);
        assertEquals(few, many);
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

package org.parley.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.NodeId;
import org.parley.core.PartialDate;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.source.Article;
import org.parley.source.Evidence;

/** recordPosition sets whose words a position is in and the meeting it reacts to; a wrong meeting is a coded error and stores nothing. */
@QuarkusTest
class ReactionInputTest {

    static final String RECORD = """
            mutation ($input: RecordPositionInput!) {
              recordPosition(input: $input) { position { id attribution meeting { title } reactsTo { id title } } }
            }""";
    private static final String WHITE_HOUSE = "starmer-trump-white-house-2025-02-27";

    @Inject
    EntityManager em;

    private final List<Long> articles = new ArrayList<>();
    private final List<Long> meetings = new ArrayList<>();
    private String article;
    private String quote;

    @BeforeEach
    void article() {
        quote = "Macron reageerde " + UUID.randomUUID() + ".";
        article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "Reactie", "language", "nl", "publishedMonth", "2025-03",
                        "text", "Inleiding. " + quote)), TestTokens.editor()).getString("addArticle.article.id");
        articles.add(NodeId.parse(article, "article").id());
    }

    @AfterEach
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Long> positions = Evidence.<Evidence> list("articleId in ?1", articles).stream().map(e -> e.positionId).toList();
            Evidence.delete("articleId in ?1", articles);
            Position.delete("id in ?1", positions);
            Article.delete("id in ?1", articles);
            Meeting.delete("id in ?1", meetings);
        });
    }

    @Test
    void aReactionIsRecordedWithItsAttributionAndTheMeetingItReactsTo() {
        String whiteHouse = meetingId(WHITE_HOUSE);
        JsonPath data = GraphQL.data(RECORD, Map.of("input", reaction(whiteHouse, null, "REPORTED")), TestTokens.editor());
        assertEquals("REPORTED", data.getString("recordPosition.position.attribution"));
        assertEquals(whiteHouse, data.getString("recordPosition.position.reactsTo.id"));
        assertEquals("Starmer visits Trump at the White House", data.getString("recordPosition.position.reactsTo.title"));
        assertNull(data.get("recordPosition.position.meeting"));

        // both optional: left out, they stay null
        JsonPath plain = GraphQL.data(RECORD, Map.of("input", reaction(null, null, null)), TestTokens.editor());
        assertNull(plain.get("recordPosition.position.attribution"));
        assertNull(plain.get("recordPosition.position.reactsTo"));
    }

    @Test
    void aReactsToThatIsNoStandingMeetingOtherThanItsOwnIsACodedErrorAndStoresNothing() {
        String whiteHouse = meetingId(WHITE_HOUSE);
        String person = QuarkusTransaction.requiringNew().call(() -> NodeId.of(Person.TYPE, Person.byName("Keir Starmer").get(0).id));
        String retracted = QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = new Meeting();
            m.title = "Retracted meeting " + UUID.randomUUID();
            m.kind = MeetingKind.SUMMIT;
            m.status = MeetingStatus.HELD;
            m.date = new PartialDate(LocalDate.of(2025, 3, 1), DatePrecision.DAY, DateBasis.STATED, null);
            m.retract("test", LocalDateTime.of(2026, 1, 1, 0, 0));
            m.persist();
            meetings.add(m.id);
            return NodeId.of(Meeting.TYPE, m.id);
        });
        String before = DatabaseDigest.of(em);
        assertError(reaction(person, null, "SAID"), "BAD_USER_INPUT");
        assertError(reaction(NodeId.of(Meeting.TYPE, Long.MAX_VALUE), null, "SAID"), "NOT_FOUND");
        assertError(reaction("not an id", null, "SAID"), "BAD_USER_INPUT");
        assertError(reaction(retracted, null, "SAID"), "BAD_USER_INPUT");
        assertError(reaction(whiteHouse, whiteHouse, "SAID"), "BAD_USER_INPUT");
        assertEquals(before, DatabaseDigest.of(em));
    }

    private static void assertError(Map<String, Object> input, String code) {
        JsonPath response = GraphQL.failing(RECORD, Map.of("input", input), TestTokens.editor());
        assertEquals(code, response.getString("errors[0].extensions.code"), response.prettify());
        assertEquals("reactsTo", response.getString("errors[0].extensions.field"));
        assertNull(response.get("data.recordPosition"));
    }

    private Map<String, Object> reaction(String reactsTo, String meeting, String attribution) {
        Map<String, Object> input = new HashMap<>();
        input.put("onBehalfOf", QuarkusTransaction.requiringNew().call(
                () -> NodeId.of(Organization.TYPE, Organization.byName("France").get(0).id)));
        input.put("kind", "STANCE");
        input.put("summary", "France reacts to the White House meeting.");
        input.put("date", Map.of("value", "2025-03-01", "precision", "DAY", "basis", "STATED"));
        input.put("evidence", List.of(Map.of("article", article, "quote", quote)));
        input.put("reactsTo", reactsTo);
        input.put("meeting", meeting);
        input.put("attribution", attribution);
        return input;
    }

    private static String meetingId(String datasetKey) {
        return QuarkusTransaction.requiringNew().call(() -> NodeId.of(Meeting.TYPE,
                Meeting.<Meeting> find("datasetKey", datasetKey).firstResult().id));
    }
}

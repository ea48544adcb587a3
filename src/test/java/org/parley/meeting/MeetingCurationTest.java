package org.parley.meeting;

import org.parley.curation.RetractInput;
import org.parley.source.AddArticleInput;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/** Editors record meetings, their participants and what became of them. */
@QuarkusTest
public class MeetingCurationTest {

    static final String MEETING = "meeting { id version title status statusReason dateText "
            + "participants { role person { name } evidence { quote } } evidence { quote } }";
    static final String CREATE = "mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { " + MEETING + " } }";
    static final String UPDATE = "mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { " + MEETING + " } }";
    static final String STATUS = "mutation ($input: ChangeMeetingStatusInput!) { changeMeetingStatus(input: $input) { " + MEETING + " } }";
    static final String ADD = "mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { " + MEETING + " } }";
    static final String REMOVE = "mutation ($input: RemoveParticipantInput!) { removeParticipant(input: $input) { " + MEETING + " } }";

    @Inject
    EntityManager em;

    @Test
    void aMeetingIsPlannedGivenParticipantsAndCancelledWithAReason() {
        String suffix = UUID.randomUUID().toString();
        String planned = "Rutte en Starmer spreken volgende week af " + suffix + ".";
        String rutteThere = "Rutte bevestigde zijn komst.";
        String cancelled = "Het overleg ging niet door vanwege het weer.";
        String article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "Meeting", "language", "nl", "publishedMonth", "2025-04",
                        "text", planned + " " + rutteThere + " " + cancelled)), TestTokens.editor())
                .getString("addArticle.article.id");
        String rutte = GraphQL.data("{ person(name: \"Rutte\") { id } }", Map.of()).getString("person.id");

        Map<String, Object> create = new HashMap<>(Map.of("title", "Rutte–Starmer talks " + suffix, "kind", "BILATERAL",
                "status", "PLANNED", "date", Map.of("value", "2025-04", "precision", "MONTH", "basis", "STATED"),
                "evidence", List.of(Map.of("article", article, "quote", planned))));
        JsonPath created = GraphQL.data(CREATE, Map.of("input", create), TestTokens.editor());
        String id = created.getString("createMeeting.meeting.id");
        int version = created.getInt("createMeeting.meeting.version");
        assertEquals("PLANNED", created.getString("createMeeting.meeting.status"));
        assertEquals("2025-04", created.getString("createMeeting.meeting.dateText"));

        JsonPath added = GraphQL.data(ADD, Map.of("input", Map.of("meeting", id, "version", version, "person", rutte,
                "role", "GUEST", "evidence", List.of(Map.of("article", article, "quote", rutteThere)))), TestTokens.editor());
        assertEquals("Mark Rutte", added.getString("addParticipant.meeting.participants[0].person.name"));
        assertEquals(rutteThere, added.getString("addParticipant.meeting.participants[0].evidence[0].quote"));
        version = added.getInt("addParticipant.meeting.version");

        String before = DatabaseDigest.of(em);
        JsonPath twice = GraphQL.failing(ADD, Map.of("input", Map.of("meeting", id, "version", version, "person", rutte,
                "role", "GUEST", "evidence", List.of(Map.of("article", article, "quote", rutteThere)))), TestTokens.editor());
        assertEquals("CONFLICT", twice.getString("errors[0].extensions.code"));
        JsonPath noReason = GraphQL.failing(STATUS, Map.of("input", Map.of("meeting", id, "version", version,
                "status", "CANCELLED", "evidence", List.of(Map.of("article", article, "quote", cancelled)))), TestTokens.editor());
        assertEquals("reason", noReason.getString("errors[0].extensions.field"));
        assertEquals(before, DatabaseDigest.of(em));

        JsonPath off = GraphQL.data(STATUS, Map.of("input", Map.of("meeting", id, "version", version, "status", "CANCELLED",
                "reason", "the weather", "evidence", List.of(Map.of("article", article, "quote", cancelled)))), TestTokens.editor());
        assertEquals("CANCELLED", off.getString("changeMeetingStatus.meeting.status"));
        assertEquals("the weather", off.getString("changeMeetingStatus.meeting.statusReason"));
        assertEquals(2, off.getList("changeMeetingStatus.meeting.evidence").size());
        version = off.getInt("changeMeetingStatus.meeting.version");

        JsonPath renamed = GraphQL.data(UPDATE, Map.of("input", Map.of("id", id, "version", version, "title", "Renamed talks")),
                TestTokens.editor());
        assertEquals("Renamed talks", renamed.getString("updateMeeting.meeting.title"));
        version = renamed.getInt("updateMeeting.meeting.version");

        JsonPath removed = GraphQL.data(REMOVE, Map.of("input", Map.of("meeting", id, "version", version, "participant", rutte)),
                TestTokens.editor());
        assertEquals(0, removed.getList("removeParticipant.meeting.participants").size());
        JsonPath stale = GraphQL.failing(REMOVE, Map.of("input", Map.of("meeting", id, "version", version, "participant", rutte)),
                TestTokens.editor());
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));

        // Leave the shared test database's lists as the founding dataset has them.
        GraphQL.data("mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }",
                Map.of("input", Map.of("id", id, "reason", "test meeting")), TestTokens.editor());
    }

    @Test
    void aRetractedMeetingLeavesTheListUnlessAskedFor() {
        String quote = "Er wordt gesproken over een top " + UUID.randomUUID() + ".";
        String article = GraphQL.data("mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }",
                Map.of("input", Map.of("title", "Retract", "language", "nl", "publishedMonth", "2025-04", "text", quote)),
                TestTokens.editor()).getString("addArticle.article.id");
        // A day no other test uses, so the list below holds this test's meeting only, whatever ran
        // before it (other tests add and retract meetings too).
        String day = "1815-06-18";
        String id = GraphQL.data(CREATE, Map.of("input", Map.of("title", "A summit that was misreported", "kind", "SUMMIT",
                "status", "PLANNED", "date", Map.of("value", day, "precision", "DAY", "basis", "STATED"),
                "evidence", List.of(Map.of("article", article, "quote", quote)))), TestTokens.editor())
                .getString("createMeeting.meeting.id");
        String list = "query ($all: Boolean!, $day: Date!) { meetings(from: $day, to: $day, includeRetracted: $all) "
                + "{ totalCount nodes { id retracted } } }";
        assertEquals(List.of(id), GraphQL.data(list, Map.of("all", false, "day", day)).getList("meetings.nodes.id"));
        GraphQL.data("mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }",
                Map.of("input", Map.of("id", id, "reason", "test of retraction")), TestTokens.editor());
        JsonPath standing = GraphQL.data(list, Map.of("all", false, "day", day));
        assertEquals(0, standing.getInt("meetings.totalCount"));
        assertEquals(List.of(), standing.getList("meetings.nodes"));
        JsonPath all = GraphQL.data(list, Map.of("all", true, "day", day));
        assertEquals(List.of(id), all.getList("meetings.nodes.id"));
        assertEquals(List.of(true), all.getList("meetings.nodes.retracted"));
    }
}

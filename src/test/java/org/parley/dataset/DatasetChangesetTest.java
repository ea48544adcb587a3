package org.parley.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.NodeId;
import org.parley.curation.AuditEntry;
import org.parley.curation.AuditFieldChange;
import org.parley.curation.DatasetConflict;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.person.Person;
import org.parley.position.CommitmentStatus;
import org.parley.position.CommitmentStatusChange;
import org.parley.position.Position;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * A reload applies the dataset files as a changeset (issue 15): what curators changed through
 * the API stands, a conflicting file change is reported, and a fact that left the files is
 * retracted with a reason. Each test undoes its API changes and reloads the shipped files.
 */
@QuarkusTest
class DatasetChangesetTest {

    static final String COMMITMENT = "kallas-to-bring-concrete-amounts";
    static final String COMMITMENT_FILE = "facts/a001-europe-us-rift.json";
    static final String MEETING = "rutte-trump-white-house-2025-03-13";
    static final String MEETING_FILE = "facts/a004-rutte-white-house.json";
    static final String HEADLINE = "trump-accepts-state-visit";
    static final String HEADLINE_FILE = "facts/a000-starmer-washington.json";

    @Inject
    DatasetLoader loader;

    @Inject
    EntityManager em;

    @TempDir
    Path copy;

    /** API changes to undo before the shipped files are reloaded. */
    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void restore() {
        undo.forEach(u -> QuarkusTransaction.requiringNew().run(u));
        loader.load(DatasetSource.classpath("dataset"));
    }

    @Test
    void aStatusChangedThroughTheApiSurvivesAReloadAndTheConflictIsReported() {
        Position before = position(COMMITMENT);
        assertEquals(CommitmentStatus.MADE, before.status);
        String id = NodeId.of(Position.TYPE, before.id);
        String quote = DatasetCopy.record(tree(COMMITMENT_FILE), "positions", COMMITMENT).get("evidence").get(0)
                .get("quote").asText();
        undo.add(() -> {
            Position p = Position.find("datasetKey", COMMITMENT).firstResult();
            p.status = CommitmentStatus.MADE;
            CommitmentStatusChange.<CommitmentStatusChange>list("positionId", p.id).forEach(c -> {
                Evidence.deleteForSubject(Evidence.Subject.STATUS_CHANGE, c.id);
                c.delete();
            });
            DatasetConflict.delete("subjectType = ?1 and subjectId = ?2", Position.TYPE, p.id);
        });
        GraphQL.data("""
                mutation ($input: ChangeCommitmentStatusInput!) {
                  changeCommitmentStatus(input: $input) { position { status } } }""",
                Map.of("input", Map.of("position", id, "version", before.version, "status", "KEPT",
                        "date", Map.of("value", "2025-03-10", "precision", "DAY", "basis", "STATED"),
                        "evidence", List.of(Map.of("article", articleId("a001-europe-us-rift"), "quote", quote)))),
                TestTokens.editor("curator-kallas"));

        DatasetCopy.edit(copy, COMMITMENT_FILE, tree -> DatasetCopy.record(tree, "positions", COMMITMENT)
                .put("status", "WITHDRAWN").put("summary", "Kallas will bring concrete amounts (edited in the file)"));
        assertTrue(loader.load(DatasetSource.directory(copy)));

        Position after = position(COMMITMENT);
        assertEquals(CommitmentStatus.KEPT, after.status, "the curator's status stands");
        assertEquals("Kallas will bring concrete amounts (edited in the file)", after.summary,
                "a field only the file changed is applied");
        JsonPath conflicts = GraphQL.data("{ datasetConflicts { subjectId subjectType datasetKey file field fileValue currentValue detectedAt } }",
                Map.of(), TestTokens.editor());
        List<Map<String, Object>> mine = conflicts.<Map<String, Object>>getList("datasetConflicts").stream()
                .filter(c -> id.equals(c.get("subjectId"))).toList();
        assertEquals(1, mine.size(), conflicts.prettify());
        assertEquals("status", mine.get(0).get("field"));
        assertEquals("WITHDRAWN", mine.get(0).get("fileValue"));
        assertEquals("KEPT", mine.get(0).get("currentValue"));
        assertEquals(COMMITMENT, mine.get(0).get("datasetKey"));
        assertEquals(COMMITMENT_FILE, mine.get(0).get("file"));
        assertEquals("FORBIDDEN", GraphQL.failing("{ datasetConflicts { field } }", Map.of(), TestTokens.reader())
                .getString("errors[0].extensions.code"));

        // The file's change is a revision by the file, with the value before and after.
        Map<String, String[]> revision = lastRevision(Position.TYPE, after.id);
        assertEquals("Kallas will bring concrete amounts (edited in the file)", revision.get("summary")[1]);
        assertEquals(before.summary, revision.get("summary")[0]);
        assertFalse(revision.containsKey("status"), "the conflicting field is not applied");
    }

    @Test
    void aParticipantAddedThroughTheApiSurvivesAReload() {
        Meeting meeting = QuarkusTransaction.requiringNew().call(() -> Meeting.<Meeting>find("datasetKey", MEETING).firstResult());
        Person vance = QuarkusTransaction.requiringNew().call(() -> Person.<Person>find("datasetKey", "vance").firstResult());
        Person trump = QuarkusTransaction.requiringNew().call(() -> Person.<Person>find("datasetKey", "trump").firstResult());
        String quote = DatasetCopy.record(tree(MEETING_FILE), "meetings", MEETING).get("evidence").get(0).get("quote").asText();
        undo.add(() -> Attendance.<Attendance>list("meetingId = ?1 and personId = ?2", meeting.id, vance.id).forEach(a -> {
            Evidence.deleteForSubject(Evidence.Subject.ATTENDANCE, a.id);
            a.delete();
        }));
        GraphQL.data("mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { meeting { id } } }",
                Map.of("input", Map.of("meeting", NodeId.of(Meeting.TYPE, meeting.id), "version", meeting.version,
                        "person", NodeId.of(Person.TYPE, vance.id), "role", "GUEST",
                        "evidence", List.of(Map.of("article", articleId("a004-rutte-white-house"), "quote", quote)))),
                TestTokens.editor());

        // The file drops Trump from the meeting and edits its summary.
        DatasetCopy.edit(copy, MEETING_FILE, tree -> {
            ObjectNode m = DatasetCopy.record(tree, "meetings", MEETING);
            m.put("summary", "Edited in the file");
            Iterator<JsonNode> participants = m.get("participants").iterator();
            while (participants.hasNext()) {
                if ("trump".equals(participants.next().path("person").asText())) {
                    participants.remove();
                }
            }
        });
        assertTrue(loader.load(DatasetSource.directory(copy)));

        List<Long> people = QuarkusTransaction.requiringNew().call(() -> Attendance.<Attendance>list("meetingId", meeting.id)
                .stream().map(a -> a.personId).toList());
        assertTrue(people.contains(vance.id), "the participant added through the API stays: " + people);
        assertFalse(people.contains(trump.id), "the participant the file dropped goes: " + people);
        assertEquals("Edited in the file", QuarkusTransaction.requiringNew()
                .call(() -> Meeting.<Meeting>findById(meeting.id).summary));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> DatasetConflict.count("subjectId", meeting.id)),
                "adding a participant does not conflict with the file's changes");
    }

    @Test
    void aFactRemovedFromTheFileIsRetractedWithAReasonNotDeleted() {
        Long id = position(HEADLINE).id;
        DatasetCopy.edit(copy, HEADLINE_FILE, tree -> ((ArrayNode) tree.get("positions"))
                .remove(DatasetCopy.index(tree, "positions", HEADLINE)));
        assertTrue(loader.load(DatasetSource.directory(copy)));

        Position removed = position(HEADLINE);
        assertEquals(id, removed.id, "the fact keeps its row and ID");
        assertNotNull(removed.retractedAt);
        assertEquals("removed from the dataset file " + HEADLINE_FILE + " (key '" + HEADLINE + "')", removed.retractionReason);
        JsonPath node = GraphQL.data("query ($id: ID!) { node(id: $id, includeRetracted: true) { ... on Position { retracted retractionReason } } }",
                Map.of("id", NodeId.of(Position.TYPE, id)));
        assertTrue(node.getBoolean("node.retracted"));
        assertEquals(removed.retractionReason, node.getString("node.retractionReason"));
        Map<String, String[]> revision = lastRevision(Position.TYPE, id);
        assertEquals(removed.retractionReason, revision.get("retracted")[1]);

        // Put back in the file, it stands again.
        loader.load(DatasetSource.classpath("dataset"));
        assertNull(position(HEADLINE).retractedAt);
    }

    @Test
    void aPersonStillReferencedCannotBeRemovedAndTheMessageNamesThem() {
        // Putin leaves people.json and every file reference to him goes too: the positions that
        // named him are retracted, not deleted, so they still refer to him.
        for (String file : List.of("facts/a000-starmer-washington.json", "facts/a001-europe-us-rift.json",
                "facts/a002-london-summit.json", "facts/a003-rutte-zelensky-trump.json", "facts/a004-rutte-white-house.json")) {
            DatasetCopy.edit(copy, file, tree -> {
                for (String section : List.of("positions", "offices", "meetings")) {
                    JsonNode records = tree.get(section);
                    if (records == null) {
                        continue;
                    }
                    for (Iterator<JsonNode> it = records.iterator(); it.hasNext();) {
                        JsonNode r = it.next();
                        if (refersToPutin(r)) {
                            it.remove();
                        } else if (r.has("participants")) {
                            for (Iterator<JsonNode> p = r.get("participants").iterator(); p.hasNext();) {
                                if (refersToPutin(p.next())) {
                                    p.remove();
                                }
                            }
                        }
                    }
                }
            });
        }
        DatasetCopy.edit(copy, "people.json", tree -> ((ArrayNode) tree.get("people"))
                .remove(DatasetCopy.index(tree, "people", "putin")));
        String before = DatabaseDigest.of(em);
        DatasetException e = assertThrows(DatasetException.class, () -> loader.load(DatasetSource.directory(copy)));
        assertTrue(e.getMessage().contains("people.json: Person 'putin' (Vladimir Putin) was removed from the dataset, but "),
                e.getMessage());
        assertTrue(e.getMessage().contains("positions"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("constraint"), e.getMessage());
        assertEquals(before, DatabaseDigest.of(em), "a refused load changes nothing");
    }

    private static boolean refersToPutin(JsonNode r) {
        return "putin".equals(r.path("holder").asText()) || "putin".equals(r.path("person").asText())
                || "putin".equals(r.path("addressee").path("person").asText());
    }

    private static ObjectNode tree(String file) {
        try {
            return (ObjectNode) DatasetCopy.JSON.readTree(DatasetCopy.SOURCE.resolve(file).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Position position(String key) {
        return QuarkusTransaction.requiringNew().call(() -> Position.<Position>find("datasetKey", key).firstResult());
    }

    private static String articleId(String key) {
        return QuarkusTransaction.requiringNew().call(() -> NodeId.of(Article.TYPE, Article.<Article>find("datasetKey", key).firstResult().id));
    }

    /** The fields of the newest revision of a record: name to {before, after}. */
    private static Map<String, String[]> lastRevision(String type, Long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry entry = AuditEntry.<AuditEntry>find("subjectType = ?1 and subjectId = ?2 order by id desc", type, id)
                    .firstResult();
            assertEquals(AuditEntry.DATASET, entry.origin);
            assertTrue(entry.actor.startsWith("dataset:facts/"), entry.actor);
            Map<String, String[]> fields = new java.util.HashMap<>();
            AuditFieldChange.ofEntries(List.of(entry.id)).forEach(c -> fields.put(c.field, new String[] {c.before, c.after}));
            return fields;
        });
    }
}

package org.parley.curation;

import org.parley.position.ChangeCommitmentStatusInput;
import org.parley.position.LinkPositionsInput;
import org.parley.position.Position;
import org.parley.position.RecordPositionInput;
import org.parley.position.UpdatePositionInput;
import org.parley.source.AddArticleInput;
import org.parley.source.ImportArticleInput;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.source.ArticleText;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/** Curating through the API: articles, positions with evidence, versions, status history, retraction, audit. */
@QuarkusTest
public class CurationTest {

    static final String ADD_ARTICLE = """
            mutation ($input: AddArticleInput!) {
              addArticle(input: $input) { article { id title language outlet publishedMonth text contentHash } }
            }""";
    static final String IMPORT_ARTICLE = """
            mutation ($input: ImportArticleInput!) {
              importArticle(input: $input) { article { id publishedMonth text contentHash } }
            }""";
    static final String RECORD = """
            mutation ($input: RecordPositionInput!) {
              recordPosition(input: $input) { position {
                id version kind status summary dateText datePrecision dateBasis holder { name }
                evidence { quote startOffset endOffset article { id } } } }
            }""";
    static final String UPDATE = """
            mutation ($input: UpdatePositionInput!) {
              updatePosition(input: $input) { position { id version summary condition dateText } }
            }""";
    static final String CHANGE_STATUS = """
            mutation ($input: ChangeCommitmentStatusInput!) {
              changeCommitmentStatus(input: $input) { position { id version status
                statusHistory { from to dateText recordedBy evidence { quote startOffset } } } }
            }""";
    static final String RETRACT = """
            mutation ($input: RetractInput!) {
              retract(input: $input) { node { id ... on Position { retracted retractionReason } } }
            }""";

    @Inject
    EntityManager em;

    @Test
    void anEditorAddsAnArticleAndTheServerHashesIt() {
        String text = "Een testartikel " + UUID.randomUUID() + ". De minister zei dat hij komt.";
        JsonPath data = GraphQL.data(ADD_ARTICLE, Map.of("input", Map.of("title", "Test article", "language", "nl",
                "outlet", "Testkrant", "publishedMonth", "2025-04", "text", text)), TestTokens.editor());
        assertEquals(text, data.getString("addArticle.article.text"));
        assertEquals("2025-04", data.getString("addArticle.article.publishedMonth"));
        assertEquals(ArticleText.sha256(text), data.getString("addArticle.article.contentHash"));
    }

    @Test
    void theSameTextTwiceIsAConflictAndChangesNothing() {
        String text = "Dubbel artikel " + UUID.randomUUID();
        Map<String, Object> input = Map.of("title", "Once", "language", "nl", "publishedMonth", "2025-04", "text", text);
        GraphQL.data(ADD_ARTICLE, Map.of("input", input), TestTokens.editor());
        String before = DatabaseDigest.of(em);
        JsonPath again = GraphQL.failing(ADD_ARTICLE, Map.of("input", input), TestTokens.editor());
        assertEquals("CONFLICT", again.getString("errors[0].extensions.code"));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void anArticleInTheSeedFormatIsImported() {
        String body = "Geïmporteerd artikel " + UUID.randomUUID() + ".";
        JsonPath data = GraphQL.data(IMPORT_ARTICLE, Map.of("input", Map.of("title", "Seed", "language", "nl",
                "seedText", " date 2025-05 " + body)), TestTokens.editor());
        assertEquals("2025-05", data.getString("importArticle.article.publishedMonth"));
        assertEquals(body, data.getString("importArticle.article.text"));
        JsonPath bad = GraphQL.failing(IMPORT_ARTICLE, Map.of("input", Map.of("title", "Seed", "language", "nl",
                "seedText", "no header here")), TestTokens.editor());
        assertEquals("BAD_USER_INPUT", bad.getString("errors[0].extensions.code"));
        assertEquals("seedText", bad.getString("errors[0].extensions.field"));
    }

    @Test
    void aPositionIsRecordedWithEvidenceWhoseOffsetsTheServerComputes() {
        Fixture f = fixture();
        JsonPath data = GraphQL.data(RECORD, Map.of("input", commitment(f, f.quote)), TestTokens.editor());
        assertEquals("COMMITMENT", data.getString("recordPosition.position.kind"));
        assertEquals("MADE", data.getString("recordPosition.position.status"));
        assertEquals("Keir Starmer", data.getString("recordPosition.position.holder.name"));
        int start = data.getInt("recordPosition.position.evidence[0].startOffset");
        int end = data.getInt("recordPosition.position.evidence[0].endOffset");
        assertEquals(f.quote, f.text.substring(start, end));
        assertEquals(f.text.indexOf(f.quote), start);
    }

    @Test
    void aQuoteThatIsNotInTheArticleIsRejectedAndNothingIsStored() {
        Fixture f = fixture();
        String before = DatabaseDigest.of(em);
        JsonPath response = GraphQL.failing(RECORD, Map.of("input", commitment(f, "Dit staat er niet in.")),
                TestTokens.editor());
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertEquals("evidence[0].quote", response.getString("errors[0].extensions.field"));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        Fixture f = fixture();
        JsonPath recorded = GraphQL.data(RECORD, Map.of("input", commitment(f, f.quote)), TestTokens.editor());
        String id = recorded.getString("recordPosition.position.id");
        int version = recorded.getInt("recordPosition.position.version");
        JsonPath updated = GraphQL.data(UPDATE, Map.of("input", Map.of("id", id, "version", version,
                "summary", "Starmer promises to come back.", "condition", "if invited")), TestTokens.editor());
        assertEquals("Starmer promises to come back.", updated.getString("updatePosition.position.summary"));
        assertEquals("if invited", updated.getString("updatePosition.position.condition"));
        assertEquals(version + 1, updated.getInt("updatePosition.position.version"));

        String before = DatabaseDigest.of(em);
        JsonPath stale = GraphQL.failing(UPDATE, Map.of("input", Map.of("id", id, "version", version,
                "summary", "A lost update")), TestTokens.editor());
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void aCommitmentKeptIsDatedEvidencedAndKeptInItsHistory() {
        Fixture f = fixture();
        JsonPath recorded = GraphQL.data(RECORD, Map.of("input", commitment(f, f.quote)), TestTokens.editor());
        String id = recorded.getString("recordPosition.position.id");
        int version = recorded.getInt("recordPosition.position.version");

        String before = DatabaseDigest.of(em);
        JsonPath tooEarly = GraphQL.failing(CHANGE_STATUS, Map.of("input", statusChange(f, id, version, "2025-03-31")),
                TestTokens.editor());
        assertEquals("BAD_USER_INPUT", tooEarly.getString("errors[0].extensions.code"));
        assertEquals("date", tooEarly.getString("errors[0].extensions.field"));
        assertEquals(before, DatabaseDigest.of(em));

        JsonPath kept = GraphQL.data(CHANGE_STATUS, Map.of("input", statusChange(f, id, version, "2025-04-20")),
                TestTokens.editor("carol"));
        assertEquals("KEPT", kept.getString("changeCommitmentStatus.position.status"));
        assertEquals("MADE", kept.getString("changeCommitmentStatus.position.statusHistory[0].from"));
        assertEquals("KEPT", kept.getString("changeCommitmentStatus.position.statusHistory[0].to"));
        assertEquals("2025-04-20", kept.getString("changeCommitmentStatus.position.statusHistory[0].dateText"));
        assertEquals("carol", kept.getString("changeCommitmentStatus.position.statusHistory[0].recordedBy"));
        assertEquals(f.second, kept.getString("changeCommitmentStatus.position.statusHistory[0].evidence[0].quote"));

        JsonPath again = GraphQL.failing(CHANGE_STATUS, Map.of("input", statusChange(f, id, version, "2025-04-21")),
                TestTokens.editor());
        assertEquals("CONFLICT", again.getString("errors[0].extensions.code"), "stale version");
    }

    @Test
    void aRetractedPositionLeavesTheListsAndResolvesByIdOnlyWhenAskedFor() {
        Fixture f = fixture();
        JsonPath recorded = GraphQL.data(RECORD, Map.of("input", commitment(f, f.quote)), TestTokens.editor());
        String id = recorded.getString("recordPosition.position.id");
        String list = """
                query ($all: Boolean!) { positions(holder: "Starmer", first: 100, includeRetracted: $all) { nodes { id } } }""";
        assertThat(GraphQL.data(list, Map.of("all", false)).getList("positions.nodes.id"), hasItem(id));

        JsonPath retracted = GraphQL.data(RETRACT, Map.of("input", Map.of("id", id, "reason", "Misread the article")),
                TestTokens.editor());
        assertTrue(retracted.getBoolean("retract.node.retracted"));
        assertEquals("Misread the article", retracted.getString("retract.node.retractionReason"));

        assertThat(GraphQL.data(list, Map.of("all", false)).getList("positions.nodes.id"), not(hasItem(id)));
        assertThat(GraphQL.data(list, Map.of("all", true)).getList("positions.nodes.id"), hasItem(id));
        String byId = "query ($id: ID!, $all: Boolean!) { node(id: $id, includeRetracted: $all) { ... on Position { retracted } } }";
        JsonPath hidden = GraphQL.failing(byId, Map.of("id", id, "all", false));
        assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
        assertTrue(hidden.getString("errors[0].message").contains("includeRetracted"));
        JsonPath node = GraphQL.data(byId, Map.of("id", id, "all", true));
        assertTrue(node.getBoolean("node.retracted"));

        String before = DatabaseDigest.of(em);
        JsonPath twice = GraphQL.failing(RETRACT, Map.of("input", Map.of("id", id, "reason", "again")), TestTokens.editor());
        assertEquals("CONFLICT", twice.getString("errors[0].extensions.code"));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void theAuditLogSaysWhoChangedWhatAndWhen() {
        Fixture f = fixture();
        JsonPath recorded = GraphQL.data(RECORD, Map.of("input", commitment(f, f.quote)), TestTokens.editor("dave"));
        String id = recorded.getString("recordPosition.position.id");
        JsonPath log = GraphQL.data("{ auditLog(first: 5) { totalCount nodes { actor action subjectType subjectId changedAt } } }",
                Map.of(), TestTokens.editor());
        assertEquals("dave", log.getString("auditLog.nodes[0].actor"));
        assertEquals("recordPosition", log.getString("auditLog.nodes[0].action"));
        assertEquals("Position", log.getString("auditLog.nodes[0].subjectType"));
        assertEquals(id, log.getString("auditLog.nodes[0].subjectId"));
        assertFalse(log.getString("auditLog.nodes[0].changedAt").isBlank());
    }

    @Test
    void aLaterPositionSupersedesAnEarlierOneOfTheSameHolderOnce() {
        Fixture f = fixture();
        String earlier = GraphQL.data(RECORD, Map.of("input", commitment(f, f.quote)), TestTokens.editor())
                .getString("recordPosition.position.id");
        Map<String, Object> laterInput = commitment(f, f.second);
        laterInput.put("date", day("2025-04-15"));
        String later = GraphQL.data(RECORD, Map.of("input", laterInput), TestTokens.editor())
                .getString("recordPosition.position.id");
        String link = """
                mutation ($input: LinkPositionsInput!) { linkPositions(input: $input) {
                  later { supersedes { kind linkedBy position { id } } }
                  earlier { supersededBy { kind position { id } } } } }""";

        String before = DatabaseDigest.of(em);
        JsonPath backwards = GraphQL.failing(link, Map.of("input", Map.of("later", earlier, "earlier", later,
                "kind", "SUPERSEDES")), TestTokens.editor());
        assertEquals("BAD_USER_INPUT", backwards.getString("errors[0].extensions.code"));
        assertEquals("earlier", backwards.getString("errors[0].extensions.field"));
        assertEquals(before, DatabaseDigest.of(em));

        JsonPath linked = GraphQL.data(link, Map.of("input", Map.of("later", later, "earlier", earlier,
                "kind", "SUPERSEDES")), TestTokens.editor("erin"));
        assertEquals(earlier, linked.getString("linkPositions.later.supersedes[0].position.id"));
        assertEquals("SUPERSEDES", linked.getString("linkPositions.later.supersedes[0].kind"));
        assertEquals("erin", linked.getString("linkPositions.later.supersedes[0].linkedBy"));
        assertEquals(later, linked.getString("linkPositions.earlier.supersededBy[0].position.id"));

        JsonPath twice = GraphQL.failing(link, Map.of("input", Map.of("later", later, "earlier", earlier,
                "kind", "REVERSES")), TestTokens.editor());
        assertEquals("CONFLICT", twice.getString("errors[0].extensions.code"));
    }

    /** A fresh article with two quotable sentences, and Starmer's ID. */
    record Fixture(String article, String text, String quote, String second, String starmer) {
    }

    private static Fixture fixture() {
        String quote = "Starmer zei dat hij terugkomt " + UUID.randomUUID() + ".";
        String second = "Starmer kwam inderdaad terug.";
        String text = "Inleiding. " + quote + " Daarna. " + second;
        String article = GraphQL.data(ADD_ARTICLE, Map.of("input", Map.of("title", "Fixture", "language", "nl",
                "publishedMonth", "2025-04", "text", text)), TestTokens.editor()).getString("addArticle.article.id");
        String starmer = GraphQL.data("{ person(name: \"Starmer\") { id } }", Map.of()).getString("person.id");
        return new Fixture(article, text, quote, second, starmer);
    }

    private static Map<String, Object> commitment(Fixture f, String quote) {
        Map<String, Object> input = new HashMap<>();
        input.put("holder", f.starmer);
        input.put("kind", "COMMITMENT");
        input.put("summary", "Starmer promises to return.");
        input.put("date", day("2025-04-02"));
        input.put("evidence", List.of(Map.of("article", f.article, "quote", quote)));
        return input;
    }

    private static Map<String, Object> statusChange(Fixture f, String id, int version, String date) {
        return Map.of("position", id, "version", version, "status", "KEPT", "date", day(date),
                "evidence", List.of(Map.of("article", f.article, "quote", f.second)));
    }

    private static Map<String, Object> day(String value) {
        return Map.of("value", value, "precision", "DAY", "basis", "STATED");
    }
}

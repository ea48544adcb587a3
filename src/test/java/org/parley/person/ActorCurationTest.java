package org.parley.person;

import org.parley.curation.RetractInput;
import org.parley.source.AddArticleInput;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.dataset.DatabaseDigest;
import org.parley.graphql.GraphQL;
import org.parley.graphql.TestTokens;

/** Editors add and change people and organizations; names stay findable by any spelling. */
@QuarkusTest
public class ActorCurationTest {

    static final String CREATE_PERSON = """
            mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id name aliases version } } }""";
    static final String UPDATE_PERSON = """
            mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id name aliases version } } }""";
    static final String CREATE_ORGANIZATION = """
            mutation ($input: CreateOrganizationInput!) {
              createOrganization(input: $input) { organization { id name kind version } } }""";
    static final String UPDATE_ORGANIZATION = """
            mutation ($input: UpdateOrganizationInput!) {
              updateOrganization(input: $input) { organization { id name kind version } } }""";

    @Inject
    EntityManager em;

    @Test
    void aPersonIsCreatedAndFoundByAnAlias() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonPath created = GraphQL.data(CREATE_PERSON, Map.of("input", Map.of("name", "Ursula Test " + suffix,
                "aliases", List.of("Úrsula Tëst " + suffix))), TestTokens.editor());
        String id = created.getString("createPerson.person.id");
        JsonPath found = GraphQL.data("query ($n: String!) { person(name: $n) { id } }", Map.of("n", "ursula test " + suffix));
        assertEquals(id, found.getString("person.id"));
        assertEquals(id, GraphQL.data("query ($n: String!) { person(name: $n) { id } }",
                Map.of("n", "Ursula Test " + suffix)).getString("person.id"));
    }

    @Test
    void aPersonIsRenamedWithTheCurrentVersionOnly() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonPath created = GraphQL.data(CREATE_PERSON, Map.of("input", Map.of("name", "Rename Me " + suffix)),
                TestTokens.editor());
        String id = created.getString("createPerson.person.id");
        int version = created.getInt("createPerson.person.version");
        JsonPath updated = GraphQL.data(UPDATE_PERSON, Map.of("input", Map.of("id", id, "version", version,
                "name", "Renamed " + suffix, "aliases", List.of("R. " + suffix, "Ren " + suffix))), TestTokens.editor());
        assertEquals("Renamed " + suffix, updated.getString("updatePerson.person.name"));
        assertThat(updated.getList("updatePerson.person.aliases"), containsInAnyOrder("R. " + suffix, "Ren " + suffix));
        assertNotEquals(version, updated.getInt("updatePerson.person.version"));

        String before = DatabaseDigest.of(em);
        JsonPath stale = GraphQL.failing(UPDATE_PERSON, Map.of("input", Map.of("id", id, "version", version,
                "name", "Lost " + suffix)), TestTokens.editor());
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void aNameAnotherPersonHasIsAConflict() {
        String before = DatabaseDigest.of(em);
        JsonPath taken = GraphQL.failing(CREATE_PERSON, Map.of("input", Map.of("name", "Mark Rutte")), TestTokens.editor());
        assertEquals("CONFLICT", taken.getString("errors[0].extensions.code"));
        JsonPath blank = GraphQL.failing(CREATE_PERSON, Map.of("input", Map.of("name", "  ")), TestTokens.editor());
        assertEquals("BAD_USER_INPUT", blank.getString("errors[0].extensions.code"));
        assertEquals("name", blank.getString("errors[0].extensions.field"));
        assertEquals(before, DatabaseDigest.of(em));
    }

    @Test
    void anOrganizationIsCreatedAndChanged() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String eu = GraphQL.data("{ organizations(search: \"Europese Unie\") { nodes { id } } }", Map.of())
                .getString("organizations.nodes[0].id");
        JsonPath created = GraphQL.data(CREATE_ORGANIZATION, Map.of("input", Map.of("name", "Test Council " + suffix,
                "kind", "INSTITUTION", "memberOf", eu)), TestTokens.editor());
        String id = created.getString("createOrganization.organization.id");
        assertEquals("INSTITUTION", created.getString("createOrganization.organization.kind"));
        int version = created.getInt("createOrganization.organization.version");

        JsonPath cycle = GraphQL.failing(UPDATE_ORGANIZATION, Map.of("input", Map.of("id", id, "version", version,
                "memberOf", id)), TestTokens.editor());
        assertEquals("memberOf", cycle.getString("errors[0].extensions.field"));

        JsonPath renamed = GraphQL.data(UPDATE_ORGANIZATION, Map.of("input", Map.of("id", id, "version", version,
                "name", "Renamed Council " + suffix)), TestTokens.editor());
        assertEquals("Renamed Council " + suffix, renamed.getString("updateOrganization.organization.name"));
    }

    @Test
    void onlyEditorsCreatePeople() {
        JsonPath anonymous = GraphQL.failing(CREATE_PERSON, Map.of("input", Map.of("name", "Nobody")), null);
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath reader = GraphQL.failing(CREATE_PERSON, Map.of("input", Map.of("name", "Nobody")), TestTokens.reader());
        assertEquals("FORBIDDEN", reader.getString("errors[0].extensions.code"));
    }

    static final String CREATE_OFFICE = """
            mutation ($input: CreateOfficeInput!) {
              createOffice(input: $input) { office { id role startDate startPrecision version evidence { quote startOffset } } } }""";
    static final String UPDATE_OFFICE = """
            mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { office { id role version } } }""";

    @Test
    void anOfficeIsRecordedWithEvidenceAndASensiblePeriod() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String text = "Test Persoon " + suffix + " is sinds januari minister van Testzaken.";
        String article = GraphQL.data("""
                mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }""",
                Map.of("input", Map.of("title", "Office", "language", "nl", "publishedMonth", "2025-04", "text", text)),
                TestTokens.editor()).getString("addArticle.article.id");
        String person = GraphQL.data(CREATE_PERSON, Map.of("input", Map.of("name", "Test Persoon " + suffix)),
                TestTokens.editor()).getString("createPerson.person.id");
        String organization = GraphQL.data("{ organizations(search: \"Europese Unie\") { nodes { id } } }", Map.of())
                .getString("organizations.nodes[0].id");
        String quote = "is sinds januari minister van Testzaken.";
        Map<String, Object> input = new java.util.HashMap<>(Map.of("person", person, "organization", organization,
                "role", "Minister of Tests",
                "start", Map.of("value", "2025-01", "precision", "MONTH", "basis", "STATED"),
                "evidence", List.of(Map.of("article", article, "quote", quote))));

        String before = DatabaseDigest.of(em);
        Map<String, Object> backwards = new java.util.HashMap<>(input);
        backwards.put("end", Map.of("value", "2024-12-31", "precision", "DAY", "basis", "STATED"));
        JsonPath endsEarly = GraphQL.failing(CREATE_OFFICE, Map.of("input", backwards), TestTokens.editor());
        assertEquals("end", endsEarly.getString("errors[0].extensions.field"));
        Map<String, Object> mismatch = new java.util.HashMap<>(input);
        mismatch.put("start", Map.of("value", "2025-01", "precision", "DAY", "basis", "STATED"));
        JsonPath precision = GraphQL.failing(CREATE_OFFICE, Map.of("input", mismatch), TestTokens.editor());
        assertEquals("start.value", precision.getString("errors[0].extensions.field"));
        assertEquals(before, DatabaseDigest.of(em));

        JsonPath created = GraphQL.data(CREATE_OFFICE, Map.of("input", input), TestTokens.editor());
        assertEquals("2025-01-01", created.getString("createOffice.office.startDate"));
        assertEquals("MONTH", created.getString("createOffice.office.startPrecision"));
        assertEquals(text.indexOf(quote), created.getInt("createOffice.office.evidence[0].startOffset"));
        String id = created.getString("createOffice.office.id");
        int version = created.getInt("createOffice.office.version");
        JsonPath updated = GraphQL.data(UPDATE_OFFICE, Map.of("input", Map.of("id", id, "version", version,
                "role", "Minister of Careful Tests")), TestTokens.editor());
        assertEquals("Minister of Careful Tests", updated.getString("updateOffice.office.role"));
        JsonPath stale = GraphQL.failing(UPDATE_OFFICE, Map.of("input", Map.of("id", id, "version", version,
                "role", "Lost")), TestTokens.editor());
        assertEquals("CONFLICT", stale.getString("errors[0].extensions.code"));

        String offices = "query ($id: ID!) { node(id: $id) { ... on Person { offices { id } } } }";
        assertEquals(List.of(id), GraphQL.data(offices, Map.of("id", person)).getList("node.offices.id"));
        JsonPath retracted = GraphQL.data("""
                mutation ($input: RetractInput!) { retract(input: $input) { node { ... on Office { retracted } } } }""",
                Map.of("input", Map.of("id", id, "reason", "wrong person")), TestTokens.editor());
        assertEquals(true, retracted.getBoolean("retract.node.retracted"));
        assertEquals(List.of(), GraphQL.data(offices, Map.of("id", person)).getList("node.offices.id"));
    }
}

package org.parley.graphql;

import org.parley.core.NodeId;
import org.parley.meeting.Meeting;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.Topic;
import org.parley.source.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** node(id:): every global ID handed out resolves back to its object. */
@QuarkusTest
public class NodeQueryTest {

    static final String NODE = """
            query ($id: ID!) { node(id: $id) { __typename id
              ... on Person { name } ... on Organization { name } ... on Meeting { title }
              ... on Position { summary } ... on Article { title } ... on Topic { name } ... on Office { role } } }""";
    static final String IDS = """
            { person(name: "Mark Rutte") { id offices { id } } organizations(first: 1) { nodes { id } }
              meetings(first: 1) { nodes { id } } positions(first: 1) { nodes { id } }
              articles(first: 1) { nodes { id } } topics(first: 1) { nodes { id } } }""";

    @Test
    void everyKindOfIdResolvesToItsObject() {
        // A founding-dataset person with an office: the first of people(...) may be one another
        // test created without any.
        JsonPath ids = GraphQL.data(IDS, Map.of());
        Map<String, String> expected = Map.of(
                "person.id", "Person", "person.offices[0].id", "Office",
                "organizations.nodes[0].id", "Organization", "meetings.nodes[0].id", "Meeting",
                "positions.nodes[0].id", "Position", "articles.nodes[0].id", "Article", "topics.nodes[0].id", "Topic");
        expected.forEach((path, type) -> {
            String id = ids.getString(path);
            JsonPath node = GraphQL.data(NODE, Map.of("id", id));
            assertEquals(type, node.getString("node.__typename"), path);
            assertEquals(id, node.getString("node.id"), path);
        });
    }

    @Test
    void aWellFormedIdThatNamesNothingIsNotFound() {
        String nobody = NodeId.of("Person", 999_999_999L);
        assertEquals("NOT_FOUND", GraphQL.failing(NODE, Map.of("id", nobody)).getString("errors[0].extensions.code"));
        String unknownType = NodeId.of("Spaceship", 1L);
        assertEquals("NOT_FOUND", GraphQL.failing(NODE, Map.of("id", unknownType)).getString("errors[0].extensions.code"));
    }

    @Test
    void aMalformedIdIsBadUserInput() {
        for (String id : List.of("", "%%%", "UGVyc29uOmFiYw", "bm8tY29sb24")) {
            JsonPath response = GraphQL.failing(NODE, Map.of("id", id));
            assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"), id);
        }
    }
}

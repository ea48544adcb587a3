package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.core.NodeId;
import db.migration.V11__search_index;
import org.parley.position.Position;
import org.parley.source.Evidence;

/**
 * The search text follows every write: a recorded position is found by the words of its summary
 * (case and diacritics aside), an update moves it to its new words, and rows written before the
 * search columns existed are filled by the V11 migration. H2 only: it writes and removes data.
 */
@QuarkusTest
class SearchMaintenanceTest {

    static final String RECORD = "mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id version } } }";
    static final String UPDATE = "mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id version } } }";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchFollowsRecordUpdateAndMigration() throws Exception {
        String first = "zoekproef" + UUID.randomUUID().toString().replace("-", "");
        String second = "zoekproef" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> input = BadInputTest.position(BadInputTest.lookUp());
        input.put("summary", "De premier heeft het parlement GEÏNFORMEERD over " + first.toUpperCase() + ".");
        JsonPath recorded = GraphQL.data(RECORD, Map.of("input", input), TestTokens.editor());
        String id = recorded.getString("recordPosition.position.id");
        long rowId = NodeId.parse(id, "id").id();
        try {
            assertEquals(List.of(id), found(first));
            assertEquals(List.of(id), found("geinformeerd, " + first.substring(0, 20)), "accents, case, prefix, two words");
            GraphQL.data(UPDATE, Map.of("input", Map.of("id", id, "version", recorded.getInt("recordPosition.position.version"),
                    "summary", "Nu over " + second)), TestTokens.editor());
            assertEquals(List.of(), found(first), "the old words are gone");
            assertEquals(List.of(id), found(second));
            // a row written before V10 has no search text until the migration fills it
            try (Connection c = dataSource.getConnection();
                    PreparedStatement clear = c.prepareStatement("UPDATE position SET search_text = NULL WHERE id = ?")) {
                clear.setLong(1, rowId);
                clear.executeUpdate();
                assertEquals(List.of(), found(second));
                V11__search_index.fill(c, "position", "search_text", "summary");
            }
            assertEquals(List.of(id), found(second));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                Evidence.delete("positionId", rowId);
                Position.deleteById(rowId);
            });
        }
    }

    private static List<String> found(String search) {
        return GraphQL.data("query ($s: String) { positions(filter: {search: $s}) { nodes { id } } }", Map.of("s", search))
                .getList("positions.nodes.id");
    }
}

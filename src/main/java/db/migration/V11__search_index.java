package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.parley.core.SearchText;

/**
 * Flyway V11, in Java because the search text is folded by Parley ({@link SearchText}), not by
 * SQL: fills the search columns V10 added for rows written before, then, on PostgreSQL only,
 * builds the GIN full-text indexes on {@code to_tsvector('simple', search_text)} (H2 has no
 * such index; it scans). Quarkus runs Java migrations that implement JavaMigration (named
 * here, as BaseJavaMigration is not in its index) in the package of a migration location, so
 * this class lives in {@code db.migration}, beside the SQL migrations' folder.
 */
public class V11__search_index extends BaseJavaMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        fill(connection, "position", "search_text", "summary");
        fill(connection, "evidence", "search_text", "quote");
        fill(connection, "meeting", "search_text", "title", "location", "summary");
        fill(connection, "meeting", "place_text", "location");
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE INDEX position_search_idx ON position USING gin (to_tsvector('simple', search_text))");
                // Not partial (WHERE position_id IS NOT NULL): ANALYZE keeps statistics of the expression
                // only for whole indexes, and without them PostgreSQL guessed 23,000 quotes for a word that
                // has 16, and hash-joined the whole position table (src/bench/results/explain-search-1e6-pg.txt).
                ddl.execute("CREATE INDEX evidence_search_idx ON evidence USING gin (to_tsvector('simple', search_text))");
                ddl.execute("CREATE INDEX meeting_search_idx ON meeting USING gin (to_tsvector('simple', search_text))");
                ddl.execute("CREATE INDEX meeting_place_idx ON meeting USING gin (to_tsvector('simple', place_text))");
            }
        }
    }

    /**
     * Sets {@code target} to the folded words of {@code sources} wherever it is still null; public
     * for the test that checks rows written before V10 become searchable.
     */
    public static void fill(Connection connection, String table, String target, String... sources) throws Exception {
        String select = "SELECT id, " + String.join(", ", sources) + " FROM " + table + " WHERE " + target + " IS NULL";
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("UPDATE " + table + " SET " + target
                        + " = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery(select)) {
                while (rows.next()) {
                    String[] texts = new String[sources.length];
                    for (int i = 0; i < sources.length; i++) {
                        texts[i] = rows.getString(i + 2);
                    }
                    write.setString(1, SearchText.of(texts));
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}

package org.parley.dataset;

import org.parley.core.Row;
import org.parley.source.ArticleText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Row counts and a content hash of every table, to prove that a rejected change changed nothing. */
public final class DatabaseDigest {

    private static final List<String> TABLES = List.of("article", "organization", "person", "name_alias", "topic",
            "office", "meeting", "attendance", "position", "evidence", "dataset_load", "commitment_status_change",
            "position_link", "audit_entry");

    private DatabaseDigest() {
    }

    /** Rows per table. */
    public static java.util.Map<String, Long> counts(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }

    public static String of(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder all = new StringBuilder();
            for (String table : TABLES) {
                List<?> rows = em.createNativeQuery("select * from " + table + " order by 1").getResultList();
                all.append(table).append('=').append(rows.size()).append('\n');
                for (Object row : rows) {
                    all.append(row instanceof Object[] cells ? java.util.Arrays.toString(cells) : String.valueOf(row))
                            .append('\n');
                }
            }
            return ArticleText.sha256(all.toString());
        });
    }
}

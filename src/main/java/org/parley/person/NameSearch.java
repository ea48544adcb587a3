package org.parley.person;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.parley.core.Cursor;
import org.parley.core.Names;
import org.parley.core.PageRequest;
import org.parley.core.ParleyException;
import org.parley.core.Slice;

/**
 * Fuzzy search over names, for a search box: the records whose canonical name, family name or any
 * alias contains the folded search text or is trigram-similar to it (pg_trgm's {@code %}:
 * similarity at least 0.3), best match first. A record's score is the best similarity of its
 * names; ties go by name, then id, so paging is stable. PostgreSQL answers with pg_trgm and its
 * GIN indexes; H2 with the same functions written in Java ({@link org.parley.core.Trigrams}), so
 * both rank alike.
 */
final class NameSearch {

    private static volatile Boolean postgres;

    private NameSearch() {
    }

    /** Which owner table, alias column and name columns a search covers. */
    record Target(String table, String aliasOwnerColumn, List<String> nameColumns) {
    }

    static final Target PEOPLE = new Target("person", "person_id", List.of("search_name", "family_search_name"));
    static final Target ORGANIZATIONS = new Target("organization", "organization_id", List.of("search_name"));

    /**
     * A page of the records matching {@code search}, best first; {@code extraWhere} (SQL on alias p,
     * starting with " and ") narrows it further.
     */
    static <T extends NamedRecord> Slice<T> page(Target target, String search, String extraWhere,
            Map<String, Object> extraParams, PageRequest page, Function<Collection<Long>, List<T>> load) {
        if (search.length() > 300) {
            throw ParleyException.badInput("search", "'search' is longer than 300 characters");
        }
        if (page.backward()) {
            throw ParleyException.badInput("last", "A ranked 'search' pages forward only: use 'first' and 'after'");
        }
        String folded = Names.fold(search);
        Map<String, Object> params = new HashMap<>(extraParams);
        params.put("q", folded);
        params.put("like", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String from = " from (" + scores(target) + ") m join " + target.table() + " p on p.id = m.owner_id where 1 = 1"
                + extraWhere;
        long total = -1;
        if (page.countTotal()) {
            Query count = Panache.getEntityManager().createNativeQuery("select count(*)" + from);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        Cursor after = page.after();
        String keyset = "";
        if (after != null) {
            keyset = " and (m.score < :afterScore or (m.score = :afterScore and (p.search_name > :afterName"
                    + " or (p.search_name = :afterName and p.id > :afterId))))";
            Ranked position = Ranked.of(after);
            params.put("afterScore", position.score());
            params.put("afterName", position.name());
            params.put("afterId", after.id());
        }
        Query rows = Panache.getEntityManager().createNativeQuery("select p.id, m.score, p.search_name" + from + keyset
                + " order by m.score desc, p.search_name, p.id");
        params.forEach(rows::setParameter);
        rows.setMaxResults(page.fetchSize());
        List<Ranked> ranked = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            ranked.add(new Ranked(((Number) r[0]).longValue(), ((Number) r[1]).floatValue(), (String) r[2]));
        }
        Map<Long, T> byId = new HashMap<>();
        if (!ranked.isEmpty()) {
            load.apply(ranked.stream().map(Ranked::id).toList()).forEach(t -> byId.put(t.id, t));
        }
        List<Ranked> present = ranked.stream().filter(r -> byId.containsKey(r.id())).toList();
        return Slice.of(present, page, total < 0 ? present.size() : total, Ranked::cursor, r -> byId.get(r.id()));
    }

    /** SQL: (owner_id, score) of every record with a matching name, its best similarity as score. */
    private static String scores(Target target) {
        List<String> branches = new ArrayList<>();
        for (String column : target.nameColumns()) {
            branches.add("select x.id as owner_id, similarity(x." + column + ", :q) as score from " + target.table()
                    + " x where " + matches("x." + column));
        }
        branches.add("select a." + target.aliasOwnerColumn() + ", similarity(a.search_name, :q) from name_alias a where a."
                + target.aliasOwnerColumn() + " is not null and (" + matches("a.search_name") + ")");
        return "select u.owner_id, max(u.score) as score from (" + String.join(" union all ", branches)
                + ") u group by u.owner_id";
    }

    /** Trigram-similar (pg_trgm's indexable % operator on PostgreSQL, its Java twin on H2) or containing the text. */
    private static String matches(String column) {
        String similar = isPostgres() ? column + " % :q" : "trgm_match(" + column + ", :q)";
        return similar + " or " + column + " like :like escape '\\'";
    }

    private static boolean isPostgres() {
        if (postgres == null) {
            postgres = "postgresql".equals(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class)
                    .orElse("h2"));
        }
        return postgres;
    }

    /** One match: the record, its score, its folded name (the keyset of the ranking). */
    record Ranked(long id, float score, String name) {

        Cursor cursor() {
            return new Cursor(Float.floatToIntBits(score) + ":" + name, id);
        }

        static Ranked of(Cursor cursor) {
            String key = cursor.sortKey() == null ? "" : cursor.sortKey();
            int colon = key.indexOf(':');
            try {
                return new Ranked(cursor.id(), Float.intBitsToFloat(Integer.parseInt(key.substring(0, colon))),
                        key.substring(colon + 1));
            } catch (RuntimeException e) {
                throw ParleyException.badInput("after", "'after' is not a cursor returned by this search");
            }
        }
    }
}

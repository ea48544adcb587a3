package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Hql;
import org.parley.person.Organization;
import org.parley.person.Person;

/**
 * Counts of positions per group: one grouped SQL statement, whatever the keys. The holder,
 * organization and topic of a group are joined into that statement, so showing their names
 * costs no second query.
 */
@ApplicationScoped
public class PositionStats {

    /** One group: its keys (null when not grouped by, or when the positions have none) and count. */
    public record Group(long count, Person holder, Organization organization, PositionKind kind,
            CommitmentStatus status, Topic topic, Integer year, YearMonth month) {
    }

    /** The largest groups, and whether there were more. */
    public record Groups(List<Group> groups, boolean hasMore) {
    }

    // A period inside one year (month): the year (month) it lies in; null otherwise.
    private static final String YEAR = "case when year(p.date.date) = year(p.date.end) then year(p.date.date) end";
    private static final String MONTH = "case when year(p.date.date) = year(p.date.end) and month(p.date.date)"
            + " = month(p.date.end) then year(p.date.date) * 100 + month(p.date.date) end";

    /**
     * The groups of the positions matching {@code filter}, largest first (ties in key order),
     * at most {@code limit}. Without keys there is one group: all matching positions.
     */
    public Groups count(PositionFilter filter, List<PositionGroupBy> keys, int limit) {
        Map<PositionGroupBy, String> select = new LinkedHashMap<>();
        StringBuilder joins = new StringBuilder();
        List<String> orderKeys = new ArrayList<>();
        for (PositionGroupBy key : keys) {
            switch (key) {
                case HOLDER -> {
                    select.put(key, "h");
                    joins.append(" left join Person h on h.id = p.holderId");
                    orderKeys.add("h.name");
                }
                case ORGANIZATION -> {
                    select.put(key, "o");
                    joins.append(" left join Organization o on o.id = p.organizationId");
                    orderKeys.add("o.name");
                }
                case TOPIC -> {
                    select.put(key, "t");
                    joins.append(" left join Topic t on t.id = p.topicId");
                    orderKeys.add("t.name");
                }
                case KIND -> select.put(key, "p.kind");
                case STATUS -> select.put(key, "p.status");
                case YEAR -> select.put(key, YEAR);
                case MONTH -> select.put(key, MONTH);
            }
            if (!select.get(key).equals("h") && !select.get(key).equals("o") && !select.get(key).equals("t")) {
                orderKeys.add(select.get(key));
            }
        }
        Map<String, Object> params = new HashMap<>();
        String where = " where 1 = 1" + filter.where(params);
        String columns = String.join(", ", select.values());
        StringBuilder hql = new StringBuilder("select count(p)").append(columns.isEmpty() ? "" : ", " + columns)
                .append(" from Position p").append(joins).append(where);
        if (!columns.isEmpty()) {
            hql.append(" group by ").append(columns).append(" order by count(p) desc");
            orderKeys.forEach(k -> hql.append(", ").append(k).append(" nulls last"));
        }
        List<Object[]> rows = Hql.rows(hql.toString(), params, limit + 1);
        List<Group> groups = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            Map<PositionGroupBy, Object> value = new HashMap<>();
            int column = 1;
            for (PositionGroupBy key : select.keySet()) {
                value.put(key, row[column++]);
            }
            groups.add(new Group((Long) row[0], (Person) value.get(PositionGroupBy.HOLDER),
                    (Organization) value.get(PositionGroupBy.ORGANIZATION), (PositionKind) value.get(PositionGroupBy.KIND),
                    (CommitmentStatus) value.get(PositionGroupBy.STATUS), (Topic) value.get(PositionGroupBy.TOPIC),
                    value.get(PositionGroupBy.YEAR) == null ? null : ((Number) value.get(PositionGroupBy.YEAR)).intValue(),
                    month((Number) value.get(PositionGroupBy.MONTH))));
        }
        return new Groups(groups, rows.size() > limit);
    }

    private static YearMonth month(Number yyyymm) {
        return yyyymm == null ? null : YearMonth.of(yyyymm.intValue() / 100, yyyymm.intValue() % 100);
    }
}

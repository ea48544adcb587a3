package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Hql;
import org.parley.core.InList;
import org.parley.core.Keyset;
import org.parley.core.PageRequest;
import org.parley.core.Slice;
import org.parley.core.SortDirection;
import org.parley.curation.AsOf;

/** Reads positions: filtered keyset pages, and the same per parent for batch resolvers. */
@ApplicationScoped
public class PositionService {

    /**
     * A page in any of the orders of {@link PositionOrderField}; its cursors carry the order. With
     * {@code existedAt}, only positions that existed then (for a read as they stood, see PastState).
     */
    public Slice<Position> page(PositionFilter filter, PositionOrderField field, SortDirection direction,
            PageRequest page, LocalDateTime existedAt) {
        Map<String, Object> params = new HashMap<>();
        String condition = filter.where(params) + AsOf.existed("p", Position.TYPE, existedAt, params);
        return field.in("p", direction).slice(Position.class, "p", condition, params, page, field::keyOf);
    }

    /**
     * One page per holder, in two statements whatever the number of holders: a windowed
     * query picks the first rows of each holder, a grouped count gives the totals.
     */
    public Map<Long, Slice<Position>> pagesByHolder(Collection<Long> holderIds, PositionFilter filter,
            SortDirection direction, PageRequest page) {
        InList holders = InList.of("holders", holderIds);
        Map<String, Object> params = holders.params();
        String where = "where p.holderId in " + holders.hql() + filter.where(params);
        Map<Long, Long> totals = new HashMap<>();
        List<Object[]> counted = page.countTotal() ? Hql.rows("select p.holderId, count(p) from Position p " + where
                + " group by p.holderId", params) : List.of();
        for (Object[] row : counted) {
            totals.put((Long) row[0], (Long) row[1]);
        }
        Keyset keyset = keyset(direction);
        params.put("limit", (long) page.fetchSize());
        List<Position> rows = Position.list("from Position p where p.id in (select r.id from ("
                + "select p.id as id, row_number() over (partition by p.holderId order by " + keyset.terms(page)
                + ") as rn from Position p " + where + keyset.where(page, params) + ") r where r.rn <= :limit)"
                + keyset.orderBy(page), params);
        Map<Long, List<Position>> byHolder = new LinkedHashMap<>();
        rows.forEach(p -> byHolder.computeIfAbsent(p.holderId, k -> new ArrayList<>()).add(p));
        Map<Long, Slice<Position>> pages = new HashMap<>();
        for (Long holder : holderIds) {
            pages.put(holder, Slice.of(byHolder.getOrDefault(holder, List.of()), page, totals.getOrDefault(holder, 0L),
                    p -> Keyset.cursor(p.date.date, p.id), p -> p));
        }
        return pages;
    }

    /** Date order; position.event_date is NOT NULL, so the keyset condition can seek. */
    private static Keyset keyset(SortDirection direction) {
        return Keyset.byDate("p", direction, false);
    }
}

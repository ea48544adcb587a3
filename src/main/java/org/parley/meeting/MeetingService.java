package org.parley.meeting;

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

/** Reads meetings: filtered keyset pages, and the same per participant for batch resolvers. */
@ApplicationScoped
public class MeetingService {

    /**
     * A page in any of the orders of {@link MeetingOrderField}; its cursors carry the order. With
     * {@code existedAt}, only meetings that existed then (for a read as they stood, see PastState).
     */
    public Slice<Meeting> page(MeetingFilter filter, MeetingOrderField field, SortDirection direction, PageRequest page,
            LocalDateTime existedAt) {
        Map<String, Object> params = new HashMap<>();
        String condition = filter.where(params) + AsOf.existed("m", Meeting.TYPE, existedAt, params);
        return field.in("m", direction).slice(Meeting.class, "m", condition, params, page, field::keyOf);
    }

    /** One page of meetings per participant, in three statements whatever the number of people. */
    public Map<Long, Slice<Meeting>> pagesByParticipant(Collection<Long> personIds, MeetingFilter filter,
            SortDirection direction, PageRequest page) {
        InList people = InList.of("people", personIds);
        Map<String, Object> params = people.params();
        String from = "from Meeting m join Attendance a on a.meetingId = m.id where a.personId in " + people.hql()
                + filter.where(params);
        Map<Long, Long> totals = new HashMap<>();
        List<Object[]> counted = page.countTotal()
                ? Hql.rows("select a.personId, count(distinct m.id) " + from + " group by a.personId", params) : List.of();
        for (Object[] row : counted) {
            totals.put((Long) row[0], (Long) row[1]);
        }
        Keyset keyset = Keyset.byDate("m", direction, true);
        params.put("limit", (long) page.fetchSize());
        List<Object[]> picked = Hql.rows("select r.personId, r.meetingId from (select a.personId as personId, "
                + "m.id as meetingId, row_number() over (partition by a.personId order by " + keyset.terms(page)
                + ") as rn " + from + keyset.where(page, params) + ") r where r.rn <= :limit", params);
        Map<Long, Meeting> meetings = new HashMap<>();
        if (!picked.isEmpty()) {
            List<Long> ids = picked.stream().map(r -> (Long) r[1]).distinct().toList();
            InList in = InList.of("ids", ids);
            Meeting.<Meeting>list("id in " + in.hql(), in.params()).forEach(m -> meetings.put(m.id, m));
        }
        Map<Long, List<Meeting>> byPerson = new LinkedHashMap<>();
        for (Object[] r : picked) {
            byPerson.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(meetings.get((Long) r[1]));
        }
        Map<Long, Slice<Meeting>> pages = new HashMap<>();
        for (Long person : personIds) {
            List<Meeting> rows = byPerson.getOrDefault(person, new ArrayList<>());
            rows.sort(Keyset.comparator(m -> m.date == null ? null : m.date.date, m -> m.id, direction, page));
            pages.put(person, Slice.of(rows, page, totals.getOrDefault(person, 0L),
                    m -> Keyset.cursor(m.date == null ? null : m.date.date, m.id), m -> m));
        }
        return pages;
    }
}

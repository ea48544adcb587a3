package org.parley.position;

import java.util.Map;
import org.parley.core.DateRange;

/** Resolved filter arguments of a positions list; null fields do not filter. */
public record PositionFilter(Long holderId, Long organizationId, PositionKind kind, Long topicId, Long meetingId,
        DateRange dates, boolean includeRetracted) {

    public PositionFilter(Long holderId, Long organizationId, PositionKind kind, Long topicId, Long meetingId,
            DateRange dates) {
        this(holderId, organizationId, kind, topicId, meetingId, dates, false);
    }

    public static PositionFilter none() {
        return new PositionFilter(null, null, null, null, null, DateRange.of(null, null, null));
    }

    /** HQL conditions on alias p, each starting with " and ". */
    String where(Map<String, Object> params) {
        StringBuilder hql = new StringBuilder(includeRetracted ? "" : " and p.retractedAt is null");
        condition(hql, params, "p.holderId", "holderId", holderId);
        condition(hql, params, "p.organizationId", "organizationId", organizationId);
        condition(hql, params, "p.kind", "kind", kind);
        condition(hql, params, "p.topicId", "topicId", topicId);
        condition(hql, params, "p.meetingId", "meetingId", meetingId);
        return hql.append(dates.where("p", params)).toString();
    }

    private static void condition(StringBuilder hql, Map<String, Object> params, String path, String name, Object value) {
        if (value != null) {
            hql.append(" and ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }
}

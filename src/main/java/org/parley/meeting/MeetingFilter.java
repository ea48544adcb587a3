package org.parley.meeting;

import java.util.List;
import java.util.Map;
import org.parley.core.DatePrecision;
import org.parley.core.DateRange;
import org.parley.core.SearchText;

/**
 * Resolved filter arguments of a meetings list; null fields do not filter. {@code place} and
 * {@code search} are words in {@link SearchText} form; every word must match.
 */
public record MeetingFilter(Long participantId, Long organizationId, MeetingStatus status, MeetingKind kind,
        DateRange dates, boolean includeRetracted, DatePrecision precision, List<String> place, List<String> search) {

    public MeetingFilter(Long participantId, Long organizationId, MeetingStatus status, MeetingKind kind,
            DateRange dates, boolean includeRetracted) {
        this(participantId, organizationId, status, kind, dates, includeRetracted, null, null, null);
    }

    public MeetingFilter(Long participantId, Long organizationId, MeetingStatus status, MeetingKind kind,
            DateRange dates) {
        this(participantId, organizationId, status, kind, dates, false);
    }

    /** HQL conditions on alias m, each starting with " and ". */
    String where(Map<String, Object> params) {
        StringBuilder hql = new StringBuilder(includeRetracted ? "" : " and m.retractedAt is null");
        if (participantId != null) {
            hql.append(" and m.id in (select a.meetingId from Attendance a where a.personId = :participantId)");
            params.put("participantId", participantId);
        }
        if (organizationId != null) {
            hql.append(" and m.id in (select a.meetingId from Attendance a where a.organizationId = :organizationId)");
            params.put("organizationId", organizationId);
        }
        if (status != null) {
            hql.append(" and m.status = :status");
            params.put("status", status);
        }
        if (kind != null) {
            hql.append(" and m.kind = :kind");
            params.put("kind", kind);
        }
        if (precision != null) {
            hql.append(" and m.date.precision = :precision");
            params.put("precision", precision);
        }
        if (place != null) {
            hql.append(SearchText.matchAll("m.placeText", place, "place", params));
        }
        if (search != null) {
            hql.append(SearchText.matchAll("m.searchText", search, "search", params));
        }
        return hql.append(dates.where("m", params)).toString();
    }
}

package org.parley.meeting;

import java.util.Map;
import org.parley.core.DateRange;

/** Resolved filter arguments of a meetings list; null fields do not filter. */
public record MeetingFilter(Long participantId, Long organizationId, MeetingStatus status, MeetingKind kind,
        DateRange dates, boolean includeRetracted) {

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
        return hql.append(dates.where("m", params)).toString();
    }
}

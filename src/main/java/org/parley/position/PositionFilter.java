package org.parley.position;

import java.util.List;
import java.util.Map;
import org.parley.core.DatePrecision;
import org.parley.core.DateRange;
import org.parley.core.SearchText;
import org.parley.meeting.MeetingKind;

/**
 * Resolved filter arguments of a positions list; null fields do not filter. {@code place} and
 * {@code search} are words in {@link SearchText} form; every word must match.
 */
public record PositionFilter(Long holderId, Long organizationId, PositionKind kind, Long topicId, Long meetingId,
        DateRange dates, boolean includeRetracted, Addressee addressee, CommitmentStatus status, MeetingKind meetingKind,
        DatePrecision precision, Attribution attribution, List<String> place, List<String> search) {

    /** A person, an organization or either (a name can be both): positions addressed to it. */
    public record Addressee(Long personId, Long organizationId) {
    }

    public PositionFilter(Long holderId, Long organizationId, PositionKind kind, Long topicId, Long meetingId,
            DateRange dates, boolean includeRetracted) {
        this(holderId, organizationId, kind, topicId, meetingId, dates, includeRetracted, null, null, null, null, null,
                null, null);
    }

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
        condition(hql, params, "p.status", "status", status);
        condition(hql, params, "p.date.precision", "precision", precision);
        condition(hql, params, "p.attribution", "attribution", attribution);
        if (addressee != null) {
            if (addressee.personId() != null && addressee.organizationId() != null) {
                hql.append(" and (p.addresseePersonId = :addresseePerson or p.addresseeOrganizationId = :addresseeOrganization)");
                params.put("addresseePerson", addressee.personId());
                params.put("addresseeOrganization", addressee.organizationId());
            } else {
                condition(hql, params, "p.addresseePersonId", "addresseePerson", addressee.personId());
                condition(hql, params, "p.addresseeOrganizationId", "addresseeOrganization", addressee.organizationId());
            }
        }
        if (meetingKind != null || place != null) {
            hql.append(" and p.meetingId in (select m.id from Meeting m where m.retractedAt is null");
            if (meetingKind != null) {
                hql.append(" and m.kind = :meetingKind");
                params.put("meetingKind", meetingKind);
            }
            if (place != null) {
                hql.append(SearchText.matchAll("m.placeText", place, "place", params));
            }
            hql.append(")");
        }
        if (search != null) {
            // Two branches, each answered by its own index (PostgreSQL: GIN on the search text):
            // the summary, or one quote of the position's evidence, holds every word.
            hql.append(" and p.id in (select s.id from Position s where 1 = 1")
                    .append(SearchText.matchAll("s.searchText", search, "search", params))
                    .append(" union select e.positionId from Evidence e where e.positionId is not null")
                    .append(SearchText.matchAll("e.searchText", search, "search", params))
                    .append(")");
        }
        return hql.append(dates.where("p", params)).toString();
    }

    private static void condition(StringBuilder hql, Map<String, Object> params, String path, String name, Object value) {
        if (value != null) {
            hql.append(" and ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }
}

package org.parley.position;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.parley.core.DatePrecision;
import org.parley.core.Fact;
import org.parley.core.Fields;
import org.parley.core.Hql;
import org.parley.core.InList;
import org.parley.core.NodeId;
import org.parley.core.PartialDate;
import org.parley.core.SearchText;
import org.parley.curation.PastState;
import org.parley.meeting.Meeting;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.source.Article;

/** A position someone takes: a commitment, demand, refusal, threat, stance ... */
@Entity
public class Position extends Fact {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Position";

    /** Sets the addressee from its global ID (a Person or an Organization), or clears it. */
    private static void addresseeFromText(Position p, String ref) {
        boolean person = ref != null && NodeId.parse(ref, "asOf").type().equals(Person.TYPE);
        p.addresseePersonId = person ? Fields.id(ref) : null;
        p.addresseeOrganizationId = ref != null && !person ? Fields.id(ref) : null;
    }

    /** The fields revisions record and a dataset file manages; references as global IDs. */
    public static final Fields<Position> FIELDS = new Fields<Position>()
            .add("holder", p -> Fields.ref(Person.TYPE, p.holderId), (to, from) -> to.holderId = from.holderId,
                    (p, t) -> p.holderId = Fields.id(t))
            .add("onBehalfOf", p -> Fields.ref(Organization.TYPE, p.organizationId),
                    (to, from) -> to.organizationId = from.organizationId,
                    (p, t) -> p.organizationId = Fields.id(t))
            .add("attributedTo", p -> p.attributedTo, (to, from) -> to.attributedTo = from.attributedTo,
                    (p, t) -> p.attributedTo = t)
            .add("attribution", p -> p.attribution, (to, from) -> to.attribution = from.attribution,
                    (p, t) -> p.attribution = Fields.constant(Attribution.class, t))
            .add("kind", p -> p.kind, (to, from) -> to.kind = from.kind,
                    (p, t) -> p.kind = Fields.constant(PositionKind.class, t))
            .add("topic", p -> Fields.ref(Topic.TYPE, p.topicId), (to, from) -> to.topicId = from.topicId,
                    (p, t) -> p.topicId = Fields.id(t))
            .add("addressee", p -> p.addresseePersonId != null ? Fields.ref(Person.TYPE, p.addresseePersonId)
                    : Fields.ref(Organization.TYPE, p.addresseeOrganizationId), (to, from) -> {
                        to.addresseePersonId = from.addresseePersonId;
                        to.addresseeOrganizationId = from.addresseeOrganizationId;
                    },
                    Position::addresseeFromText)
            .add("condition", p -> p.condition, (to, from) -> to.condition = from.condition,
                    (p, t) -> p.condition = t)
            .add("summary", p -> p.summary, (to, from) -> to.summary = from.summary,
                    (p, t) -> p.summary = t)
            .add("date", p -> p.date, (to, from) -> to.date = from.date,
                    (p, t) -> p.date = Fields.date(t))
            .add("meeting", p -> Fields.ref(Meeting.TYPE, p.meetingId), (to, from) -> to.meetingId = from.meetingId,
                    (p, t) -> p.meetingId = Fields.id(t))
            .add("reactsTo", p -> Fields.ref(Meeting.TYPE, p.reactsToMeetingId),
                    (to, from) -> to.reactsToMeetingId = from.reactsToMeetingId,
                    (p, t) -> p.reactsToMeetingId = Fields.id(t))
            .add("status", p -> p.status, (to, from) -> to.status = from.status,
                    (p, t) -> p.status = Fields.constant(CommitmentStatus.class, t));

    /** How a past read ({@link PastState}) sets a position back to an earlier state. */
    public static final PastState.Kind<Position> PAST = new PastState.Kind<>(TYPE, Position.class, FIELDS, Position::new);

    /** The person who took it; null when the sources name only an organization or group. */
    @Column(name = "holder_id")
    public Long holderId;

    /** On behalf of which organization. */
    @Column(name = "organization_id")
    public Long organizationId;

    /** Free-text speaker when no person is named ("a spokesperson of the US administration"). */
    @Column(name = "attributed_to")
    public String attributedTo;

    @Enumerated(EnumType.STRING)
    public PositionKind kind;

    @Column(name = "topic_id")
    public Long topicId;

    @Column(name = "addressee_person_id")
    public Long addresseePersonId;

    @Column(name = "addressee_organization_id")
    public Long addresseeOrganizationId;

    @Column(name = "condition_text")
    public String condition;

    public String summary;

    @Embedded
    public PartialDate date;

    @Column(name = "meeting_id")
    public Long meetingId;

    /** The meeting this position reacts to (taken afterwards, elsewhere), or null. */
    @Column(name = "reacts_to_meeting_id")
    public Long reactsToMeetingId;

    /** Whose words it is in; null for positions recorded before it was asked. */
    @Enumerated(EnumType.STRING)
    @Column(name = "attribution")
    public Attribution attribution;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_status")
    public CommitmentStatus status;

    /** The summary's words for text search (see SearchText), kept in step on every write. */
    @Column(name = "search_text")
    public String searchText;

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.of(summary);
    }


    public static List<Position> byIds(Collection<Long> ids) {
        InList in = InList.of("ids", ids);
        return list("id in " + in.hql(), in.params());
    }

    /** The standing positions taken at these meetings, in date order. */
    public static List<Position> standingAtMeetings(Collection<Long> meetingIds) {
        InList in = InList.of("meetings", meetingIds);
        return list("meetingId in " + in.hql() + " and retractedAt is null order by date.date, id", in.params());
    }

    /** For each article, the standing positions it is evidence for: rows of (article id, position), in date order. */
    public static List<Object[]> standingInArticles(Collection<Long> articleIds) {
        InList in = InList.of("articles", articleIds);
        return Hql.rows("""
                select distinct e.articleId, p from Position p, Evidence e
                where e.articleId in %s and e.positionId = p.id and p.retractedAt is null
                order by p.date.date, p.id""".formatted(in.hql()), in.params());
    }

    /**
     * A person's positions of one kind known to the day, with what the caller will show beside
     * them joined in the same statement: rows of [position, holder, meeting, evidence, article],
     * a column null when not asked for (or absent); one row per piece of evidence when evidence is
     * asked for. Retracted meetings are not joined.
     */
    public static List<Object[]> byHolderOnJoined(Long holderId, PositionKind kind, LocalDate day, boolean holder,
            boolean meeting, boolean evidence, boolean article, boolean articleBody) {
        StringBuilder hql = new StringBuilder("select p, ")
                .append(holder ? "h" : "null").append(", ")
                .append(meeting ? "m" : "null").append(", ")
                .append(evidence ? "e" : "null").append(", ")
                .append(!evidence || !article ? "null" : articleBody ? "a" : Article.headColumns("a"))
                .append(" from Position p");
        if (holder) {
            hql.append(" left join Person h on h.id = p.holderId");
        }
        if (meeting) {
            hql.append(" left join Meeting m on m.id = p.meetingId and m.retractedAt is null");
        }
        if (evidence) {
            hql.append(" left join Evidence e on e.positionId = p.id");
            if (article) {
                hql.append(" left join Article a on a.id = e.articleId");
            }
        }
        hql.append(" where p.holderId = :holder and p.kind = :kind and p.date.date = :day and p.date.precision = :precision")
                .append(" and p.retractedAt is null order by p.id").append(evidence ? ", e.id" : "");
        return Hql.rows(hql.toString(), Map.of("holder", holderId, "kind", kind, "day", day, "precision", DatePrecision.DAY));
    }
}

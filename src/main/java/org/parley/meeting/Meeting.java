package org.parley.meeting;

import org.parley.core.Fields;
import org.parley.core.InList;
import org.parley.curation.PastState;
import org.parley.core.Hql;
import java.util.List;
import java.util.Collection;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.parley.core.SearchText;
import org.parley.core.Fact;
import org.parley.core.PartialDate;

/** A diplomatic meeting: held, planned or called off (PLOVER: CONSULT event). */
@Entity
public class Meeting extends Fact {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Meeting";

    /** The fields revisions record and a dataset file manages. */
    public static final Fields<Meeting> FIELDS = new Fields<Meeting>()
            .add("title", m -> m.title, (to, from) -> to.title = from.title,
                    (m, t) -> m.title = t)
            .add("kind", m -> m.kind, (to, from) -> to.kind = from.kind,
                    (m, t) -> m.kind = Fields.constant(MeetingKind.class, t))
            .add("status", m -> m.status, (to, from) -> to.status = from.status,
                    (m, t) -> m.status = Fields.constant(MeetingStatus.class, t))
            .add("statusReason", m -> m.statusReason, (to, from) -> to.statusReason = from.statusReason,
                    (m, t) -> m.statusReason = t)
            .add("date", m -> m.date, (to, from) -> to.date = from.date,
                    (m, t) -> m.date = Fields.date(t))
            .add("location", m -> m.location, (to, from) -> to.location = from.location,
                    (m, t) -> m.location = t)
            .add("summary", m -> m.summary, (to, from) -> to.summary = from.summary,
                    (m, t) -> m.summary = t);

    /** How a past read ({@link PastState}) sets a meeting back to an earlier state. */
    public static final PastState.Kind<Meeting> PAST = new PastState.Kind<>(TYPE, Meeting.class, FIELDS, Meeting::new);

    public String title;

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** Null when the sources give no date at all (e.g. an accepted invitation). */
    @Embedded
    public PartialDate date;

    public String location;
    public String summary;

    /** Title, place and summary as words for text search (see SearchText), kept in step on every write. */
    @Column(name = "search_text")
    public String searchText;

    /** The place's words alone, for the place filter. */
    @Column(name = "place_text")
    public String placeText;

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.of(title, location, summary);
        placeText = SearchText.of(location);
    }

    /** The meetings with these ids that were not retracted. */
    public static List<Meeting> standingByIds(Collection<Long> ids) {
        InList in = InList.of("ids", ids);
        return list("id in " + in.hql() + " and retractedAt is null", in.params());
    }

    /**
     * For each article, the standing meetings it is evidence for (through the meeting or one of
     * its participants): rows of (article id, meeting), in date order.
     */
    public static List<Object[]> standingInArticles(Collection<Long> articleIds) {
        InList in = InList.of("articles", articleIds);
        return Hql.rows("""
                select distinct e.articleId, m from Meeting m, Evidence e
                where e.articleId in %s and m.retractedAt is null and (e.meetingId = m.id
                   or e.attendanceId in (select a.id from Attendance a where a.meetingId = m.id))
                order by m.date.date, m.id""".formatted(in.hql()), in.params());
    }
}

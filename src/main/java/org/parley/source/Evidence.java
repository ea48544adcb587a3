package org.parley.source;

import org.parley.core.InList;
import org.parley.position.CommitmentStatusChange;

import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.parley.core.SearchText;
import java.util.Collection;
import java.util.List;

/**
 * A verbatim quote from an article backing exactly one fact. The subject is named by
 * id (one of meeting, attendance, office, position) so evidence can be batch-loaded per kind.
 */
@Entity
public class Evidence extends Row {

    /** The GraphQL type name inside its global ID. */
    public static final String TYPE = "Evidence";

    @Column(name = "article_id")
    public Long articleId;

    public String quote;

    /** Offset of the first character of the quote in the article body (Java chars). */
    @Column(name = "start_offset")
    public int startOffset;

    /** Offset just past the last character of the quote. */
    @Column(name = "end_offset")
    public int endOffset;

    @Column(name = "meeting_id")
    public Long meetingId;

    @Column(name = "attendance_id")
    public Long attendanceId;

    @Column(name = "office_id")
    public Long officeId;

    @Column(name = "position_id")
    public Long positionId;

    /** A change of a commitment's status (see CommitmentStatusChange). */
    @Column(name = "status_change_id")
    public Long statusChangeId;

    /** The quote's words for text search (see SearchText); a quote is never changed after it is stored. */
    @Column(name = "search_text")
    public String searchText;

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.of(quote);
    }

    /** Which kind of fact a piece of evidence backs; names the column holding its id. */
    public enum Subject {
        MEETING("meetingId"), ATTENDANCE("attendanceId"), OFFICE("officeId"), POSITION("positionId"),
        STATUS_CHANGE("statusChangeId");

        final String field;

        Subject(String field) {
            this.field = field;
        }

        public Long idOf(Evidence e) {
            return switch (this) {
                case MEETING -> e.meetingId;
                case ATTENDANCE -> e.attendanceId;
                case OFFICE -> e.officeId;
                case POSITION -> e.positionId;
                case STATUS_CHANGE -> e.statusChangeId;
            };
        }

        public void assign(Evidence e, Long id) {
            switch (this) {
                case MEETING -> e.meetingId = id;
                case ATTENDANCE -> e.attendanceId = id;
                case OFFICE -> e.officeId = id;
                case POSITION -> e.positionId = id;
                case STATUS_CHANGE -> e.statusChangeId = id;
            }
        }
    }

    public static List<Evidence> forSubjects(Subject subject, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("ids", ids);
        return list(subject.field + " in " + in.hql() + " order by id", in.params());
    }

    public static long deleteForSubject(Subject subject, Long id) {
        return delete(subject.field + " = ?1", id);
    }
}

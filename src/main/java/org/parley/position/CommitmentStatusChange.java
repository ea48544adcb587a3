package org.parley.position;

import org.parley.core.InList;
import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.parley.core.PartialDate;

/** One step in a commitment's history (MADE to KEPT ...), dated, backed by evidence. */
@Entity
@Table(name = "commitment_status_change")
public class CommitmentStatusChange extends Row {

    /** The GraphQL type name inside its global ID. */
    public static final String TYPE = "CommitmentStatusChange";

    @Column(name = "position_id")
    public Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CommitmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CommitmentStatus toStatus;

    /** When the change happened according to the sources. */
    @Embedded
    public PartialDate date;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public LocalDateTime changedAt;

    public static List<CommitmentStatusChange> ofPositions(Collection<Long> positionIds) {
        InList in = InList.of("positions", positionIds);
        return list("positionId in " + in.hql() + " order by date.date, id", in.params());
    }
}

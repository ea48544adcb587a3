package org.parley.position;

import org.parley.core.InList;
import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/** A later position that supersedes or reverses an earlier one. */
@Entity
@Table(name = "position_link")
public class PositionLink extends Row {

    /** The GraphQL type name inside its global ID. */
    public static final String TYPE = "PositionLink";

    @Column(name = "later_id")
    public Long laterId;

    @Column(name = "earlier_id")
    public Long earlierId;

    @Enumerated(EnumType.STRING)
    public PositionLinkKind kind;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    /** Links from these later positions to earlier ones that were not retracted. */
    public static List<PositionLink> fromLater(Collection<Long> laterIds) {
        InList in = InList.of("later", laterIds);
        return list("laterId in " + in.hql() + " and earlierId in (select p.id from Position p where p.retractedAt is null)"
                + " order by id", in.params());
    }

    /** Links to these earlier positions from later ones that were not retracted. */
    public static List<PositionLink> toEarlier(Collection<Long> earlierIds) {
        InList in = InList.of("earlier", earlierIds);
        return list("earlierId in " + in.hql() + " and laterId in (select p.id from Position p where p.retractedAt is null)"
                + " order by id", in.params());
    }

    public static boolean exists(Long laterId, Long earlierId) {
        return count("(laterId = ?1 and earlierId = ?2) or (laterId = ?2 and earlierId = ?1)", laterId, earlierId) > 0;
    }
}

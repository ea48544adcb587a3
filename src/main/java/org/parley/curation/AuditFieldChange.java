package org.parley.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import org.parley.core.Row;

/** One field a revision changed: its value before and after, as text (a reference as a global ID). */
@Entity
@Table(name = "audit_field_change")
public class AuditFieldChange extends Row {

    @Column(name = "entry_id")
    public Long entryId;

    public String field;

    @Column(name = "before_value")
    public String before;

    @Column(name = "after_value")
    public String after;

    /** The changes of these entries, in the order they were written. */
    public static List<AuditFieldChange> ofEntries(Collection<Long> entryIds) {
        return list("entryId in ?1 order by entryId, id", entryIds);
    }
}

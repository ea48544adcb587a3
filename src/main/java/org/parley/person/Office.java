package org.parley.person;

import org.parley.core.Fields;
import org.parley.core.InList;
import org.parley.curation.PastState;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.parley.core.Fact;
import org.parley.core.PartialDate;

/** A person holding a role in an organization over a period (Popolo: Membership/Post). */
@Entity
public class Office extends Fact {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Office";

    /** The fields revisions record and a dataset file manages. */
    public static final Fields<Office> FIELDS = new Fields<Office>()
            .add("person", o -> Fields.ref(Person.TYPE, o.personId), (to, from) -> to.personId = from.personId,
                    (o, t) -> o.personId = Fields.id(t))
            .add("organization", o -> Fields.ref(Organization.TYPE, o.organizationId),
                    (to, from) -> to.organizationId = from.organizationId,
                    (o, t) -> o.organizationId = Fields.id(t))
            .add("role", o -> o.role, (to, from) -> to.role = from.role,
                    (o, t) -> o.role = t)
            .add("from", o -> o.from, (to, from) -> to.from = from.from,
                    (o, t) -> o.from = Fields.date(t))
            .add("to", o -> o.to, (to, from) -> to.to = from.to,
                    (o, t) -> o.to = Fields.date(t));

    /** How a past read ({@link PastState}) sets an office back to an earlier state. */
    public static final PastState.Kind<Office> PAST = new PastState.Kind<>(TYPE, Office.class, FIELDS, Office::new);

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "organization_id")
    public Long organizationId;

    public String role;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "from_date")),
            @AttributeOverride(name = "end", column = @Column(name = "from_end")),
            @AttributeOverride(name = "precision", column = @Column(name = "from_precision")),
            @AttributeOverride(name = "basis", column = @Column(name = "from_basis")),
            @AttributeOverride(name = "note", column = @Column(name = "from_note"))})
    public PartialDate from;

    /** Null while the office is still held. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "to_date")),
            @AttributeOverride(name = "end", column = @Column(name = "to_end")),
            @AttributeOverride(name = "precision", column = @Column(name = "to_precision")),
            @AttributeOverride(name = "basis", column = @Column(name = "to_basis")),
            @AttributeOverride(name = "note", column = @Column(name = "to_note"))})
    public PartialDate to;

    /** True when the office was held on the day: started on or before it, not ended before it. */
    public boolean heldOn(LocalDate day) {
        boolean started = from == null || from.date == null || !from.date.isAfter(day);
        boolean notEnded = to == null || to.date == null || !to.end.isBefore(day);
        return started && notEnded;
    }

    public static List<Office> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        InList in = InList.of("people", personIds);
        return list("personId in " + in.hql() + " and retractedAt is null order by from.date desc nulls last, id", in.params());
    }

    /** Of a person's offices, the one held on the day, preferring one in the given organization; or null. */
    public static Office heldOn(List<Office> offices, LocalDate day, Long organizationId) {
        Office any = null;
        for (Office o : offices) {
            if (o.heldOn(day)) {
                if (o.organizationId.equals(organizationId)) {
                    return o;
                }
                any = any == null ? o : any;
            }
        }
        return any;
    }
}

package org.parley.api;

import org.parley.person.Office;

import org.eclipse.microprofile.graphql.Id;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

@Type("Office")
@Name("Office")
@Description("A role a person holds in an organization over a period, e.g. Secretary General of NATO from 2024-10-01.")
public class OfficeNode implements Node {

    public static final String TYPE = "Office";

    private final Office office;

    public OfficeNode(Office office) {
        this.office = office;
    }

    @Ignore
    public Office entity() {
        return office;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, office.id);
    }

    @NonNull
    @Description("The role, in English (\"Prime Minister of the United Kingdom\").")
    public String getRole() {
        return office.role;
    }

    @Description("First day of the office, at `startPrecision`. Null when unknown.")
    public LocalDate getStartDate() {
        return office.from == null ? null : office.from.date;
    }

    @Description("Precision of `startDate`.")
    public DatePrecision getStartPrecision() {
        return office.from == null ? null : office.from.precision;
    }

    @Description("How `startDate` was obtained; start dates usually come from general knowledge (INFERRED).")
    public DateBasis getStartBasis() {
        return office.from == null ? null : office.from.basis;
    }

    @Description("Last day of the office; null while it is still held.")
    public LocalDate getEndDate() {
        return office.to == null ? null : office.to.end;
    }

    @Description("Precision of `endDate`.")
    public DatePrecision getEndPrecision() {
        return office.to == null ? null : office.to.precision;
    }

    @Description("How `endDate` was obtained.")
    public DateBasis getEndBasis() {
        return office.to == null ? null : office.to.basis;
    }

    @Description("How inferred start or end dates were worked out.")
    public String getDateNote() {
        return joinNotes(office.from, office.to);
    }

    private static String joinNotes(PartialDate from, PartialDate to) {
        String a = from == null ? null : from.note;
        String b = to == null ? null : to.note;
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    @NonNull
    @Description("Version of the stored record; give it back in `updateOffice`, so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(office.version);
    }

    @NonNull
    @Description("True when a curator retracted the office. Retracted offices are left out of `offices` and of participants' `office`.")
    public boolean isRetracted() {
        return office.retractedAt != null;
    }

    @Description("When the office was retracted, UTC; null when it stands.")
    public java.time.LocalDateTime getRetractedAt() {
        return office.retractedAt;
    }

    @Description("Why the office was retracted; null when it stands.")
    public String getRetractionReason() {
        return office.retractionReason;
    }
}

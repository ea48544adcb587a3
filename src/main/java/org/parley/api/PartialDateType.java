package org.parley.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

/** The GraphQL type {@code PartialDate}: a date as known, the output twin of {@code PartialDateInput}. */
@Type("PartialDate")
@Name("PartialDate")
@Description("A date known to the day, the month or the year, with how it was obtained. Never a made-up day: `value` is written at its precision (`2025`, `2025-02`, `2025-02-27`); `start` and `end` bound the period it names. Value type (no `id`): a date is its fields, and belongs to the object that has it.")
public class PartialDateType {

    private final PartialDate date;

    public PartialDateType(PartialDate date) {
        this.date = date;
    }

    /** Null in, null out: most dated fields are optional. */
    static PartialDateType of(PartialDate date) {
        return date == null || date.date == null ? null : new PartialDateType(date);
    }

    @NonNull
    @Description("The date at its precision: `2025-02-27`, `2025-02` or `2025`; give it back as `PartialDateInput.value`.")
    public String getValue() {
        return date.text();
    }

    @NonNull
    @Description("Whether the date is known to the day, the month or the year.")
    public DatePrecision getPrecision() {
        return date.precision;
    }

    @NonNull
    @Description("How the date was obtained.")
    public DateBasis getBasis() {
        return date.basis;
    }

    @NonNull
    @Description("True when the source did not state the date: it was resolved from a relative word, taken from the publication month, or inferred from general knowledge.")
    public boolean isInferred() {
        return date.basis.isInferred();
    }

    @Description("How an inferred date was worked out.")
    public String getNote() {
        return date.note;
    }

    @NonNull
    @Description("First day of the period `value` names.")
    public LocalDate getStart() {
        return date.date;
    }

    @NonNull
    @Description("Last day of the period `value` names.")
    public LocalDate getEnd() {
        return date.end;
    }
}

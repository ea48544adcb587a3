package org.parley.api;

import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

/**
 * The date fields of every dated type (meetings, positions, status changes): {@code when}, and the
 * older flat fields, deprecated in its favour.
 */
public abstract class DatedType {

    private final PartialDate known;

    protected DatedType(PartialDate date) {
        this.known = date;
    }

    @Description("The date as known, with its precision and basis; null when no date is known. Prefer it to the flat `date…` fields.")
    public PartialDateType getWhen() {
        return PartialDateType.of(known);
    }

    @Deprecated
    @Description("First day of the period the date is known to (see `datePrecision`). Null when no date is known. Deprecated: use `when`, which carries the same facts without a made-up day.")
    public LocalDate getDate() {
        return known == null ? null : known.date;
    }

    @Deprecated
    @Description("Last day of the period the date is known to: the same day for DAY, the month's or year's last day for MONTH and YEAR, the interval's last day for RANGE. Null when no date is known. Deprecated: use `when.end`.")
    public LocalDate getDateEnd() {
        return known == null ? null : known.end;
    }

    @Deprecated
    @Description("Whether `date` is known to the day, the month, the year or an interval of days (RANGE). A MONTH date is not a claim about its first day. Deprecated: use `when`, which carries the same facts without a made-up day.")
    public DatePrecision getDatePrecision() {
        return known == null ? null : known.precision;
    }

    @Deprecated
    @Description("The date as known, at its precision: `2025-02-27`, `2025-02`, `2025` or, for RANGE, `2025-02-28/2025-03-01`. Deprecated: use `when`, which carries the same facts without a made-up day.")
    public String getDateText() {
        return known == null ? null : known.text();
    }

    @Deprecated
    @Description("How the date was obtained. Deprecated: use `when`, which carries the same facts without a made-up day.")
    public DateBasis getDateBasis() {
        return known == null ? null : known.basis;
    }

    @Deprecated
    @Description("True when the date was not stated by the source but inferred (resolved from a relative word, taken from the publication month, or from general knowledge). Deprecated: use `when`, which carries the same facts without a made-up day.")
    public Boolean getDateInferred() {
        return known == null ? null : known.basis.isInferred();
    }

    @Deprecated
    @Description("How an inferred date was worked out. Deprecated: use `when`, which carries the same facts without a made-up day.")
    public String getDateNote() {
        return known == null ? null : known.note;
    }
}

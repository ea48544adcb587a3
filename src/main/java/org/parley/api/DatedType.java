package org.parley.api;

import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

/** The date fields shared by meetings and positions: the date and, beside it, what it is worth. */
public abstract class DatedType {

    private final PartialDate when;

    protected DatedType(PartialDate date) {
        this.when = date;
    }

    @Description("First day of the period the date is known to (see `datePrecision`). Null when no date is known.")
    public LocalDate getDate() {
        return when == null ? null : when.date;
    }

    @Description("Last day of the period the date is known to: the same day for DAY, the month's or year's last day for MONTH and YEAR, the interval's last day for RANGE. Null when no date is known.")
    public LocalDate getDateEnd() {
        return when == null ? null : when.end;
    }

    @Description("Whether `date` is known to the day, the month, the year or an interval of days (RANGE). A MONTH date is not a claim about its first day.")
    public DatePrecision getDatePrecision() {
        return when == null ? null : when.precision;
    }

    @Description("The date as known, at its precision: `2025-02-27`, `2025-02`, `2025` or, for RANGE, `2025-02-28/2025-03-01`.")
    public String getDateText() {
        return when == null ? null : when.text();
    }

    @Description("How the date was obtained.")
    public DateBasis getDateBasis() {
        return when == null ? null : when.basis;
    }

    @Description("True when the date was not stated by the source but inferred (resolved from a relative word, taken from the publication month, or from general knowledge).")
    public Boolean getDateInferred() {
        return when == null ? null : when.basis.isInferred();
    }

    @Description("How an inferred date was worked out.")
    public String getDateNote() {
        return when == null ? null : when.note;
    }
}

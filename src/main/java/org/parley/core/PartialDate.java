package org.parley.core;

import org.parley.core.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month, a year or an interval of days, with how it was obtained.
 * The stored date is the first day of the period and {@link #end} its last, so range
 * queries and ordering work on one column.
 */
@Embeddable
public class PartialDate {

    private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** An interval of days, ISO 8601 style: "2025-02-28/2025-03-01". */
    private static final Pattern INTERVAL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    @Column(name = "event_date")
    public LocalDate date;

    /** Last day of the period the precision names; kept so range filters use an index. */
    @Column(name = "date_end")
    public LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision precision;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_basis")
    public DateBasis basis;

    @Column(name = "date_note")
    public String note;

    public PartialDate() {
    }

    /** A date at DAY, MONTH or YEAR precision; the end follows from the precision. */
    public PartialDate(LocalDate date, DatePrecision precision, DateBasis basis, String note) {
        this(date, switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case RANGE -> throw new IllegalArgumentException("a RANGE date needs its last day");
        }, precision, basis, note);
    }

    private PartialDate(LocalDate date, LocalDate end, DatePrecision precision, DateBasis basis, String note) {
        this.date = date;
        this.end = end;
        this.precision = precision;
        this.basis = basis;
        this.note = note;
    }

    /**
     * A day somewhere between {@code first} and {@code last}, both included.
     *
     * @throws IllegalArgumentException when the interval is empty or a single day (that is a DAY date)
     */
    public static PartialDate range(LocalDate first, LocalDate last, DateBasis basis, String note) {
        if (!last.isAfter(first)) {
            throw new IllegalArgumentException("range '" + first + "/" + last
                    + "' must end after it starts (a single day is a DAY date)");
        }
        return new PartialDate(first, last, DatePrecision.RANGE, basis, note);
    }

    /**
     * Parses "2025-02-27", "2025-02", "2025" or, for RANGE, "2025-02-28/2025-03-01" and checks
     * it agrees with the precision.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PartialDate parse(String value, DatePrecision precision, DateBasis basis, String note) {
        if (value == null || precision == null || basis == null) {
            throw new IllegalArgumentException("a date needs value, precision and basis");
        }
        Matcher interval = INTERVAL.matcher(value);
        if (interval.matches() != (precision == DatePrecision.RANGE)) {
            throw new IllegalArgumentException(precision == DatePrecision.RANGE
                    ? "date '" + value + "' is not an interval YYYY-MM-DD/YYYY-MM-DD but its precision is RANGE"
                    : "date '" + value + "' is written as an interval but its precision is " + precision);
        }
        if (precision == DatePrecision.RANGE) {
            try {
                LocalDate start = LocalDate.parse(interval.group(1));
                LocalDate end = LocalDate.parse(interval.group(2));
                requireYearFromOne(start.getYear(), value);
                requireYearFromOne(end.getYear(), value);
                return range(start, end, basis, note);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("impossible date in '" + value + "'");
            }
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed date '" + value
                    + "': expected YYYY-MM-DD, YYYY-MM, YYYY or (for RANGE) YYYY-MM-DD/YYYY-MM-DD");
        }
        DatePrecision written = m.group(3) != null ? DatePrecision.DAY
                : m.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        if (written != precision) {
            throw new IllegalArgumentException("date '" + value + "' is written to the " + written
                    + " but its precision is " + precision);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            requireYearFromOne(year, value);
            LocalDate date = switch (precision) {
                case DAY -> LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                case MONTH -> YearMonth.of(year, Integer.parseInt(m.group(2))).atDay(1);
                case YEAR -> LocalDate.of(year, 1, 1);
                case RANGE -> throw new IllegalStateException("handled above");
            };
            return new PartialDate(date, precision, basis, note);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date '" + value + "'");
        }
    }

    /**
     * Year 0000 fits the four digits but is no calendar year (ISO would read it as 1 BC, and it
     * would come back as "0"); the years run from 0001 to 9999, as in the Date scalar.
     */
    public static void requireYearFromOne(int year, String value) {
        if (year < 1) {
            throw new IllegalArgumentException("impossible date '" + value + "': the year must be from 0001 to 9999");
        }
    }

    /** The date as written at its precision: "2025-02-27", "2025-02", "2025" or "2025-02-28/2025-03-01". */
    public String text() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
            case RANGE -> date + "/" + end;
        };
    }

    /**
     * The stored form of an optional date; a value that does not parse is BAD_USER_INPUT naming
     * {@code field}.value.
     */
    public static PartialDate of(PartialDateInput input, String field) {
        if (input == null) {
            return null;
        }
        try {
            return PartialDate.parse(input.value, input.precision, input.basis, input.note);
        } catch (IllegalArgumentException e) {
            throw ParleyException.badField(field + ".value", "Invalid date: " + e.getMessage());
        }
    }
}

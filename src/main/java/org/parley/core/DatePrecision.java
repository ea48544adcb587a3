package org.parley.core;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date is known. A date is never stored more precisely than its evidence allows.")
public enum DatePrecision {
    @Description("The exact day is known.")
    DAY,
    @Description("Only the month is known; the date field holds the first day of that month.")
    MONTH,
    @Description("Only the year is known; the date field holds 1 January of that year.")
    YEAR,
    @Description("Only an interval of days is known (\"28 February or 1 March\"): it happened on one day between `date` and `dateEnd`, both included. Written `2025-02-28/2025-03-01`.")
    RANGE
}

package org.parley.core;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date is known. A date is never stored more precisely than its evidence allows.")
public enum DatePrecision {
    @Description("The exact day is known.")
    DAY,
    @Description("Only the month is known; the date field holds the first day of that month.")
    MONTH,
    @Description("Only the year is known; the date field holds 1 January of that year.")
    YEAR
}

package org.parley.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The one way a partial date comes in; it goes out as the {@code PartialDate} type with the same fields. */
@Input("PartialDateInput")
@Description("A date known to the day, the month, the year or an interval of days, with how it was obtained. The same shape as the `PartialDate` type that dated facts show in `when`.")
public class PartialDateInput {

    @NonNull
    @NotNull
    @Size(max = 21)
    @Description("The date at its precision: `2025-02-27`, `2025-02`, `2025` or, for RANGE, `2025-02-28/2025-03-01`.")
    public String value;

    @NonNull
    @NotNull
    @Description("The precision `value` is written to; they must agree.")
    public DatePrecision precision;

    @NonNull
    @NotNull
    @Description("How the date was obtained.")
    public DateBasis basis;

    @Size(max = 1000)
    @Description("How an inferred date was worked out (at most 1,000 characters).")
    public String note;

}

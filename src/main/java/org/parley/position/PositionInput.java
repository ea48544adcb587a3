package org.parley.position;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;

/** The fields of a position that recordPosition sets and updatePosition may change. */
public abstract class PositionInput {

    @Id
    @Description("Global ID of the person who took the position. One of `holder` and `onBehalfOf` is required when recording.")
    public String holder;

    @Id
    @Description("Global ID of the organization on whose behalf the position was taken.")
    public String onBehalfOf;

    @Size(max = 300)
    @Description("The speaker as the source describes them when no person is named (at most 300 characters).")
    public String attributedTo;

    @Description("What kind of position it is.")
    public PositionKind kind;

    @Id
    @Description("Global ID of the topic.")
    public String topic;

    @Id
    @Description("Global ID of the person or organization the position is addressed to.")
    public String addressee;

    @Size(max = 1000)
    @Description("The condition the position depends on (at most 1,000 characters).")
    public String condition;

    @Size(min = 1, max = 2000)
    @Description("English summary (1 to 2,000 characters).")
    public String summary;

    @Size(max = 21)
    @Description("The date at its precision: `2025-02-27`, `2025-02`, `2025` or, for RANGE, `2025-02-28/2025-03-01`.")
    public String date;

    @Description("The precision `date` is written to.")
    public DatePrecision datePrecision;

    @Description("How the date was obtained.")
    public DateBasis dateBasis;

    @Size(max = 1000)
    @Description("How an inferred date was worked out (at most 1,000 characters).")
    public String dateNote;

    @Id
    @Description("Global ID of the meeting at which the position was taken.")
    public String meeting;
}

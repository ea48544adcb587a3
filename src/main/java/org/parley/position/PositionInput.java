package org.parley.position;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;

/** The fields of a position that are optional both when recording and when updating it. */
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


    @Id
    @Description("Global ID of the topic.")
    public String topic;

    @Id
    @Description("Global ID of the person or organization the position is addressed to.")
    public String addressee;

    @Size(max = 1000)
    @Description("The condition the position depends on (at most 1,000 characters).")
    public String condition;



    @Id
    @Description("Global ID of the meeting at which the position was taken.")
    public String meeting;
}

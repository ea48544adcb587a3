package org.parley.position;

import org.eclipse.microprofile.graphql.Description;

@Description("A key to group positions by in `positionStats`. Positions without the key (no holder, no topic, a status only commitments have, a date period longer than the month or year) form the group whose key is null.")
public enum PositionGroupBy {
    @Description("The person who took the position.")
    HOLDER,
    @Description("The organization on whose behalf it was taken.")
    ORGANIZATION,
    @Description("The kind of position.")
    KIND,
    @Description("What became of a commitment.")
    STATUS,
    @Description("The topic.")
    TOPIC,
    @Description("The year, for positions whose date period lies within one year.")
    YEAR,
    @Description("The month, for positions whose date period lies within one month (known to the day, the month, or a range of days inside one month).")
    MONTH
}

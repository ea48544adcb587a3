package org.parley.api;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.parley.core.SortDirection;
import org.parley.meeting.MeetingOrderField;

/** The GraphQL input {@code MeetingOrder}. */
@Input("MeetingOrder")
@Description("The order of a meetings list. Cursors remember it: a cursor continues only the order it came from (another order is BAD_USER_INPUT on `after`).")
public class MeetingOrderInput {

    @DefaultValue("DATE")
    @Description("What to sort by.")
    public MeetingOrderField field = MeetingOrderField.DATE;

    @DefaultValue("ASC")
    @Description("Which way.")
    public SortDirection direction = SortDirection.ASC;

    /** The field; DATE when a client sent null. */
    MeetingOrderField field() {
        return field == null ? MeetingOrderField.DATE : field;
    }

    /** The direction; ASC when a client sent null. */
    SortDirection direction() {
        return direction == null ? SortDirection.ASC : direction;
    }

    /** Date order in this direction (what the older `order` argument means). */
    static MeetingOrderInput byDate(SortDirection direction) {
        MeetingOrderInput order = new MeetingOrderInput();
        order.direction = direction;
        return order;
    }
}

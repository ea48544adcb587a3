package org.parley.api;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.parley.core.SortDirection;
import org.parley.position.PositionOrderField;

/** The GraphQL input {@code PositionOrder}. */
@Input("PositionOrder")
@Description("The order of a positions list. Cursors remember it: a cursor continues only the order it came from (another order is BAD_USER_INPUT on `after`).")
public class PositionOrderInput {

    @DefaultValue("DATE")
    @Description("What to sort by.")
    public PositionOrderField field = PositionOrderField.DATE;

    @DefaultValue("ASC")
    @Description("Which way.")
    public SortDirection direction = SortDirection.ASC;

    /** The field; DATE when a client sent null. */
    PositionOrderField field() {
        return field == null ? PositionOrderField.DATE : field;
    }

    /** The direction; ASC when a client sent null. */
    SortDirection direction() {
        return direction == null ? SortDirection.ASC : direction;
    }

    /** Date order in this direction (what the older `order` argument means). */
    static PositionOrderInput byDate(SortDirection direction) {
        PositionOrderInput order = new PositionOrderInput();
        order.direction = direction;
        return order;
    }
}

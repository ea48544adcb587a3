package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of positions. " + PageInfo.VALUE_TYPE_PAGE)
public class PositionConnection extends Connection<PositionType, PositionConnection.PositionEdge> {

    public PositionConnection(Slice<PositionType> slice) {
        super(slice, PositionEdge::new);
    }

    @Description("A position with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record PositionEdge(
            @NonNull @Description("Cursor of this position, for `after` or `before`.") String cursor,
            @NonNull @Description("The position.") PositionType node) {
    }
}

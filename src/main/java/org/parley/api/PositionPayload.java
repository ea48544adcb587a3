package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The position after a change. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class PositionPayload {

    private final PositionType position;

    public PositionPayload(PositionType position) {
        this.position = position;
    }

    @NonNull
    @Description("The position as stored, with its new `version`.")
    public PositionType getPosition() {
        return position;
    }
}

package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The position after a change.")
public class PositionPayload {

    private final PositionNode position;

    public PositionPayload(PositionNode position) {
        this.position = position;
    }

    @NonNull
    @Description("The position as stored, with its new `version`.")
    public PositionNode getPosition() {
        return position;
    }
}

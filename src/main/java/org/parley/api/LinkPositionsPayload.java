package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The two positions after linking them. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class LinkPositionsPayload {

    private final PositionType later;
    private final PositionType earlier;

    public LinkPositionsPayload(PositionType later, PositionType earlier) {
        this.later = later;
        this.earlier = earlier;
    }

    @NonNull
    @Description("The later position; its `supersedes` now lists the earlier one.")
    public PositionType getLater() {
        return later;
    }

    @NonNull
    @Description("The earlier position; its `supersededBy` now lists the later one.")
    public PositionType getEarlier() {
        return earlier;
    }
}

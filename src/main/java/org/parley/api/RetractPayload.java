package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The fact after its retraction. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class RetractPayload {

    private final Node node;

    public RetractPayload(Node node) {
        this.node = node;
    }

    @NonNull
    @Description("The retracted fact; its `retracted` is now true. It still resolves by ID but is left out of lists.")
    public Node getNode() {
        return node;
    }
}

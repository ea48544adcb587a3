package org.parley.api;

import org.parley.position.PositionLink;
import org.parley.position.PositionLinkKind;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PositionLink")
@Name("PositionLink")
@Description("A link between two positions of the same actor: a later one that supersedes or reverses an earlier one.")
public class PositionLinkNode {

    private final PositionLink link;
    private final Long otherId;

    /** @param otherId the position at the far end of the link, seen from the one asked */
    public PositionLinkNode(PositionLink link, Long otherId) {
        this.link = link;
        this.otherId = otherId;
    }

    @Ignore
    public Long otherId() {
        return otherId;
    }

    @NonNull
    @Description("How the later position relates to the earlier one.")
    public PositionLinkKind getKind() {
        return link.kind;
    }

    @NonNull
    @Description("The curator who linked them (JWT subject).")
    public String getLinkedBy() {
        return link.createdBy;
    }
}

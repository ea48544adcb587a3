package org.parley.api;

import org.parley.position.PositionLink;
import org.parley.position.PositionLinkKind;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.position.Position;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL type {@code PositionLink}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("PositionLink")
@Name("PositionLink")
@Description("A link between two positions of the same actor: a later one that supersedes or reverses an earlier one.")
public class PositionLinkType {

    private final PositionLink link;
    private final Long otherId;

    PositionLinkType() {
        this(new PositionLink(), null);
    }

    /** @param otherId the position at the far end of the link, seen from the one asked */
    public PositionLinkType(PositionLink link, Long otherId) {
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

    @Name("position")
    @Description("The position at the other end of the link.")
    public List<@NonNull PositionType> position(@Source List<PositionLinkType> links) {
        return Batch.one(links, PositionLinkType::otherId, Position::byIds, p -> p.id, PositionType::new);
    }
}

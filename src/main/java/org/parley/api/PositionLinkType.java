package org.parley.api;

import org.parley.position.PositionLink;
import org.parley.position.PositionLinkKind;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.core.Fact;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.eclipse.microprofile.graphql.Id;
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
public class PositionLinkType implements Node {

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

    /** Hidden from default reads when either position is retracted, as in `supersedes`/`supersededBy`. */
    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(PositionLink.TYPE, PositionLink.class,
                (PositionLink l) -> new PositionLinkType(l, l.earlierId))
                .standingWhen("x.laterId in " + Fact.standingIds("Position")
                        + " and x.earlierId in " + Fact.standingIds("Position"));
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID of this link: the same from both of its positions.")
    public String getId() {
        return NodeId.of(PositionLink.TYPE, link.id);
    }

    @Ignore
    public Long otherId() {
        return otherId;
    }

    @Ignore
    public Long earlierId() {
        return link.earlierId;
    }

    @Ignore
    public Long laterId() {
        return link.laterId;
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
    @Deprecated
    @Description("The position at the other end of the link from the one it was read from (the earlier one when read through `node`/`nodes`). Deprecated: the same link reads differently from its two ends, so a normalised client cache that meets it from both keeps only one answer; use `earlier` and `later`.")
    public List<@NonNull PositionType> position(@Source List<PositionLinkType> links) {
        return Batch.one(links, PositionLinkType::otherId, Position::byIds, p -> p.id, PositionType::new);
    }

    @Name("earlier")
    @Description("The earlier position, the one superseded or reversed.")
    public List<@NonNull PositionType> earlier(@Source List<PositionLinkType> links) {
        return Batch.one(links, PositionLinkType::earlierId, Position::byIds, p -> p.id, PositionType::new);
    }

    @Name("later")
    @Description("The later position, the one that supersedes or reverses the earlier one.")
    public List<@NonNull PositionType> later(@Source List<PositionLinkType> links) {
        return Batch.one(links, PositionLinkType::laterId, Position::byIds, p -> p.id, PositionType::new);
    }
}

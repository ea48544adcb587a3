package org.parley.api;

import org.parley.position.Topic;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.parley.core.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

/** The GraphQL type {@code Topic}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Topic")
@Name("Topic")
@Description("A subject positions are about, from a small controlled list.")
public class TopicType implements Node {

    private final Topic topic;

    TopicType() {
        this(new Topic());
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Topic.TYPE, Topic.class, TopicType::new);
    }

    public TopicType(Topic topic) {
        this.topic = topic;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(Topic.TYPE, topic.id);
    }

    @Description("Stable short name, usable as the `topic` argument of `positions` (\"security-guarantees\").")
    public String getSlug() {
        return topic.datasetKey;
    }

    @NonNull
    @Description("English name.")
    public String getName() {
        return topic.name;
    }

    @Description("What the topic covers.")
    public String getDescription() {
        return topic.description;
    }
}

package org.parley.api;

import org.parley.position.Topic;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

@Type("Topic")
@Name("Topic")
@Description("A subject positions are about, from a small controlled list.")
public class TopicNode implements Node {

    public static final String TYPE = "Topic";

    private final Topic topic;

    public TopicNode(Topic topic) {
        this.topic = topic;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, topic.id);
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

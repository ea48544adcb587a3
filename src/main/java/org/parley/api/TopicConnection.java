package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of topics. " + PageInfo.VALUE_TYPE_PAGE)
public class TopicConnection extends Connection<TopicType, TopicConnection.TopicEdge> {

    public TopicConnection(Slice<TopicType> slice) {
        super(slice, TopicEdge::new);
    }

    @Description("A topic with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record TopicEdge(
            @NonNull @Description("Cursor of this topic, for `after` or `before`.") String cursor,
            @NonNull @Description("The topic.") TopicType node) {
    }
}

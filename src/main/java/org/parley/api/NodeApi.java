package org.parley.api;

import org.parley.core.NodeId;
import org.parley.core.ParleyException;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.meeting.Meeting;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.Topic;
import org.parley.source.Article;

@GraphQLApi
public class NodeApi {

    @Query("node")
    @Description("Any object by its global ID. An ID that is well-formed but names nothing is a NOT_FOUND error.")
    public @NonNull Node node(@NonNull @Id @Description("A global ID from any `id` field.") String id) {
        NodeId ref = NodeId.parse(id, "id");
        Node found = switch (ref.type()) {
            case PersonNode.TYPE -> wrap(Person.<Person>findById(ref.id()), PersonNode::new);
            case OrganizationNode.TYPE -> wrap(Organization.<Organization>findById(ref.id()), OrganizationNode::new);
            case OfficeNode.TYPE -> wrap(Office.<Office>findById(ref.id()), OfficeNode::new);
            case MeetingNode.TYPE -> wrap(Meeting.<Meeting>findById(ref.id()), MeetingNode::new);
            case PositionNode.TYPE -> wrap(Position.<Position>findById(ref.id()), PositionNode::new);
            case TopicNode.TYPE -> wrap(Topic.<Topic>findById(ref.id()), TopicNode::new);
            case ArticleNode.TYPE -> wrap(Article.<Article>findById(ref.id()), ArticleNode::new);
            default -> null;
        };
        if (found == null) {
            throw ParleyException.notFound("Nothing has the ID '" + id + "'");
        }
        return found;
    }

    private static <E> Node wrap(E entity, java.util.function.Function<E, Node> toNode) {
        return entity == null ? null : toNode.apply(entity);
    }
}

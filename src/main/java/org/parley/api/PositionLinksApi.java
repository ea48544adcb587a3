package org.parley.api;

import org.parley.position.Topic;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.meeting.Meeting;
import org.parley.person.Organization;
import org.parley.person.Person;

/** The fields of a position that point elsewhere; each is one query for a whole list of positions. */
@GraphQLApi
public class PositionLinksApi {

    @Name("holder")
    @Description("The person who took the position; null when the sources name only an organization or group (see `onBehalfOf`, `attributedTo`).")
    public List<PersonNode> holder(@Source List<PositionNode> positions) {
        return Batch.one(positions, p -> p.entity().holderId, ids -> Person.list("id in ?1", ids),
                p -> p.id, PersonNode::new);
    }

    @Name("onBehalfOf")
    @Description("The organization on whose behalf the position was taken.")
    public List<OrganizationNode> onBehalfOf(@Source List<PositionNode> positions) {
        return Batch.one(positions, p -> p.entity().organizationId, ids -> Organization.list("id in ?1", ids),
                o -> o.id, OrganizationNode::new);
    }

    @Name("addressee")
    @Description("Whom the position is addressed to, if anyone: a person or an organization.")
    public List<Actor> addressee(@Source List<PositionNode> positions) {
        List<PersonNode> people = Batch.one(positions, p -> p.entity().addresseePersonId,
                ids -> Person.list("id in ?1", ids), p -> p.id, PersonNode::new);
        List<OrganizationNode> organizations = Batch.one(positions, p -> p.entity().addresseeOrganizationId,
                ids -> Organization.list("id in ?1", ids), o -> o.id, OrganizationNode::new);
        List<Actor> result = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            result.add(people.get(i) != null ? people.get(i) : organizations.get(i));
        }
        return result;
    }

    @Name("topic")
    @Description("What the position is about.")
    public List<TopicNode> topic(@Source List<PositionNode> positions) {
        return Batch.one(positions, p -> p.entity().topicId, ids -> Topic.list("id in ?1", ids),
                t -> t.id, TopicNode::new);
    }

    @Name("meeting")
    @Description("The meeting at which the position was taken, if it was taken at one.")
    public List<MeetingNode> meeting(@Source List<PositionNode> positions) {
        return Batch.one(positions, p -> p.entity().meetingId, ids -> Meeting.list("id in ?1", ids),
                m -> m.id, MeetingNode::new);
    }

}

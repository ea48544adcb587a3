package org.parley.api;

import org.parley.meeting.Meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.Person;

/** The fields of a participant; each is one query for all participants of all meetings asked for. */
@GraphQLApi
public class ParticipantApi {

    @Name("person")
    @Description("The person; null for a delegation known only by its organization.")
    public List<PersonNode> person(@Source List<ParticipantNode> participants) {
        return Batch.one(participants, p -> p.entity().personId, ids -> Person.list("id in ?1", ids),
                p -> p.id, PersonNode::new);
    }

    @Name("onBehalfOf")
    @Description("The organization the participant represents.")
    public List<OrganizationNode> onBehalfOf(@Source List<ParticipantNode> participants) {
        return Batch.one(participants, p -> p.entity().organizationId, ids -> Organization.list("id in ?1", ids),
                o -> o.id, OrganizationNode::new);
    }

    @Name("office")
    @Description("The office the person held on the day of the meeting (preferring one in the organization they represent); null when unknown or the meeting is undated.")
    public List<OfficeNode> office(@Source List<ParticipantNode> participants) {
        Map<Long, List<Office>> byPerson = new HashMap<>();
        for (Office o : Office.ofPeople(Batch.ids(participants, p -> p.entity().personId))) {
            byPerson.computeIfAbsent(o.personId, k -> new ArrayList<>()).add(o);
        }
        List<OfficeNode> result = new ArrayList<>(participants.size());
        for (ParticipantNode p : participants) {
            Meeting meeting = p.meeting();
            LocalDate day = meeting.date == null ? null : meeting.date.date;
            Office held = day == null ? null : heldOn(byPerson.getOrDefault(p.entity().personId, List.of()), day,
                    p.entity().organizationId);
            result.add(held == null ? null : new OfficeNode(held));
        }
        return result;
    }

    private static Office heldOn(List<Office> offices, LocalDate day, Long organizationId) {
        Office any = null;
        for (Office o : offices) {
            if (o.heldOn(day)) {
                if (o.organizationId.equals(organizationId)) {
                    return o;
                }
                any = any == null ? o : any;
            }
        }
        return any;
    }
}

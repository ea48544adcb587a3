package org.parley.api;

import org.parley.core.Ahead;
import org.parley.core.PageRequest;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.Batch;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.parley.meeting.Meeting;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.position.Attribution;
import org.parley.position.CommitmentStatus;
import org.parley.position.CommitmentStatusChange;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.position.PositionLink;
import org.parley.position.Topic;
import org.parley.source.Evidence;

/**
 * The GraphQL type {@code Position}: every field of it. Scalar fields are getters of the
 * value; fields that point elsewhere are batch resolvers ({@code @Source List<PositionType>}),
 * one statement for all positions of a response. CDI creates one instance (without a position)
 * to call the resolvers on.
 */
@GraphQLApi
@Type("Position")
@Name("Position")
@Description("A position someone takes — a commitment, demand, refusal, threat, stance … — traced to the articles that report it.")
public class PositionType extends DatedType implements Node, Retractable {

    private final Position position;

    @Inject
    History revisions;

    /** Nested fields fetched ahead with this one (see CommitmentsView). */
    private final Ahead ahead = new Ahead();

    PositionType() {
        this(new Position());
    }

    public PositionType(Position position) {
        super(position.date);
        this.position = position;
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Position.TYPE, Position.class, PositionType::new);
    }

    @Ignore
    @Override
    public Position entity() {
        return position;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(Position.TYPE, position.id);
    }

    @NonNull
    @Description("What kind of position it is.")
    public PositionKind getKind() {
        return position.kind;
    }

    @NonNull
    @Description("English summary of the position.")
    public String getSummary() {
        return position.summary;
    }

    @Description("The condition the position depends on, if any (\"if a ceasefire is agreed\").")
    public String getCondition() {
        return position.condition;
    }

    @Description("For commitments: what became of it. Null for other kinds.")
    public CommitmentStatus getStatus() {
        return position.status;
    }

    @Description("The speaker as the source describes them when no person is named (\"a spokesperson of the US administration\").")
    public String getAttributedTo() {
        return position.attributedTo;
    }

    @Description("Whose words the position is in: SAID (attributed to the holder), REPORTED (the article's own report of what the holder does) or ASSESSED (the article's hedged assessment of the holder's intentions). Null for positions recorded through the API, where it is not asked.")
    public Attribution getAttribution() {
        return position.attribution;
    }

    @Name("holder")
    @Description("The person who took the position; null when the sources name only an organization or group (see `onBehalfOf`, `attributedTo`).")
    public List<PersonType> holder(@Source List<PositionType> positions) {
        List<PersonType> ahead = Ahead.of(positions, PositionType::ahead, "holder");
        if (ahead != null) {
            return ahead;
        }
        return Batch.one(positions, p -> p.position.holderId, Person::byIds, p -> p.id, PersonType::new);
    }

    @Name("onBehalfOf")
    @Description("The organization on whose behalf the position was taken.")
    public List<OrganizationType> onBehalfOf(@Source List<PositionType> positions) {
        return Batch.one(positions, p -> p.position.organizationId, Organization::byIds, o -> o.id,
                OrganizationType::new);
    }

    @Name("addressee")
    @Description("Whom the position is addressed to, if anyone: a person or an organization.")
    public List<Actor> addressee(@Source List<PositionType> positions) {
        List<PersonType> people = Batch.one(positions, p -> p.position.addresseePersonId, Person::byIds,
                p -> p.id, PersonType::new);
        List<OrganizationType> organizations = Batch.one(positions, p -> p.position.addresseeOrganizationId,
                Organization::byIds, o -> o.id, OrganizationType::new);
        List<Actor> result = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            result.add(people.get(i) != null ? people.get(i) : organizations.get(i));
        }
        return result;
    }

    @Name("topic")
    @Description("What the position is about.")
    public List<TopicType> topic(@Source List<PositionType> positions) {
        return Batch.one(positions, p -> p.position.topicId, Topic::byIds, t -> t.id, TopicType::new);
    }

    @Name("meeting")
    @Description("The meeting at which the position was taken, if it was taken at one (and the meeting was not retracted).")
    public List<MeetingType> meeting(@Source List<PositionType> positions) {
        List<MeetingType> ahead = Ahead.of(positions, PositionType::ahead, "meeting");
        if (ahead != null) {
            return ahead;
        }
        return Batch.one(positions, p -> p.position.meetingId, Meeting::standingByIds, m -> m.id, MeetingType::new);
    }

    @Name("reactsTo")
    @Description("The meeting this position reacts to, when it was taken afterwards and not at the meeting (Zelensky calling the Oval Office clash \"niet goed\" in an interview); null otherwise or when that meeting was retracted.")
    public List<MeetingType> reactsTo(@Source List<PositionType> positions) {
        return Batch.one(positions, p -> p.position.reactsToMeetingId, Meeting::standingByIds, m -> m.id, MeetingType::new);
    }

    @Name("evidence")
    @Description(EvidenceType.FIELD_DESCRIPTION)
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<PositionType> positions) {
        List<List<EvidenceType>> ahead = Ahead.of(positions, PositionType::ahead, "evidence");
        if (ahead != null) {
            return ahead;
        }
        return EvidenceType.of(positions, p -> p.position.id, Evidence.Subject.POSITION);
    }

    @Name("supersedes")
    @Description("Earlier positions this one supersedes or reverses (retracted ones left out).")
    public List<@NonNull List<@NonNull PositionLinkType>> supersedes(@Source List<PositionType> positions) {
        return Batch.many(positions, p -> p.position.id, PositionLink::fromLater, l -> l.laterId,
                l -> new PositionLinkType(l, l.earlierId));
    }

    @Name("supersededBy")
    @Description("Later positions that supersede or reverse this one (retracted ones left out).")
    public List<@NonNull List<@NonNull PositionLinkType>> supersededBy(@Source List<PositionType> positions) {
        return Batch.many(positions, p -> p.position.id, PositionLink::toEarlier, l -> l.earlierId,
                l -> new PositionLinkType(l, l.laterId));
    }

    @Name("statusHistory")
    @Description("For commitments: every recorded change of status, oldest first. Empty while the commitment is as made.")
    public List<@NonNull List<@NonNull CommitmentStatusChangeType>> statusHistory(@Source List<PositionType> positions) {
        return Batch.many(positions, p -> p.position.id, CommitmentStatusChange::ofPositions, c -> c.positionId,
                CommitmentStatusChangeType::new);
    }

    @Ignore
    public Ahead ahead() {
        return ahead;
    }

    @Name("history")
    @Description(History.DESCRIPTION)
    public List<@NonNull AuditEntryConnection> history(@Source List<PositionType> facts,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        return revisions.of(Position.TYPE, facts.stream().map(f -> f.position.id).toList(), first, after);
    }
}

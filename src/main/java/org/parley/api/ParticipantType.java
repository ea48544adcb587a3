package org.parley.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.Ahead;
import org.parley.core.Batch;
import org.parley.core.Fact;
import org.parley.core.InList;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.ParticipantRole;
import org.parley.person.Office;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.source.Evidence;

/** The GraphQL type {@code Participant}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Participant")
@Name("Participant")
@Description("Someone taking part in a meeting: a person, or a delegation known only by its organization.")
public class ParticipantType implements Node {

    private final Attendance attendance;

    /** Nested fields fetched ahead with this one (see CommitmentsView). */
    private final Ahead ahead = new Ahead();
    /** The meeting, when the row was read with it; else {@link #office} loads it. */
    private final Meeting meeting;

    ParticipantType() {
        this(new Attendance(), new Meeting());
    }

    public ParticipantType(Attendance attendance, Meeting meeting) {
        this.attendance = attendance;
        this.meeting = meeting;
    }

    /** Hidden from default reads with its meeting. */
    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Attendance.TYPE, Attendance.class, (Attendance a) -> new ParticipantType(a, null))
                .standingWhen("x.meetingId in " + Fact.standingIds("Meeting"));
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID of this participation (one person or delegation at one meeting).")
    public String getId() {
        return NodeId.of(Attendance.TYPE, attendance.id);
    }

    @NonNull
    @Description("The part played in the meeting.")
    public ParticipantRole getRole() {
        return attendance.role;
    }

    @Name("person")
    @Description("The person; null for a delegation known only by its organization.")
    public List<PersonType> person(@Source List<ParticipantType> participants) {
        List<PersonType> ahead = Ahead.of(participants, ParticipantType::ahead, "person");
        if (ahead != null) {
            return ahead;
        }
        return peopleOf(participants);
    }

    /** The person of each participant (or null), read in one statement. */
    static List<PersonType> peopleOf(List<ParticipantType> participants) {
        return Batch.one(participants, p -> p.attendance.personId, Person::byIds, p -> p.id, PersonType::new);
    }

    @Name("onBehalfOf")
    @Description("The organization the participant represents.")
    public List<OrganizationType> onBehalfOf(@Source List<ParticipantType> participants) {
        return Batch.one(participants, p -> p.attendance.organizationId, Organization::byIds, o -> o.id,
                OrganizationType::new);
    }

    @Name("office")
    @Description("The office the person held on the day of the meeting (preferring one in the organization they represent); null when unknown or the meeting is undated.")
    public List<OfficeType> office(@Source List<ParticipantType> participants) {
        Map<Long, List<Office>> byPerson = new HashMap<>();
        for (Office o : Office.ofPeople(Batch.ids(participants, p -> p.attendance.personId))) {
            byPerson.computeIfAbsent(o.personId, k -> new ArrayList<>()).add(o);
        }
        Map<Long, Meeting> loaded = new HashMap<>();
        java.util.Set<Long> unread = Batch.ids(participants.stream().filter(p -> p.meeting == null).toList(),
                p -> p.attendance.meetingId);
        if (!unread.isEmpty()) { // only participants fetched by ID come without their meeting
            InList in = InList.of("ids", unread);
            Meeting.<Meeting>list("id in " + in.hql(), in.params()).forEach(m -> loaded.put(m.id, m));
        }
        List<OfficeType> result = new ArrayList<>(participants.size());
        for (ParticipantType p : participants) {
            Meeting meeting = p.meeting != null ? p.meeting : loaded.get(p.attendance.meetingId);
            LocalDate day = meeting == null || meeting.date == null ? null : meeting.date.date;
            Office held = day == null ? null : Office.heldOn(byPerson.getOrDefault(p.attendance.personId, List.of()),
                    day, p.attendance.organizationId);
            result.add(held == null ? null : new OfficeType(held));
        }
        return result;
    }

    @Name("evidence")
    @Description(EvidenceType.FIELD_DESCRIPTION)
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<ParticipantType> participants) {
        return EvidenceType.of(participants, p -> p.attendance.id, Evidence.Subject.ATTENDANCE);
    }

    @Ignore
    public Ahead ahead() {
        return ahead;
    }
}

package org.parley.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.Ahead;
import org.parley.core.Selected;
import org.parley.core.Batch;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.parley.core.PageRequest;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.source.Evidence;

/** The GraphQL type {@code Meeting}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Meeting")
@Name("Meeting")
@Description("A diplomatic meeting — a visit, summit, call or press conference — held, planned or called off.")
public class MeetingType extends DatedType implements Node, Retractable {

    private final Meeting meeting;

    /** The time the meeting is read as of (its participants too); null: now. */
    private final LocalDateTime asOf;

    @Inject
    History revisions;

    /** Nested fields fetched ahead with this one (see CommitmentsView). */
    private final Ahead ahead = new Ahead();

    MeetingType() {
        this(new Meeting());
    }

    public MeetingType(Meeting meeting) {
        this(meeting, null);
    }

    /** The meeting as read at {@code asOf}: {@code meeting} holds its fields then, and its participants are those it had then. */
    public MeetingType(Meeting meeting, LocalDateTime asOf) {
        super(meeting.date);
        this.meeting = meeting;
        this.asOf = asOf;
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Meeting.TYPE, Meeting.class, MeetingType::new);
    }

    @Ignore
    @Override
    public Meeting entity() {
        return meeting;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(Meeting.TYPE, meeting.id);
    }

    @NonNull
    @Description("Short English title.")
    public String getTitle() {
        return meeting.title;
    }

    @NonNull
    @Description("The form of the meeting.")
    public MeetingKind getKind() {
        return meeting.kind;
    }

    @NonNull
    @Description("Whether it was held, is planned or was called off, as far as the sources report.")
    public MeetingStatus getStatus() {
        return meeting.status;
    }

    @Description("Why a meeting was called off, as reported (\"agendatechnische problemen\").")
    public String getStatusReason() {
        return meeting.statusReason;
    }

    @Description("Where it takes place, in English.")
    public String getLocation() {
        return meeting.location;
    }

    @Description("English summary of what the sources report about it.")
    public String getSummary() {
        return meeting.summary;
    }

    @Name("participants")
    @Description("Everyone who took part, hosts first as recorded. On a meeting read `asOf` a past time, those it had then: a participant removed since is listed (without its quotes, which went with it), one added since is not.")
    public List<@NonNull List<@NonNull ParticipantType>> participants(@Source List<MeetingType> meetings) {
        List<List<ParticipantType>> ahead = Ahead.of(meetings, MeetingType::ahead, "participants");
        if (ahead != null) {
            return ahead;
        }
        Map<Long, Meeting> byId = new java.util.HashMap<>();
        meetings.forEach(m -> byId.put(m.meeting.id, m.meeting));
        // one batch per time read as of (almost always one: now, or the asOf of the list)
        Map<Optional<LocalDateTime>, List<Integer>> byTime = new LinkedHashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            byTime.computeIfAbsent(Optional.ofNullable(meetings.get(i).asOf), t -> new ArrayList<>()).add(i);
        }
        List<List<ParticipantType>> result = new ArrayList<>(Collections.nCopies(meetings.size(), List.of()));
        byTime.forEach((time, at) -> {
            List<MeetingType> group = at.stream().map(meetings::get).toList();
            List<List<ParticipantType>> found = Batch.many(group, m -> m.meeting.id,
                    ids -> time.isEmpty() ? Attendance.ofMeetings(ids) : Attendance.ofMeetingsAsOf(ids, time.get()),
                    a -> a.meetingId, a -> new ParticipantType(a, byId.get(a.meetingId)));
            for (int i = 0; i < at.size(); i++) {
                result.set(at.get(i), found.get(i));
            }
        });
        return result;
    }

    /**
     * Reads the participants of these meetings (current ones, not as of a past time), with their
     * people when {@code withPerson}, and hands them to the {@code participants} and {@code person}
     * fields ahead ({@link Ahead}). The people are joined in the same statement when
     * {@code joinPeople} (a few meetings: the headline), else read by id in a second one: for a
     * page of meetings PostgreSQL would hash the whole person table for the join.
     */
    static void participantsAhead(Map<Long, MeetingType> meetings, boolean withPerson, boolean joinPeople) {
        Map<Long, List<ParticipantType>> byMeeting = new LinkedHashMap<>();
        meetings.keySet().forEach(id -> byMeeting.put(id, new ArrayList<>()));
        if (withPerson && joinPeople) {
            for (Object[] row : Attendance.ofMeetingsWithPeople(meetings.keySet())) {
                Attendance a = (Attendance) row[0];
                ParticipantType participant = new ParticipantType(a, meetings.get(a.meetingId).entity());
                participant.ahead().put("person", row[1] == null ? null : new PersonType((Person) row[1]));
                byMeeting.get(a.meetingId).add(participant);
            }
        } else {
            List<ParticipantType> all = new ArrayList<>();
            for (Attendance a : Attendance.ofMeetings(meetings.keySet())) {
                ParticipantType participant = new ParticipantType(a, meetings.get(a.meetingId).entity());
                all.add(participant);
                byMeeting.get(a.meetingId).add(participant);
            }
            if (withPerson) {
                List<PersonType> people = ParticipantType.peopleOf(all);
                for (int i = 0; i < all.size(); i++) {
                    all.get(i).ahead().put("person", people.get(i));
                }
            }
        }
        meetings.forEach((id, m) -> m.ahead().put("participants", byMeeting.get(id)));
    }

    /** For a page of meetings, their participants (and people) ahead when the query selects them. */
    static void participantsAhead(List<MeetingType> page, Selected selected) {
        boolean participants = selected.has("nodes/participants") || selected.has("edges/node/participants");
        if (!participants || page.isEmpty()) {
            return;
        }
        Map<Long, MeetingType> byId = new LinkedHashMap<>();
        page.forEach(m -> byId.put(m.meeting.id, m));
        participantsAhead(byId, selected.has("nodes/participants/person") || selected.has("edges/node/participants/person"),
                false);
    }

    /** This meeting read as of {@code at}, with the participants it had then. */
    @Ignore
    MeetingType asOf(LocalDateTime at) {
        return new MeetingType(meeting, at);
    }

    @Name("positions")
    @Description("Positions taken at this meeting, in date order (retracted ones left out).")
    public List<@NonNull List<@NonNull PositionType>> positions(@Source List<MeetingType> meetings) {
        return Batch.many(meetings, m -> m.meeting.id, Position::standingAtMeetings, p -> p.meetingId,
                PositionType::new);
    }

    @Name("evidence")
    @Description(EvidenceType.FIELD_DESCRIPTION)
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<MeetingType> meetings) {
        return EvidenceType.of(meetings, m -> m.meeting.id, Evidence.Subject.MEETING);
    }

    @Ignore
    public Ahead ahead() {
        return ahead;
    }

    @Name("history")
    @Description(History.DESCRIPTION)
    public List<@NonNull AuditEntryConnection> history(@Source List<MeetingType> facts,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        return revisions.of(Meeting.TYPE, facts.stream().map(f -> f.meeting.id).toList(), first, after);
    }
}

package org.parley.api;

import io.smallrye.graphql.api.Context;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.Batch;
import org.parley.core.DateRange;
import org.parley.core.NodeId;
import org.parley.core.NodeKind;
import org.parley.core.PageRequest;
import org.parley.core.Slice;
import org.parley.core.SortDirection;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.person.ExternalIdentifier;
import org.parley.person.NameAlias;
import org.parley.person.Office;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.PositionFilter;
import org.parley.position.PositionKind;
import org.parley.position.PositionService;

/** The GraphQL type {@code Person}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Person")
@Name("Person")
@Description("A named individual who takes part in meetings and takes positions.")
public class PersonType implements Node, Actor {

    private final Person person;

    @Inject
    History revisions;

    @Inject
    PositionService positionService;

    @Inject
    MeetingService meetingService;

    @Inject
    Context context;

    PersonType() {
        this(new Person());
    }

    public PersonType(Person person) {
        this.person = person;
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Person.TYPE, Person.class, PersonType::new);
    }

    @Ignore
    public Long databaseId() {
        return person.id;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(Person.TYPE, person.id);
    }

    @Override
    @NonNull
    @Description("Canonical name, as commonly written in English (\"Vladimir Putin\"). Other spellings are in `aliases`.")
    public String getName() {
        return person.name;
    }

    @NonNull
    @Description("Version of the stored record; give it back when updating, so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(person.version);
    }

    @Name("aliases")
    @Description("Other spellings of the name, as the articles print them (\"Poetin\").")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<PersonType> people) {
        return Batch.many(people, PersonType::databaseId, NameAlias::ofPeople, a -> a.personId, a -> a.alias);
    }

    @Description("Family name (\"Putin\"), which name lookup also accepts; null when none is recorded (a monarch).")
    public String getFamilyName() {
        return person.familyName;
    }

    @Name("identifiers")
    @Description("Identifiers of this person in other registers (Wikidata), by scheme.")
    public List<@NonNull List<@NonNull IdentifierType>> identifiers(@Source List<PersonType> people) {
        return Batch.many(people, PersonType::databaseId, ExternalIdentifier::ofPeople, i -> i.personId, IdentifierType::new);
    }

    @Name("offices")
    @Description("Offices the person held, latest first (retracted ones left out); with `asOf`, only those held on that day.")
    public List<@NonNull List<@NonNull OfficeType>> offices(@Source List<PersonType> people,
            @Description("Only offices held on this day.") LocalDate asOf) {
        return Batch.many(people, PersonType::databaseId,
                ids -> Office.ofPeople(ids).stream().filter(o -> asOf == null || o.heldOn(asOf)).toList(),
                o -> o.personId, OfficeType::new);
    }

    @Name("positions")
    @Description("Positions this person took, in date order, a page at a time (retracted ones left out).")
    public List<@NonNull PositionConnection> positions(@Source List<PersonType> people,
            @Description("Only positions of this kind.") PositionKind kind,
            @Description("Only positions known to the day, on this day.") LocalDate on,
            @Description("Only positions whose date period starts on or after this day.") LocalDate from,
            @Description("Only positions whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before, context);
        PositionFilter filter = new PositionFilter(null, null, kind, null, null, DateRange.of(on, from, to));
        Map<Long, Slice<Position>> pages = positionService.pagesByHolder(
                Batch.ids(people, PersonType::databaseId), filter, order, page);
        return people.stream().map(p -> new PositionConnection(pages.get(p.databaseId()).map(PositionType::new))).toList();
    }

    @Name("meetings")
    @Description("Meetings this person took part in, in date order, a page at a time (retracted ones left out).")
    public List<@NonNull MeetingConnection> meetings(@Source List<PersonType> people,
            @Description("Only meetings with this status.") MeetingStatus status,
            @Description("Only meetings whose date period starts on or after this day.") LocalDate from,
            @Description("Only meetings whose date period ends on or before this day.") LocalDate to,
            @DefaultValue("ASC") @Description("Date order.") SortDirection order,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description(PageRequest.LAST) Integer last,
            @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before, context);
        MeetingFilter filter = new MeetingFilter(null, null, status, null, DateRange.of(null, from, to));
        Map<Long, Slice<Meeting>> pages = meetingService.pagesByParticipant(
                Batch.ids(people, PersonType::databaseId), filter, order, page);
        return people.stream().map(p -> new MeetingConnection(pages.get(p.databaseId()).map(MeetingType::new))).toList();
    }

    @Name("history")
    @Description(History.RECORD_DESCRIPTION)
    public List<@NonNull AuditEntryConnection> history(@Source List<PersonType> people,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        return revisions.of(Person.TYPE, people.stream().map(r -> r.person.id).toList(), first, after);
    }
}

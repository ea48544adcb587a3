package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.parley.curation.AuditLog;
import org.parley.curation.Curator;
import org.parley.core.NodeId;
import org.parley.core.ParleyException;
import org.parley.core.Row;
import org.parley.core.InputCheck;
import org.parley.meeting.Meeting;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.source.Evidence;
import org.parley.source.Quotes;
import org.parley.core.PartialDate;

/** Records and changes positions; each method is one transaction, so a rejected change leaves nothing behind. */
@ApplicationScoped
public class PositionCuration {

    @Inject
    Quotes quotes;

    @Inject
    AuditLog audit;

    @Inject
    org.parley.core.InputCheck checks;

    @Inject
    Curator curator;

    @Inject
    org.parley.core.ChangePublisher changes;

    @Transactional
    public Position record(RecordPositionInput input) {
        checks.valid(input, "input");
        if (input.holder == null && input.onBehalfOf == null) {
            throw ParleyException.badField("holder", "A position needs a 'holder' or an 'onBehalfOf' organization");
        }
        Position p = new Position();
        p.kind = input.kind;
        p.status = input.kind == PositionKind.COMMITMENT ? CommitmentStatus.MADE : null;
        p.summary = input.summary;
        p.date = PartialDate.of(input.date, "date");
        apply(p, input);
        p.attribution = input.attribution;
        if (input.reactsTo != null) {
            p.reactsToMeetingId = reactedTo(input.reactsTo, p.meetingId).id;
        }
        p.persist();
        quotes.attach(Evidence.Subject.POSITION, p.id, input.evidence, "evidence");
        audit.revision("recordPosition", "recordPosition", Position.TYPE, p.id, p.summary, Map.of(), Position.FIELDS.snapshot(p));
        changes.publish(org.parley.core.ChangeKind.POSITION_RECORDED, Position.TYPE, p.id);
        return p;
    }

    @Transactional
    public Position update(UpdatePositionInput input) {
        checks.valid(input, "input");
        Position p = find(input.id, "id");
        checkVersion(p, input.version);
        Map<String, String> before = Position.FIELDS.snapshot(p);
        if (input.kind != null && input.kind != p.kind) {
            p.status = input.kind == PositionKind.COMMITMENT ? CommitmentStatus.MADE : null;
            p.kind = input.kind;
        }
        if (InputCheck.givenNotBlank(input.summary, "summary") != null) {
            p.summary = input.summary;
        }
        if (input.date != null) {
            p.date = PartialDate.of(input.date, "date");
        }
        apply(p, input);
        audit.revision("updatePosition", "updatePosition", Position.TYPE, p.id, null, before, Position.FIELDS.snapshot(p));
        return p;
    }

    @Transactional
    public Position changeStatus(ChangeCommitmentStatusInput input) {
        checks.valid(input, "input");
        Position p = find(input.position, "position");
        checkVersion(p, input.version);
        if (p.kind != PositionKind.COMMITMENT) {
            throw ParleyException.badField("position", "Only a commitment has a status; this position is a " + p.kind);
        }
        if (p.retractedAt != null) {
            throw ParleyException.badField("position", "The commitment was retracted");
        }
        if (input.status == p.status) {
            throw ParleyException.badField("status", "The commitment is " + p.status + " already");
        }
        PartialDate when = PartialDate.of(input.date, "date");
        if (when.end.isBefore(p.date.date)) {
            throw ParleyException.badField("date", "The status cannot change before the commitment was made ("
                    + p.date.text() + ")");
        }
        Map<String, String> before = Position.FIELDS.snapshot(p);
        CommitmentStatusChange change = new CommitmentStatusChange();
        change.positionId = p.id;
        change.fromStatus = p.status;
        change.toStatus = input.status;
        change.date = when;
        change.changedBy = curator.name();
        change.changedAt = LocalDateTime.now(ZoneOffset.UTC);
        change.persist();
        quotes.attach(Evidence.Subject.STATUS_CHANGE, change.id, input.evidence, "evidence");
        p.status = input.status;
        audit.revision("changeCommitmentStatus", "changeCommitmentStatus", Position.TYPE, p.id,
                change.fromStatus + " -> " + change.toStatus, before, Position.FIELDS.snapshot(p));
        changes.publish(org.parley.core.ChangeKind.COMMITMENT_STATUS_CHANGED, Position.TYPE, p.id);
        return p;
    }

    @Transactional
    public Position[] link(LinkPositionsInput input) {
        checks.valid(input, "input");
        Position later = find(input.later, "later");
        Position earlier = find(input.earlier, "earlier");
        if (later.id.equals(earlier.id)) {
            throw ParleyException.badField("earlier", "A position cannot supersede itself");
        }
        if (later.retractedAt != null || earlier.retractedAt != null) {
            throw ParleyException.badField(later.retractedAt != null ? "later" : "earlier", "The position was retracted");
        }
        boolean sameActor = later.holderId != null ? later.holderId.equals(earlier.holderId)
                : later.organizationId != null && later.organizationId.equals(earlier.organizationId);
        if (!sameActor) {
            throw ParleyException.badField("earlier", "Only a position of the same holder (or organization) can be superseded");
        }
        if (earlier.date.date.isAfter(later.date.end)) {
            throw ParleyException.badField("earlier", "The earlier position (" + earlier.date.text()
                    + ") lies after the later one (" + later.date.text() + ")");
        }
        if (PositionLink.exists(later.id, earlier.id)) {
            throw ParleyException.conflict("These positions are linked already");
        }
        PositionLink link = new PositionLink();
        link.laterId = later.id;
        link.earlierId = earlier.id;
        link.kind = input.kind;
        link.createdBy = curator.name();
        link.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        link.persist();
        audit.record("linkPositions", Position.TYPE, later.id, input.kind + " " + NodeId.of(Position.TYPE, earlier.id));
        return new Position[] {later, earlier};
    }

    /**
     * The meeting a new position reacts to: a standing meeting (a retracted one is left out of every
     * read, so the link would not show), and not the one it was taken at, as the dataset requires too.
     */
    private static Meeting reactedTo(String globalId, Long takenAt) {
        Meeting m = Row.require(Meeting.class, Meeting.TYPE, globalId, "reactsTo");
        if (m.isRetracted()) {
            throw ParleyException.badField("reactsTo", "The meeting '" + globalId + "' was retracted");
        }
        if (m.id.equals(takenAt)) {
            throw ParleyException.badField("reactsTo",
                    "A position reacts to a meeting it was not taken at: 'meeting' and 'reactsTo' name the same meeting");
        }
        return m;
    }

    static void checkVersion(Position p, Integer version) {
        ParleyException.requireVersion("position", p.version, version);
    }

    static Position find(String globalId, String field) {
        return Row.require(Position.class, Position.TYPE, globalId, field);
    }

    /** Copies the non-null fields of the input, checking every reference. */
    private static void apply(Position p, PositionInput input) {
        if (input.holder != null) {
            p.holderId = Row.require(Person.class, Person.TYPE, input.holder, "holder").id;
        }
        if (input.onBehalfOf != null) {
            p.organizationId = Row.require(Organization.class, Organization.TYPE, input.onBehalfOf, "onBehalfOf").id;
        }
        if (input.attributedTo != null) {
            p.attributedTo = input.attributedTo;
        }
        if (input.topic != null) {
            p.topicId = Row.require(Topic.class, Topic.TYPE, input.topic, "topic").id;
        }
        if (input.addressee != null) {
            NodeId ref = NodeId.parse(input.addressee, "addressee");
            if (ref.type().equals(Person.TYPE)) {
                p.addresseePersonId = Row.require(Person.class, Person.TYPE, input.addressee, "addressee").id;
                p.addresseeOrganizationId = null;
            } else if (ref.type().equals(Organization.TYPE)) {
                p.addresseeOrganizationId = Row.require(Organization.class, Organization.TYPE, input.addressee, "addressee").id;
                p.addresseePersonId = null;
            } else {
                throw ParleyException.badField("addressee", "'addressee' must be the ID of a Person or an Organization");
            }
        }
        if (input.condition != null) {
            p.condition = input.condition;
        }
        if (input.meeting != null) {
            p.meetingId = Row.require(Meeting.class, Meeting.TYPE, input.meeting, "meeting").id;
        }
    }
}

package org.parley.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.parley.api.Node;
import org.parley.core.NodeId;
import org.parley.core.ParleyException;
import org.parley.meeting.Meeting;
import org.parley.api.MeetingNode;
import org.parley.person.Office;
import org.parley.api.OfficeNode;
import org.parley.position.Position;
import org.parley.api.PositionNode;

/** Retracts facts: they stay (and keep their IDs) but leave the default lists. */
@ApplicationScoped
public class Retractions {

    @Inject
    AuditLog audit;

    @Inject
    org.parley.core.InputCheck checks;

    @Transactional
    public Node retract(RetractInput input) {
        checks.valid(input, "input");
        NodeId ref = NodeId.parse(input.id, "id");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Node result;
        switch (ref.type()) {
            case PositionNode.TYPE -> {
                Position p = found(Position.findById(ref.id()), input.id);
                if (p.retractedAt != null) {
                    throw ParleyException.conflict("The position was retracted already");
                }
                p.retractedAt = now;
                p.retractionReason = input.reason;
                result = new PositionNode(p);
            }
            case MeetingNode.TYPE -> {
                Meeting m = found(Meeting.findById(ref.id()), input.id);
                if (m.retractedAt != null) {
                    throw ParleyException.conflict("The meeting was retracted already");
                }
                m.retractedAt = now;
                m.retractionReason = input.reason;
                result = new MeetingNode(m);
            }
            case OfficeNode.TYPE -> {
                Office o = found(Office.findById(ref.id()), input.id);
                if (o.retractedAt != null) {
                    throw ParleyException.conflict("The office was retracted already");
                }
                o.retractedAt = now;
                o.retractionReason = input.reason;
                result = new OfficeNode(o);
            }
            default -> throw ParleyException.badField("id", "Only a Position, a Meeting or an Office can be retracted, not a "
                    + ref.type());
        }
        audit.record("retract", ref.type(), ref.id(), input.reason);
        return result;
    }

    private static <E> E found(E entity, String id) {
        if (entity == null) {
            throw ParleyException.unknownId(id, "id");
        }
        return entity;
    }
}

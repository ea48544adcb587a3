package org.parley.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.parley.core.Fact;
import org.parley.core.InputCheck;
import org.parley.core.NodeId;
import org.parley.core.NodeKinds;
import org.parley.core.ParleyException;
import org.parley.core.Row;

/** Retracts any {@link Fact} by its global ID: it stays (and keeps its ID) but leaves every default read. */
@ApplicationScoped
public class Retractions {

    @Inject
    AuditLog audit;

    @Inject
    org.parley.core.ChangePublisher changes;

    @Inject
    InputCheck checks;

    @Inject
    NodeKinds kinds;

    /** @return the retracted row, for the payload */
    @Transactional
    public Row retract(RetractInput input) {
        checks.valid(input, "input");
        NodeId ref = NodeId.parse(input.id, "id");
        Row row = kinds.find(ref, input.id, "id");
        if (!(row instanceof Fact fact)) {
            throw ParleyException.badField("id", "A " + ref.type() + " is not a fact that can be retracted;"
                    + " retract a meeting, an office or a position");
        }
        fact.retract(input.reason, LocalDateTime.now(ZoneOffset.UTC));
        audit.revision("retract", input.reason, ref.type(), ref.id(), input.reason, java.util.Map.of(),
                java.util.Map.of(Fact.RETRACTED, input.reason));
        changes.publish(org.parley.core.ChangeKind.FACT_RETRACTED, ref.type(), ref.id());
        return row;
    }
}

package org.parley.api;

import org.parley.position.CommitmentStatus;
import org.parley.position.Position;
import org.parley.position.PositionKind;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

@Type("Position")
@Name("Position")
@Description("A position someone takes — a commitment, demand, refusal, threat, stance … — traced to the articles that report it.")
public class PositionNode extends DatedNode implements Node {

    public static final String TYPE = "Position";

    private final Position position;

    public PositionNode(Position position) {
        super(position.date);
        this.position = position;
    }

    @Ignore
    public Position entity() {
        return position;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, position.id);
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

    @NonNull
    @Description("Version of the stored record; give it back in `updatePosition` and `changeCommitmentStatus` so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(position.version);
    }

    @NonNull
    @Description("True when a curator retracted the position. Retracted positions are left out of lists unless `includeRetracted: true`.")
    public boolean isRetracted() {
        return position.retractedAt != null;
    }

    @Description("When the position was retracted, UTC; null when it stands.")
    public java.time.LocalDateTime getRetractedAt() {
        return position.retractedAt;
    }

    @Description("Why the position was retracted; null when it stands.")
    public String getRetractionReason() {
        return position.retractionReason;
    }
}

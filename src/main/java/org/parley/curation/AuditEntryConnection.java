package org.parley.curation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.graphql.Connection;
import org.parley.graphql.Slice;

@Description("A page of audit entries, newest first.")
public class AuditEntryConnection extends Connection<AuditEntryNode, AuditEntryConnection.AuditEntryEdge> {

    public AuditEntryConnection(Slice<AuditEntryNode> slice) {
        super(slice, AuditEntryEdge::new);
    }

    @Description("An audit entry with its cursor.")
    public record AuditEntryEdge(
            @NonNull @Description("Cursor of this entry, for `after`.") String cursor,
            @NonNull @Description("The entry.") AuditEntryNode node) {
    }
}

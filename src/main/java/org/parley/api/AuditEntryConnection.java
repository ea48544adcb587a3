package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of audit entries, newest first. " + PageInfo.VALUE_TYPE_PAGE)
public class AuditEntryConnection extends Connection<AuditEntryType, AuditEntryConnection.AuditEntryEdge> {

    public AuditEntryConnection(Slice<AuditEntryType> slice) {
        super(slice, AuditEntryEdge::new);
    }

    @Description("An audit entry with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record AuditEntryEdge(
            @NonNull @Description("Cursor of this entry, for `after` or `before`.") String cursor,
            @NonNull @Description("The entry.") AuditEntryType node) {
    }
}

package org.parley.api;

import org.parley.curation.AuditEntry;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.core.Cursor;
import org.parley.core.PageRequest;
import org.parley.core.Slice;

@GraphQLApi
public class AuditApi {

    @Query("auditLog")
    @RolesAllowed("editor")
    @Description("Every change made through the API, newest first. Editors only: it names the curators.")
    public @NonNull AuditEntryConnection auditLog(
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts (`pageInfo.endCursor`).") String after) {
        PageRequest page = PageRequest.of(first, after);
        long beforeId = page.after() == null ? Long.MAX_VALUE : page.after().id();
        List<AuditEntry> rows = AuditEntry.newestBefore(beforeId, page.fetchSize());
        return new AuditEntryConnection(Slice.of(rows, page, AuditEntry.count(), e -> new Cursor(null, e.id),
                AuditEntryNode::new));
    }
}

package org.parley.api;

import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Keyset;
import org.parley.core.NodeKinds;
import org.parley.core.PageRequest;
import org.parley.core.SortDirection;
import org.parley.curation.AuditEntry;

/**
 * The {@code history} connection of the fact and record types: a fact's revisions from the one revision
 * log ({@link AuditEntry}), newest first. Editors only, like {@code auditLog}: a revision names
 * its curator. One statement per fact (two when {@code totalCount} is selected).
 */
@ApplicationScoped
public class History {

    static final String DESCRIPTION = "Every revision of this fact, newest first: its creation, each change through the API or by a dataset load, a retraction — with author (`actor`), time, `origin`, `reason` and the fields changed `before` and `after` (`changes`). Editors only, like `auditLog` (UNAUTHENTICATED / FORBIDDEN otherwise): a revision names its curator.";

    static final String RECORD_DESCRIPTION = "Every revision of this record, newest first: its creation, each change through the API or by a dataset load — with author (`actor`), time, `origin`, `reason` and the fields changed `before` and `after` (`changes`). Editors only, like `auditLog` (UNAUTHENTICATED / FORBIDDEN otherwise): a revision names its curator.";

    @Inject
    NodeKinds kinds;

    @Inject
    Context context;

    /** One page of revisions per fact of {@code type}, in the order of {@code ids}. */
    List<AuditEntryConnection> of(String type, List<Long> ids, Integer first, String after) {
        kinds.requireReadable(AuditEntryType.nodeKind());
        PageRequest page = PageRequest.of(first, after, context);
        Keyset order = Keyset.byId("e.id", SortDirection.DESC);
        List<AuditEntryConnection> pages = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Map<String, Object> params = new HashMap<>();
            params.put("type", type);
            params.put("id", id);
            pages.add(new AuditEntryConnection(order.slice(AuditEntry.class, "e",
                    " and e.subjectType = :type and e.subjectId = :id", params, page, e -> null).map(AuditEntryType::new)));
        }
        return pages;
    }
}

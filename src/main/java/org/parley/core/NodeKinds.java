package org.parley.core;

import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The registry of {@link NodeKind}s: resolves any well-formed global ID to its stored row. */
@ApplicationScoped
public class NodeKinds {

    private final Map<String, NodeKind> byType = new TreeMap<>();

    /** Asked only for a kind that needs a role: a read with a bad token otherwise never authenticates. */
    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    public NodeKinds(@All List<NodeKind> kinds) {
        for (NodeKind kind : kinds) {
            if (byType.put(kind.type(), kind) != null) {
                throw new IllegalStateException("Two node kinds are named " + kind.type());
            }
        }
    }

    /** The kind an ID names; a type no kind contributes is NOT_FOUND, like an unknown row. */
    public NodeKind kind(NodeId id, String globalId, String argument) {
        NodeKind kind = byType.get(id.type());
        if (kind == null) {
            throw ParleyException.unknownId(globalId, argument);
        }
        return kind;
    }

    /** The row behind a global ID; an ID that names nothing is NOT_FOUND naming the argument. */
    public Row find(NodeId id, String globalId, String argument) {
        Row row = Panache.getEntityManager().find(kind(id, globalId, argument).entity(), id.id());
        if (row == null) {
            throw ParleyException.unknownId(globalId, argument);
        }
        return row;
    }

    /**
     * Whether a row found through {@link #find} is left out of default reads: a retracted fact, or
     * a part of one (a participant of a retracted meeting, the evidence of a retracted position ...).
     */
    public boolean hidden(NodeId id, Row row) {
        if (row instanceof Fact fact) {
            return fact.isRetracted();
        }
        NodeKind kind = byType.get(id.type());
        if (kind.standing() == null) {
            return false;
        }
        return Panache.getEntityManager().createQuery("select count(x) from " + kind.entity().getSimpleName()
                + " x where x.id = :id and " + kind.standing(), Long.class).setParameter("id", id.id())
                .getSingleResult() == 0;
    }

    /** Refuses a caller without the role the kind needs: UNAUTHENTICATED when anonymous, else FORBIDDEN. */
    public void requireReadable(NodeKind kind) {
        if (kind.role() == null) {
            return;
        }
        SecurityIdentity caller = identity.get();
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!caller.hasRole(kind.role())) {
            throw new ForbiddenException();
        }
    }

    /**
     * The rows behind many IDs, one statement per kind named (not one per ID), in the order asked;
     * null where an ID names nothing, or a hidden row (see {@link #hidden}) unless
     * {@code includeHidden}. Every kind named must be readable by the caller.
     */
    public List<Object> presentAll(List<NodeId> ids, boolean includeHidden) {
        Map<NodeKind, Set<Long>> wanted = new LinkedHashMap<>();
        for (NodeId id : ids) {
            NodeKind kind = byType.get(id.type());
            if (kind != null) {
                wanted.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id.id());
            }
        }
        wanted.keySet().forEach(this::requireReadable);
        Map<String, Map<Long, Object>> found = new HashMap<>();
        wanted.forEach((kind, keys) -> {
            InList in = InList.of("ids", keys);
            String hql = "select x from " + kind.entity().getSimpleName() + " x where x.id in " + in.hql()
                    + (includeHidden || kind.standing() == null ? "" : " and " + kind.standing());
            Map<Long, Object> byId = new HashMap<>();
            jakarta.persistence.TypedQuery<? extends Row> query = Panache.getEntityManager().createQuery(hql, kind.entity());
            in.params().forEach(query::setParameter);
            for (Row row : query.getResultList()) {
                byId.put(row.id, kind.present().apply(row));
            }
            found.put(kind.type(), byId);
        });
        List<Object> result = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            result.add(found.getOrDefault(id.type(), Map.of()).get(id.id()));
        }
        return result;
    }

    /** What the API shows for a row found through {@link #find}. */
    public Object present(NodeId id, Row row) {
        return byType.get(id.type()).present().apply(row);
    }

    public java.util.Set<String> types() {
        return byType.keySet();
    }
}

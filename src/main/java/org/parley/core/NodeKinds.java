package org.parley.core;

import io.quarkus.arc.All;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry of {@link NodeKind}s: resolves any well-formed global ID to its stored row. */
@ApplicationScoped
public class NodeKinds {

    private final Map<String, NodeKind> byType = new TreeMap<>();

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

    /** What the API shows for a row found through {@link #find}. */
    public Object present(NodeId id, Row row) {
        return byType.get(id.type()).present().apply(row);
    }

    public java.util.Set<String> types() {
        return byType.keySet();
    }
}

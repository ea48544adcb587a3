package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Description("An object with a global ID, fetchable with `node(id:)`.")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque global ID of the object. Stable across restarts; do not parse it.")
    String getId();
}

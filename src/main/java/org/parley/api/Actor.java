package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Description("Someone a position can be addressed to: a person or an organization.")
public interface Actor {

    @Id
    @NonNull
    @Description("Opaque global ID.")
    String getId();

    @NonNull
    @Description("Canonical name in English.")
    String getName();
}

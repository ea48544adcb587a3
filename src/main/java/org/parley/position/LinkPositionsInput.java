package org.parley.position;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LinkPositionsInput")
@Description("Two positions of the same actor, the later superseding or reversing the earlier.")
public class LinkPositionsInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the later position.")
    public String later;

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the earlier position; its date must not lie after the later one's.")
    public String earlier;

    @NonNull
    @NotNull
    @Description("How the later one relates to the earlier one.")
    public PositionLinkKind kind;
}

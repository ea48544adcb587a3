package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An office after a change.")
public class OfficePayload {

    private final OfficeNode office;

    public OfficePayload(OfficeNode office) {
        this.office = office;
    }

    @NonNull
    @Description("The office as stored, with its new `version`.")
    public OfficeNode getOffice() {
        return office;
    }
}

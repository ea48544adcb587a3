package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An office after a change. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class OfficePayload {

    private final OfficeType office;

    public OfficePayload(OfficeType office) {
        this.office = office;
    }

    @NonNull
    @Description("The office as stored, with its new `version`.")
    public OfficeType getOffice() {
        return office;
    }
}

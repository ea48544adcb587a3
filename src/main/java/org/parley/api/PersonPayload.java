package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person after a change. " + PageInfo.VALUE_TYPE_PAYLOAD)
public class PersonPayload {

    private final PersonType person;

    public PersonPayload(PersonType person) {
        this.person = person;
    }

    @NonNull
    @Description("The person as stored, with its new `version`.")
    public PersonType getPerson() {
        return person;
    }
}

package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of people.")
public class PersonConnection extends Connection<PersonType, PersonConnection.PersonEdge> {

    public PersonConnection(Slice<PersonType> slice) {
        super(slice, PersonEdge::new);
    }

    @Description("A person with its cursor.")
    public record PersonEdge(
            @NonNull @Description("Cursor of this person, for `after`.") String cursor,
            @NonNull @Description("The person.") PersonType node) {
    }
}

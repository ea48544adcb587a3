package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of people. " + PageInfo.VALUE_TYPE_PAGE)
public class PersonConnection extends Connection<PersonType, PersonConnection.PersonEdge> {

    public PersonConnection(Slice<PersonType> slice) {
        super(slice, PersonEdge::new);
    }

    @Description("A person with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record PersonEdge(
            @NonNull @Description("Cursor of this person, for `after` or `before`.") String cursor,
            @NonNull @Description("The person.") PersonType node) {
    }
}

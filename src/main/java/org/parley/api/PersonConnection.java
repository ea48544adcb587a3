package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of people.")
public class PersonConnection extends Connection<PersonNode, PersonConnection.PersonEdge> {

    public PersonConnection(Slice<PersonNode> slice) {
        super(slice, PersonEdge::new);
    }

    @Description("A person with its cursor.")
    public record PersonEdge(
            @NonNull @Description("Cursor of this person, for `after`.") String cursor,
            @NonNull @Description("The person.") PersonNode node) {
    }
}

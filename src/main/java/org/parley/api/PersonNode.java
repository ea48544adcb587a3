package org.parley.api;

import org.parley.person.Person;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;

@Type("Person")
@Name("Person")
@Description("A named individual who takes part in meetings and takes positions.")
public class PersonNode implements Node, Actor {

    public static final String TYPE = "Person";

    private final Person person;

    public PersonNode(Person person) {
        this.person = person;
    }

    @Ignore
    public Long databaseId() {
        return person.id;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(TYPE, person.id);
    }

    @Override
    @NonNull
    @Description("Canonical name, as commonly written in English (\"Vladimir Putin\"). Other spellings are in `aliases`.")
    public String getName() {
        return person.name;
    }

    @NonNull
    @Description("Version of the stored record; give it back when updating, so a concurrent change is detected (CONFLICT).")
    public int getVersion() {
        return Math.toIntExact(person.version);
    }
}

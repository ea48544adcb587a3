package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.person.ExternalIdentifier;

/** The GraphQL type {@code Identifier}: an identifier of a person or organization in another register. */
@Type("Identifier")
@Name("Identifier")
@Description("An identifier of a person or organization in another register (Popolo: Identifier), such as its Wikidata item. Value type (no `id`): it belongs to its person or organization and is read only with them.")
public class IdentifierType {

    private final ExternalIdentifier external;

    IdentifierType() {
        this(new ExternalIdentifier());
    }

    public IdentifierType(ExternalIdentifier identifier) {
        this.external = identifier;
    }

    @NonNull
    @Description("The register: `wikidata` for Wikidata item IDs.")
    public String getScheme() {
        return external.scheme;
    }

    @NonNull
    @Description("The identifier in that register (`Q7747`).")
    public String getIdentifier() {
        return external.identifier;
    }

    @NonNull
    @Description("True when the identifier comes from the curator's knowledge, not from an article (all those of the founding dataset).")
    public boolean isInferred() {
        return external.inferred;
    }
}

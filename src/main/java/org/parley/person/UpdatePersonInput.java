package org.parley.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdatePersonInput")
@Description("Changes to a person; fields left out keep their value.")
public class UpdatePersonInput extends UpdateActorInput {

}

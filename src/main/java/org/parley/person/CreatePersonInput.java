package org.parley.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreatePersonInput")
@Description("A new person.")
public class CreatePersonInput {

    @NonNull
    @NotBlank
    @org.parley.core.Text(max = 300, name = true)
    @Description("Canonical name, as commonly written in English (at most 300 characters). A name another person already has is a CONFLICT.")
    public String name;

    @Size(max = 20)
    @Description("Other spellings, as the articles print them (at most 20, each at most 300 characters).")
    public List<@NonNull @NotBlank @org.parley.core.Text(max = 300, name = true) String> aliases;
}

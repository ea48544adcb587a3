package org.parley.curation;

import org.parley.meeting.Meeting;
import org.parley.person.Office;
import org.parley.position.Position;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RetractInput")
@Description("A fact to retract, and why.")
public class RetractInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the fact: a Position, a Meeting or an Office.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("Why it is retracted (1 to 2,000 characters); shown with the fact.")
    public String reason;
}

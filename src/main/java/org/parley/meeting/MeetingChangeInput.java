package org.parley.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The two fields every change to an existing meeting starts with: which meeting, at which version. */
public abstract class MeetingChangeInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the meeting.")
    public String meeting;

    @NonNull
    @NotNull
    @Description("The meeting's `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;
}

package org.parley.position;

import org.parley.core.PartialDateInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.source.EvidenceInput;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;

@Input("ChangeCommitmentStatusInput")
@Description("What became of a commitment, when, and the quotes that report it.")
public class ChangeCommitmentStatusInput {

    @Id
    @NonNull
    @NotNull
    @Description("Global ID of the commitment.")
    public String position;

    @NonNull
    @NotNull
    @Description("The `version` the change is based on; a stale version is a CONFLICT.")
    public Integer version;

    @NonNull
    @NotNull
    @Description("The new status; it must differ from the current one.")
    public CommitmentStatus status;

    @NonNull
    @NotNull
    @Valid
    @Description("When the change happened; not before the commitment was made.")
    public PartialDateInput date;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that report the change (1 to 20).")
    public List<@Valid @NonNull EvidenceInput> evidence;
}

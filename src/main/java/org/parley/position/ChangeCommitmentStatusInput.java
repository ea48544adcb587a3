package org.parley.position;

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
    @Size(max = 21)
    @Description("When the change happened, at its precision: `2025-03-20`, `2025-03` or `2025`. Not before the commitment.")
    public String date;

    @NonNull
    @NotNull
    @Description("The precision `date` is written to.")
    public DatePrecision datePrecision;

    @NonNull
    @NotNull
    @Description("How the date was obtained.")
    public DateBasis dateBasis;

    @Size(max = 1000)
    @Description("How an inferred date was worked out (at most 1,000 characters).")
    public String dateNote;

    @NonNull
    @NotNull
    @NotEmpty
    @Size(max = 20)
    @Description("The quotes that report the change (1 to 20).")
    public List<@Valid @NonNull EvidenceInput> evidence;
}

package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.curation.AuditFieldChange;

/** The GraphQL type {@code FieldChange}: one field a revision changed. */
@Type("FieldChange")
@Name("FieldChange")
@Description("One field a revision changed, with its value before and after as text: a reference as the global ID of the record it names, a date as `2025-02-27 DAY STATED`, a collection (participants, evidence, aliases) one element a line. Value type (no `id`): it belongs to its revision.")
public class FieldChangeType {

    private final AuditFieldChange change;

    FieldChangeType() {
        this(new AuditFieldChange());
    }

    public FieldChangeType(AuditFieldChange change) {
        this.change = change;
    }

    @NonNull
    @Description("The field, as the dataset files name it (`status`, `summary`, `participants`, `retracted` ...).")
    public String getField() {
        return change.field;
    }

    @Description("Its value before the revision; null when it had none (or the record was new).")
    public String getBefore() {
        return change.before;
    }

    @Description("Its value after the revision; null when it was cleared (or the record was removed).")
    public String getAfter() {
        return change.after;
    }
}

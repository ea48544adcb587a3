package org.parley.api;

import java.time.LocalDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;
import org.parley.curation.DatasetConflict;

/** The GraphQL type {@code DatasetConflict}: a dataset change a reload did not apply because a curator had changed the field. */
@Type("DatasetConflict")
@Name("DatasetConflict")
@Description("A field a dataset reload wanted to change after a curator had changed it through the API. The curator's value was kept (a reload never overwrites an API change silently); edit the file or the record so they agree. Value type (no `id`): read only through `datasetConflicts`.")
public class DatasetConflictType {

    private final DatasetConflict conflict;

    DatasetConflictType() {
        this(new DatasetConflict());
    }

    public DatasetConflictType(DatasetConflict conflict) {
        this.conflict = conflict;
    }

    @Id
    @NonNull
    @Description("Global ID of the record (a Position, Meeting, Office, Person ...); `node(id:)` fetches it.")
    public String getSubjectId() {
        return NodeId.of(conflict.subjectType, conflict.subjectId);
    }

    @NonNull
    @Description("The record's type, e.g. `Position`.")
    public String getSubjectType() {
        return conflict.subjectType;
    }

    @NonNull
    @Description("The record's key in the dataset files.")
    public String getDatasetKey() {
        return conflict.datasetKey;
    }

    @NonNull
    @Description("The dataset file holding the record, relative to the dataset root.")
    public String getFile() {
        return conflict.file;
    }

    @NonNull
    @Description("The field, as the dataset files name it (e.g. `status`).")
    public String getField() {
        return conflict.field;
    }

    @Description("The value the file now gives (not applied); null when the file clears the field.")
    public String getFileValue() {
        return conflict.fileValue;
    }

    @Description("The value kept: the one a curator set through the API.")
    public String getCurrentValue() {
        return conflict.currentValue;
    }

    @NonNull
    @Description("When the reload found the conflict, UTC.")
    public LocalDateTime getDetectedAt() {
        return conflict.detectedAt;
    }
}

package org.parley.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.parley.core.Row;

/**
 * A field a dataset reload wanted to change after a curator had changed it through the API: the
 * curator's value was kept, and this row shows both values for a curator to settle.
 */
@Entity
@Table(name = "dataset_conflict")
public class DatasetConflict extends Row {

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public Long subjectId;

    @Column(name = "dataset_key")
    public String datasetKey;

    /** The dataset file the record lives in. */
    public String file;

    public String field;

    /** The value the file now gives. */
    @Column(name = "file_value")
    public String fileValue;

    /** The value kept: the one the curator set. */
    @Column(name = "current_value")
    public String currentValue;

    @Column(name = "detected_at")
    public LocalDateTime detectedAt;
}

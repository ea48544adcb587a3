package org.parley.dataset;

import org.parley.core.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What the file said about one record at the last load: every dataset-managed field as text,
 * one JSON object. It is the base of the three-way merge of the next load (see
 * {@link Changeset}), and names the file a record came from after it left the files.
 */
@Entity
@Table(name = "dataset_base")
public class DatasetBase extends Row {


    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "dataset_key")
    public String datasetKey;

    public String file;

    /** A JSON object: field name to its text in the file (null for a field the file leaves empty). */
    @Column(name = "field_values")
    public String fieldValues;
}

package org.parley.core;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Base of every top-level fact. {@code datasetKey} is the stable key of a record that comes
 * from the shipped dataset file; it is what makes reloading the file an update, not a copy.
 */
@MappedSuperclass
public abstract class DatasetRecord extends Row {

    @Column(name = "dataset_key", unique = true)
    public String datasetKey;

    @Version
    public long version;
}

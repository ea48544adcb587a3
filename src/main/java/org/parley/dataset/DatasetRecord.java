package org.parley.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Base of every top-level fact. {@code datasetKey} is the stable key of a record that comes
 * from the shipped dataset file; it is what makes reloading the file an update, not a copy.
 */
@MappedSuperclass
public abstract class DatasetRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parley_seq")
    @SequenceGenerator(name = "parley_seq", sequenceName = "parley_seq", allocationSize = 50)
    public Long id;

    @Column(name = "dataset_key", unique = true)
    public String datasetKey;

    @Version
    public long version;
}

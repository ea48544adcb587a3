package org.parley.dataset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The fingerprint of the dataset last applied, so an unchanged file costs one lookup at start-up. */
@Entity
@Table(name = "dataset_load")
public class DatasetLoad extends PanacheEntityBase {

    public static final String FOUNDING = "founding";

    @Id
    public String name;

    public String fingerprint;

    @Column(name = "loaded_at")
    public LocalDateTime loadedAt;
}

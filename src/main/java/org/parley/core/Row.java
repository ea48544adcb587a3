package org.parley.core;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Base of every table: a numeric id from the shared sequence {@code parley_seq}, handed out
 * 50 at a time so bulk inserts need few sequence calls.
 */
@MappedSuperclass
public abstract class Row extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parley_seq")
    @SequenceGenerator(name = "parley_seq", sequenceName = "parley_seq", allocationSize = 50)
    public Long id;
}

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

    /**
     * The row of {@code entity} that the global ID {@code globalId} (sent in input field
     * {@code field}) names. BAD_USER_INPUT when the ID is malformed or names another kind
     * ({@code kind}), NOT_FOUND when no such row exists: the one lookup every mutation uses.
     */
    public static <T extends Row> T require(Class<T> entity, String kind, String globalId, String field) {
        T row = io.quarkus.hibernate.orm.panache.Panache.getEntityManager(entity)
                .find(entity, NodeId.parseField(globalId, kind, field));
        if (row == null) {
            throw ParleyException.unknownId(globalId, field);
        }
        return row;
    }
}

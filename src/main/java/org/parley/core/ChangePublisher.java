package org.parley.core;

/**
 * Announces a change of a fact to live subscriptions. Called inside the writing transaction: the
 * implementation makes it visible only once that transaction commits, and never when it rolls
 * back. The curation services call it; the transport (in-process on H2, LISTEN/NOTIFY on
 * PostgreSQL) is wired in {@code org.parley.graphql}.
 */
public interface ChangePublisher {

    /** @param type the fact's node type ({@code Position.TYPE}); @param id its row id */
    void publish(ChangeKind kind, String type, Long id);
}

package org.parley.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.core.ErrorCode;
import org.parley.core.Fact;
import org.parley.core.Fields;
import org.parley.core.ParleyException;

/**
 * Lists read as the facts stood at a past time. Inside a transaction that is always rolled back,
 * every fact that existed then and was revised since is set back to its state then ({@link AsOf}),
 * and the read runs on that: the same filters, orders, cursors and counts as for the present,
 * with no second implementation of them. Facts created after that time are left out by the
 * read's own condition ({@link AsOf#existed}). Nothing is ever committed; rows set back are
 * locked only for the few milliseconds of the read.
 */
@ApplicationScoped
public class PastState {

    /** The most facts one past read sets back; beyond it the time asked for is too far back to rebuild per request. */
    public static final int MAX_SET_BACK = 5_000;

    /** A kind of fact whose revisions can be undone: its node type, entity, recorded fields and a blank instance. */
    public record Kind<E extends Fact>(String type, Class<E> entity, Fields<E> fields, Supplier<E> blank) {

        /** The fact as it stood at {@code at}, a detached copy; null when it did not exist yet. */
        public E then(E fact, LocalDateTime at) {
            return AsOf.of(fact, type, fields, blank, at);
        }

        /** Each fact as it stood at {@code at}, by id ({@link AsOf#ofAll}). */
        Map<Long, E> thenAll(List<E> facts, LocalDateTime at) {
            return AsOf.ofAll(facts, type, fields, blank, at);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    /** Runs {@code read} on the facts of {@code kinds} as they stood at {@code at}; what it returns is detached. */
    public <T> T read(LocalDateTime at, List<Kind<?>> kinds, Supplier<T> read) {
        Transaction outer = suspend();
        try {
            transactions.begin();
            try {
                Map<Fact, Long> versions = new IdentityHashMap<>();
                for (Kind<?> kind : kinds) {
                    setBack(kind, at, versions);
                }
                em.flush();
                T result = read.get();
                // the flush counted the set-back as a revision; the facts keep the version they have now
                versions.forEach((fact, version) -> fact.version = version);
                return result;
            } finally {
                transactions.rollback();
            }
        } catch (OptimisticLockException e) {
            throw new ParleyException(ErrorCode.CONFLICT, "A fact changed while it was being read as of " + at
                    + "; ask again", Map.of("argument", "asOf"));
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("No transaction for a past read", e);
        } finally {
            resume(outer);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private void resume(Transaction outer) {
        if (outer == null) {
            return;
        }
        try {
            transactions.resume(outer);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private <E extends Fact> void setBack(Kind<E> kind, LocalDateTime at, Map<Fact, Long> versions) {
        List<Long> ids = em.createQuery("select distinct e.subjectId from AuditEntry e where e.subjectType = :type"
                + " and e.changedAt > :at and not exists (select 1 from AuditEntry c where c.subjectType = e.subjectType"
                + " and c.subjectId = e.subjectId and c.changedAt > :at and " + AsOf.CREATION + ") order by e.subjectId",
                Long.class).setParameter("type", kind.type()).setParameter("at", at)
                .setParameter("creations", AsOf.CREATIONS).setMaxResults(MAX_SET_BACK + 1).getResultList();
        if (ids.size() > MAX_SET_BACK) {
            throw new ParleyException(ErrorCode.QUERY_TOO_COMPLEX, "More than " + MAX_SET_BACK + " " + kind.type()
                    + " facts were revised after " + at + "; ask for a later 'asOf', or read single facts with node(id:, asOf:)",
                    Map.of("argument", "asOf"));
        }
        if (ids.isEmpty()) {
            return;
        }
        // in id order, so two past reads lock the rows they share in the same order
        List<E> facts = em.createQuery("from " + kind.entity().getSimpleName() + " f where f.id in :ids order by f.id",
                kind.entity()).setParameter("ids", ids).getResultList();
        Map<Long, E> then = kind.thenAll(facts, at);
        for (E fact : facts) {
            E past = then.get(fact.id);
            if (past == null) {
                continue;
            }
            versions.put(fact, fact.version);
            kind.fields().names().forEach(name -> kind.fields().copy(name, fact, past));
            fact.retractedAt = past.retractedAt;
            fact.retractionReason = past.retractionReason;
        }
    }
}

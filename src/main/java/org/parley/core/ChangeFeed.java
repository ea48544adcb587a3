package org.parley.core;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's fan-out of committed changes to its live subscriptions. The transport hands
 * every committed {@link Change} to {@link #deliver} in commit order; one dispatcher thread loads
 * the fact once per change and emits it to every subscription that wants it, each inside a short
 * read transaction, so the subscriptions' nested fields read the database as queries do.
 *
 * <p>Each listener (on the WebSocket side, one per distinct subscription document, shared by
 * its subscribers) buffers at most {@code parley.live.buffer} changes it has not taken yet; one
 * more fails it with a {@link io.smallrye.mutiny.subscription.BackPressureFailure}, so a stream
 * that falls behind costs a bounded amount of memory.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    @Inject
    NodeKinds kinds;

    @ConfigProperty(name = "parley.live.buffer", defaultValue = "64")
    int buffer;

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    private volatile Thread dispatcherThread;

    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "parley-live");
        thread.setDaemon(true);
        dispatcherThread = thread;
        return thread;
    });

    private record Listener(ChangeKind kind, Predicate<Row> wants, MultiEmitter<? super Changed> emitter) {
    }

    /** A changed fact as loaded on this replica, with its global ID. */
    public record Changed(NodeId id, Row row) {
    }

    /** A committed change, from the transport; delivered in the order of the calls. */
    public void deliver(Change change) {
        if (!dispatcher.isShutdown()) {
            dispatcher.execute(() -> dispatch(change));
        }
    }

    /** The facts of changes of this kind that the predicate accepts, as they commit, from now on. */
    public Multi<Changed> changes(ChangeKind kind, Predicate<Row> wants) {
        return Multi.createFrom().<Changed>emitter(emitter -> {
            Listener listener = new Listener(kind, wants, emitter);
            listeners.add(listener);
            emitter.onTermination(() -> listeners.remove(listener));
        }, BackPressureStrategy.ERROR).onOverflow().buffer(buffer);
    }

    /**
     * Runs work that may emit buffered changes (a subscriber's demand) where emitting is safe: on
     * the dispatcher thread inside a transaction. On the dispatcher thread itself it runs at once.
     */
    public void onDispatcher(Runnable work) {
        if (Thread.currentThread() == dispatcherThread) {
            work.run();
        } else if (!dispatcher.isShutdown()) {
            dispatcher.execute(() -> QuarkusTransaction.requiringNew().run(work));
        }
    }

    /** Live subscriptions on this replica. */
    public int subscriptions() {
        return listeners.size();
    }

    private void dispatch(Change change) {
        if (listeners.stream().noneMatch(l -> l.kind() == change.kind())) {
            return;
        }
        Changed changed;
        try {
            changed = QuarkusTransaction.requiringNew().call(() -> {
                NodeId ref = NodeId.parse(change.id(), "id");
                return new Changed(ref, kinds.find(ref, change.id(), "id"));
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not load %s", change.encode());
            return;
        }
        // One short transaction per subscription: its nested fields read the database there, and a
        // slow one (or thousands) never holds one transaction past its timeout for all the others.
        for (Listener listener : listeners) {
            if (listener.kind() == change.kind() && !listener.emitter().isCancelled() && listener.wants().test(changed.row())) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> listener.emitter().emit(changed));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not deliver %s to a subscription", change.encode());
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdownNow();
        listeners.forEach(l -> l.emitter().complete());
    }
}

package org.parley.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.core.Change;
import org.parley.core.ChangeFeed;
import org.parley.core.ChangeKind;
import org.parley.core.ChangePublisher;
import org.parley.core.NodeId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The transport of committed changes to every replica's {@link ChangeFeed}.
 *
 * <p><b>PostgreSQL</b>: {@link #publish} runs {@code pg_notify} inside the writing transaction.
 * PostgreSQL holds the notification until the transaction commits, drops it on rollback, and
 * delivers notifications to every listening session in commit order. Each replica keeps one
 * dedicated connection (outside the pool) that {@code LISTEN}s on {@code parley.live.channel} and
 * hands what arrives to its feed, its own writes included: the writing replica learns of its
 * change the same way as the others, so it delivers it exactly once and in the same order.
 *
 * <p><b>H2</b> (embedded, one process): the changes of a transaction are handed to the feed after
 * it commits (a transaction synchronization), nothing on rollback. A lock held from just before
 * the commit until the hand-over makes the feed's order the commit order.
 */
@ApplicationScoped
public class LiveChanges implements ChangePublisher {

    private static final Logger LOG = Logger.getLogger(LiveChanges.class);

    /** Key of a transaction's pending changes in the synchronization registry. */
    private static final Object PENDING = new Object();

    /** Orders hand-overs as commits on H2 (see the class comment). */
    private static final ReentrantLock COMMIT_ORDER = new ReentrantLock();

    @Inject
    ChangeFeed feed;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "parley.live.channel", defaultValue = "parley_changes")
    String channel;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private volatile Listener listener;

    boolean postgres() {
        return dbKind.toLowerCase(java.util.Locale.ROOT).startsWith("postgres");
    }

    @Override
    public void publish(ChangeKind kind, String type, Long id) {
        Change change = new Change(kind, NodeId.of(type, id));
        if (postgres()) {
            Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                    .setParameter(1, channel).setParameter(2, change.encode()).getSingleResult();
            return;
        }
        // Callers publish after their last change; writing it now means the commit below waits on no
        // other writer's row lock while COMMIT_ORDER is held.
        Panache.getEntityManager().flush();
        @SuppressWarnings("unchecked")
        List<Change> pending = (List<Change>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
            List<Change> changes = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    COMMIT_ORDER.lock();
                }

                @Override
                public void afterCompletion(int status) {
                    try {
                        if (status == Status.STATUS_COMMITTED) {
                            changes.forEach(feed::deliver);
                        }
                    } finally {
                        if (COMMIT_ORDER.isHeldByCurrentThread()) {
                            COMMIT_ORDER.unlock();
                        }
                    }
                }
            });
        }
        pending.add(change);
    }

    void start(@Observes StartupEvent event) {
        if (!channel.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("parley.live.channel must be a lower-case SQL identifier: " + channel);
        }
        if (postgres()) {
            listener = new Listener();
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The LISTEN connection's thread: reconnects after a failure, with a pause. */
    private final class Listener extends Thread {

        Listener() {
            super("parley-listen");
            setDaemon(true);
        }

        @Override
        public void run() {
            var config = ConfigProvider.getConfig();
            String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
            Properties properties = new Properties();
            config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
            config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("ApplicationName", "parley-listen");
            while (!isInterrupted()) {
                try (Connection connection = DriverManager.getConnection(url, properties)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("LISTEN " + channel);
                    }
                    LOG.infof("Listening for changes on channel %s", channel);
                    PGConnection pg = connection.unwrap(PGConnection.class);
                    while (!isInterrupted()) {
                        PGNotification[] notifications = pg.getNotifications(5_000);
                        if (notifications == null) {
                            continue;
                        }
                        for (PGNotification notification : notifications) {
                            Change change = Change.decode(notification.getParameter());
                            if (change != null) {
                                feed.deliver(change);
                            }
                        }
                    }
                } catch (SQLException e) {
                    if (isInterrupted()) {
                        return;
                    }
                    // changes committed while not listening are not delivered; subscribers see a gap
                    LOG.warnf("The change listener lost its connection (%s); reconnecting in 2 s", e.getMessage());
                    try {
                        Thread.sleep(2_000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }
}

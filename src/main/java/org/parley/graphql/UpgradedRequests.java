package org.parley.graphql;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpServerRequest;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * Quarkus' graceful shutdown waits for every request it counted to end, and it counts a WebSocket
 * upgrade as a request that ends only when its HTTP response ends, which an upgraded one never
 * does: one WebSocket, even long closed, made every shutdown wait the whole
 * {@code quarkus.shutdown.timeout} and log "Timed out waiting for graceful shutdown". When a socket
 * closes, this marks its upgrade request done, through the package-private method Quarkus itself
 * calls when a response ends; if that method is ever gone, shutdown only waits as before.
 */
@RegisterForReflection(targets = QuarkusRequestWrapper.class)
final class UpgradedRequests {

    private static final Logger LOG = Logger.getLogger(UpgradedRequests.class);

    private static final Method DONE = find();

    private UpgradedRequests() {
    }

    private static Method find() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Upgraded requests cannot be marked done (%s); shutdown waits for its timeout after WebSockets", e);
            return null;
        }
    }

    /** The upgrade request of a socket that has closed: no longer in flight for graceful shutdown. */
    static void finished(HttpServerRequest request) {
        if (DONE == null || request == null) {
            return;
        }
        try {
            QuarkusRequestWrapper wrapper = QuarkusRequestWrapper.get(request);
            if (wrapper != null) {
                DONE.invoke(wrapper);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Could not mark an upgrade request done: %s", e);
        }
    }
}

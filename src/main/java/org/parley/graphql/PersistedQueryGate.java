package org.parley.graphql;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Persisted queries over POST: runs before {@link RequestGate} (which wants a {@code query}
 * string), so that a body carrying only {@code extensions.persistedQuery.sha256Hash} gets the
 * registered query put in, an unknown hash gets {@code PERSISTED_QUERY_NOT_FOUND}, and in
 * persisted-only mode an unknown operation gets {@code OPERATION_NOT_ALLOWED}. Bodies without
 * persisted-query extensions pass through untouched (unless persisted-only is on).
 */
@ApplicationScoped
public class PersistedQueryGate {

    @Inject
    PersistedQueries queries;

    @ConfigProperty(name = "parley.graphql.max-request-bytes", defaultValue = "65536")
    long maxRequestBytes;

    void install(@Observes Router router) {
        // The body handler runs once per request: RequestGate's (order -100) sees it done and passes on;
        // a body over the limit fails here and RequestGate's failure handler answers it.
        router.post("/graphql").order(-110)
                .handler(BodyHandler.create().setBodyLimit(maxRequestBytes).setHandleFileUploads(false))
                .handler(this::check);
    }

    void check(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body == null || (!queries.persistedOnly() && !contains(body, "persistedQuery"))) {
            ctx.next();
            return;
        }
        JsonObject json;
        try {
            json = body.toJson() instanceof JsonObject object ? object : null;
        } catch (DecodeException e) {
            json = null;
        }
        if (json == null) {
            ctx.next(); // RequestGate says what is wrong with it
            return;
        }
        String query = json.getValue("query") instanceof String q ? q : null;
        JsonObject extensions = json.getValue("extensions") instanceof JsonObject e ? e : null;
        PersistedQueries.Resolution resolution = queries.resolve(query, extensions);
        if (resolution.refused()) {
            ctx.response().setStatusCode(resolution.status()).putHeader("Content-Type", "application/json")
                    .end(resolution.errorBody().encode());
            return;
        }
        if (query == null && resolution.query() != null) {
            json.put("query", resolution.query());
            ((RoutingContextInternal) ctx).setBody(json.toBuffer());
        }
        ctx.next();
    }

    private static boolean contains(Buffer body, String text) {
        return body.length() >= text.length() && body.toString(java.nio.charset.StandardCharsets.UTF_8).contains(text);
    }
}

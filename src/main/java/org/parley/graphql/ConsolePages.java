package org.parley.graphql;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The examples page opens its operations in GraphiQL, so it is served exactly when GraphiQL is
 * ({@code PARLEY_GRAPHIQL_ENABLED}): with the console off (the production overlay), both answer 404
 * rather than one page linking to the other's 404. The front page hides both links then.
 */
@ApplicationScoped
public class ConsolePages {

    static final String EXAMPLES_PAGE = "/graphiql-examples.html";

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.enabled", defaultValue = "true")
    boolean graphiqlEnabled;

    void install(@Observes Router router) {
        if (!graphiqlEnabled) {
            router.get(EXAMPLES_PAGE).order(-100).handler(ctx -> ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("The examples page is off, like the GraphiQL console (PARLEY_GRAPHIQL_ENABLED=false).\n"));
        }
    }
}

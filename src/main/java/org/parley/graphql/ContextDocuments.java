package org.parley.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.QueryCache;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * SmallRye parses every request's document once more before executing it, to note its operation
 * types in the request context, through its own query cache; that cache is filled only by an
 * instrumentation that Parley's chain replaces (see {@link GraphQLSetup}), so the document was
 * parsed on every request. This takes the place of that cache in SmallRye's execution service and
 * answers from {@link DocumentCache}: a document already parsed and validated is not parsed
 * again. A document not yet there is parsed as SmallRye would and not kept here: only validated
 * documents are kept, by graphql-java's own lookup right after.
 */
final class ContextDocuments extends QueryCache {

    private static final Logger LOG = Logger.getLogger(ContextDocuments.class);

    private final DocumentCache documents;

    private ContextDocuments(DocumentCache documents) {
        this.documents = documents;
    }

    /** Puts the lookup into SmallRye's execution service; if that cannot be done, SmallRye keeps parsing. */
    static void install(DocumentCache documents) {
        try {
            ExecutionService service = Arc.container().instance(ExecutionService.class).get();
            java.lang.reflect.Field cache = ExecutionService.class.getDeclaredField("queryCache");
            cache.setAccessible(true);
            cache.set(service, new ContextDocuments(documents));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(e, "SmallRye's request context will parse every document again");
        }
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parse) {
        PreparsedDocumentEntry entry = documents.cached(input.getQuery());
        return CompletableFuture.completedFuture(entry != null ? entry : parse.apply(input));
    }
}

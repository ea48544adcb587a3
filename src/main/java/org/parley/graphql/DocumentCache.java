package org.parley.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents, so a query sent again skips parsing and validation. Bounded in
 * bytes, not only in entries: a client sending large distinct documents cannot grow the heap past
 * {@code maxBytes}. A document's weight is an estimate of its text and parsed tree together,
 * {@link #BYTES_PER_CHAR} bytes per character of its text. Least recently used
 * documents go first; a document heavier than a tenth of the budget is not kept at all; one that
 * failed validation is never kept (its errors are reported anew each time).
 *
 * <p>It replaces SmallRye's cache, which only fills from an instrumentation that Parley's own
 * instrumentation chain (see {@link GraphQLSetup}) replaces, and which counts entries only.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    /**
     * Estimated heap bytes per character of a document: its parsed tree took 12.6 bytes per
     * character (graphql-java 24.3, source locations kept; 3,000 copies of the example operations,
     * heap after GC), the text itself as the key 1 to 2; rounded up.
     */
    static final int BYTES_PER_CHAR = 16;

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true);

    DocumentCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static long weight(String query) {
        return (long) query.length() * BYTES_PER_CHAR;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry = cached(query);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                keep(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The kept entry of this document, or null; never parses. */
    synchronized PreparsedDocumentEntry cached(String query) {
        return documents.get(query);
    }

    private synchronized void keep(String query, PreparsedDocumentEntry entry) {
        long weight = weight(query);
        if (weight > maxBytes / 10 || documents.containsKey(query)) {
            return;
        }
        documents.put(query, entry);
        bytes += weight;
        Iterator<Map.Entry<String, PreparsedDocumentEntry>> eldest = documents.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= weight(eldest.next().getKey());
            eldest.remove();
        }
    }

    /** Estimated bytes held now; never above the budget. */
    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return documents.size();
    }
}

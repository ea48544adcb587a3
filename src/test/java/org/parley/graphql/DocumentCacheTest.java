package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The parsed-document cache: a document sent again is not parsed again, and the cache never holds more than its byte budget. */
class DocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput().query(query).build();
    }

    private static String document(int i) {
        return "query Q" + i + " { topics(first: 1) { totalCount } }";
    }

    @Test
    void aDocumentSentAgainIsNotParsedAgain() {
        DocumentCache cache = new DocumentCache(1 << 20);
        PreparsedDocumentEntry first = cache.getDocumentAsync(input(document(1)), parse).join();
        PreparsedDocumentEntry again = cache.getDocumentAsync(input(document(1)), parse).join();
        assertSame(first, again);
        assertEquals(1, parses.get());
    }

    @Test
    void aDocumentWithErrorsIsNotKept() {
        DocumentCache cache = new DocumentCache(1 << 20);
        Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
            parses.incrementAndGet();
            return new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("invalid").build()));
        };
        cache.getDocumentAsync(input("{ nope }"), invalid).join();
        cache.getDocumentAsync(input("{ nope }"), invalid).join();
        assertEquals(2, parses.get());
        assertEquals(0, cache.size());
    }

    @Test
    void manyDistinctDocumentsStayWithinTheBudget() {
        long budget = 200 * DocumentCache.weight(document(1000));
        DocumentCache cache = new DocumentCache(budget);
        for (int i = 1000; i < 6000; i++) {
            cache.getDocumentAsync(input(document(i)), parse).join();
            assertTrue(cache.bytes() <= budget, "cache bytes " + cache.bytes() + " over budget " + budget);
        }
        assertTrue(cache.size() >= 150 && cache.size() <= 200, "documents kept: " + cache.size());
        // the most recent ones are the ones kept
        int before = parses.get();
        cache.getDocumentAsync(input(document(5999)), parse).join();
        assertEquals(before, parses.get());
    }

    @Test
    void aDocumentHeavierThanATenthOfTheBudgetIsNotKept() {
        String big = "query Big { " + "topics(first: 1) { totalCount } ".repeat(100) + "}";
        DocumentCache cache = new DocumentCache(DocumentCache.weight(big) * 5);
        cache.getDocumentAsync(input(big), parse).join();
        assertEquals(0, cache.size());
    }
}

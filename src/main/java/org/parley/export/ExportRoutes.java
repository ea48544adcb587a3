package org.parley.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.parley.core.ErrorCode;

/**
 * The dataset as newline-delimited JSON, read from the database (so curated changes are in it),
 * public like every read:
 * <ul>
 * <li>{@code GET /export/positions.ndjson}: one position a line, with full provenance;</li>
 * <li>{@code GET /export/meetings.ndjson}: one meeting a line, with its participants;</li>
 * <li>{@code GET /export/plover.ndjson}: one PLOVER event record a line, positions then meetings.</li>
 * </ul>
 * Streamed in keyset batches ({@code parley.export.batch-size} rows, each batch its own short
 * read-only transaction and a fixed number of statements), and each batch is written and flushed
 * before the next is read, so memory stays bounded whatever the size of the dataset. Retracted
 * facts only with {@code includeRetracted=true}; a bad parameter is HTTP 400 with a coded JSON error.
 */
@ApplicationScoped
public class ExportRoutes {

    static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(ExportRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A slow reader may hold a batch this long before the export gives up on it. */
    private static final long WRITE_TIMEOUT_SECONDS = 120;

    @ConfigProperty(name = "parley.export.batch-size", defaultValue = "500")
    int batchSize;

    /** One kind of line: the lines of the batch after {@code after} (an id), in id order. */
    @FunctionalInterface
    interface Section {
        Chunk read(long after, ExportOptions options, int size);
    }

    /** The lines of one batch; {@code more} when the batch was full, so another may follow after {@code lastId}. */
    record Chunk(List<Map<String, Object>> lines, long lastId, boolean more) {

        static <T> Chunk of(List<Map<String, Object>> lines, List<T> rows, Function<T, Long> id, long after, int size) {
            return new Chunk(lines, rows.isEmpty() ? after : id.apply(rows.get(rows.size() - 1)), rows.size() == size);
        }
    }

    static Section positions(Function<PositionBatch, List<Map<String, Object>>> lines) {
        return (after, options, size) -> {
            PositionBatch b = PositionBatch.after(after, options, size);
            return Chunk.of(lines.apply(b), b.positions, p -> p.id, after, size);
        };
    }

    static Section meetings(Function<MeetingBatch, List<Map<String, Object>>> lines) {
        return (after, options, size) -> {
            MeetingBatch b = MeetingBatch.after(after, options, size);
            return Chunk.of(lines.apply(b), b.meetings, m -> m.id, after, size);
        };
    }

    static final Section PROVENANCE_POSITIONS = positions(ProvenanceLines::positions);
    static final Section PROVENANCE_MEETINGS = meetings(ProvenanceLines::meetings);
    static final Section PLOVER_POSITIONS = positions(PloverLines::positions);
    static final Section PLOVER_MEETINGS = meetings(PloverLines::meetings);

    void install(@Observes Router router) {
        route(router, "/export/positions.ndjson", List.of(PROVENANCE_POSITIONS));
        route(router, "/export/meetings.ndjson", List.of(PROVENANCE_MEETINGS));
        route(router, "/export/plover.ndjson", List.of(PLOVER_POSITIONS, PLOVER_MEETINGS));
    }

    private void route(Router router, String path, List<Section> sections) {
        // blocking: the batches are read with Hibernate on a worker thread; unordered, so exports run side by side
        router.get(path).blockingHandler(ctx -> stream(ctx, sections), false);
    }

    private void stream(RoutingContext ctx, List<Section> sections) {
        ExportOptions options;
        try {
            options = ExportOptions.parse(ctx.queryParams());
        } catch (ExportOptions.BadParameter e) {
            reject(ctx.response(), 400, ErrorCode.BAD_USER_INPUT, e.getMessage(), e.parameter);
            return;
        } catch (IllegalArgumentException e) {
            // a query string that does not decode (a stray '%')
            reject(ctx.response(), 400, ErrorCode.BAD_REQUEST, "The query string is malformed", null);
            return;
        }
        HttpServerResponse response = ctx.response();
        try {
            for (Section section : sections) {
                long after = 0;
                boolean more = true;
                while (more) {
                    long from = after;
                    Chunk chunk = QuarkusTransaction.requiringNew().call(() -> {
                        // nothing is written; read-only entities need no snapshots for dirty checking
                        Panache.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
                        return section.read(from, options, batchSize);
                    });
                    if (!response.headWritten()) {
                        response.setChunked(true).putHeader("Content-Type", NDJSON).putHeader("Cache-Control", "no-cache");
                    }
                    if (!chunk.lines().isEmpty()) {
                        response.write(lines(chunk.lines())).toCompletionStage().toCompletableFuture()
                                .get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    }
                    after = chunk.lastId();
                    more = chunk.more();
                }
            }
            if (!response.headWritten()) {
                response.putHeader("Content-Type", NDJSON);
            }
            response.end();
        } catch (ExecutionException | TimeoutException e) {
            // the client went away or stopped reading: nothing to answer
            LOG.debugf("Export to %s abandoned: %s", ctx.request().remoteAddress(), e);
            response.reset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.reset();
        } catch (RuntimeException e) {
            fail(ctx, e);
        }
    }

    /** Before the first line: a coded JSON error. After it: the connection is cut, so a client cannot take a part for the whole. */
    private static void fail(RoutingContext ctx, RuntimeException e) {
        HttpServerResponse response = ctx.response();
        boolean unavailable = databaseUnavailable(e);
        if (unavailable) {
            LOG.warnf("Export %s: database unavailable: %s", ctx.request().path(), e);
        } else {
            LOG.errorf(e, "Export %s failed", ctx.request().path());
        }
        if (response.headWritten()) {
            response.reset();
        } else if (unavailable) {
            reject(response, 503, ErrorCode.UNAVAILABLE, "The export could not be read just now; try again", null);
        } else {
            reject(response, 500, ErrorCode.INTERNAL, "The export failed; details are logged", null);
        }
    }

    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static Buffer lines(List<Map<String, Object>> lines) {
        Buffer buffer = Buffer.buffer();
        try {
            for (Map<String, Object> line : lines) {
                buffer.appendBytes(JSON.writeValueAsBytes(line)).appendByte((byte) '\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export line did not serialize", e);
        }
        return buffer;
    }

    private static void reject(HttpServerResponse response, int status, ErrorCode code, String message, String parameter) {
        Map<String, Object> extensions = parameter == null ? Map.of("code", code.name())
                : Map.of("code", code.name(), "parameter", parameter);
        Map<String, Object> body = Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
        try {
            response.setStatusCode(status).putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store").end(Buffer.buffer(JSON.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

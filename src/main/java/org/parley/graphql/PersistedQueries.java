package org.parley.graphql;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.core.ErrorCode;

/**
 * Apollo's automatic persisted queries and the optional allow-list of operations.
 *
 * <p>A request whose {@code extensions.persistedQuery} carries {@code version: 1} and a
 * {@code sha256Hash} is resolved here: with the query, the hash is checked and the pair
 * registered (in a store bounded in bytes, least recently used out first); without it, the
 * registered query is looked up, and an unknown hash is {@code PERSISTED_QUERY_NOT_FOUND},
 * which tells Apollo's client to send the query once more with the hash.
 *
 * <p>With {@code parley.graphql.persisted-only=true} ({@code PARLEY_PERSISTED_ONLY}) only the
 * known operations run: the example operations shipped in the jar and those of the file
 * {@code parley.graphql.persisted-operations} ({@code PARLEY_PERSISTED_OPERATIONS}, a JSON object
 * of SHA-256 hex hash to document, as graphql-codegen's persisted documents are written).
 * Anything else is {@code OPERATION_NOT_ALLOWED}, and nothing is registered.
 */
@ApplicationScoped
public class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    /** Index of the example operations, copied into the jar from src/main/graphql/examples. */
    static final String EXAMPLES = "META-INF/resources/examples/";

    @ConfigProperty(name = "parley.graphql.persisted-only", defaultValue = "false")
    boolean persistedOnly;

    @ConfigProperty(name = "parley.graphql.persisted-operations")
    Optional<String> operationsFile;

    @ConfigProperty(name = "parley.graphql.persisted-queries.max-bytes", defaultValue = "1048576")
    long maxBytes;

    /** The allow-list: hash to document. */
    private final Map<String, String> known = new HashMap<>();

    /** Queries registered by clients, most recently used last; guarded by itself. */
    private final LinkedHashMap<String, String> registered = new LinkedHashMap<>(64, 0.75f, true);
    private long registeredBytes;

    /** What to do with a request: run {@code query} (null when the request has none) or refuse it. */
    public record Resolution(String query, ErrorCode code, int status, String message) {
        static Resolution run(String query) {
            return new Resolution(query, null, 200, null);
        }

        static Resolution refuse(ErrorCode code, int status, String message) {
            return new Resolution(null, code, status, message);
        }

        public boolean refused() {
            return code != null;
        }

        /** The GraphQL error body of a refusal. */
        public JsonObject errorBody() {
            JsonObject error = new JsonObject().put("message", message)
                    .put("extensions", new JsonObject().put("code", code.name()));
            return new JsonObject().put("errors", new JsonArray().add(error));
        }
    }

    @PostConstruct
    void load() {
        loadExamples();
        operationsFile.filter(f -> !f.isBlank()).ifPresent(file -> loadFile(Path.of(file)));
        if (persistedOnly) {
            LOG.infof("Persisted operations only: %d operations are allowed", known.size());
        }
    }

    public boolean persistedOnly() {
        return persistedOnly;
    }

    /** Decides on a request's query and extensions (either may be null). */
    public Resolution resolve(String query, JsonObject extensions) {
        Object persisted = extensions == null ? null : extensions.getValue("persistedQuery");
        if (persisted == null) {
            if (query != null && persistedOnly && !known.containsKey(sha256(query))) {
                return notAllowed();
            }
            return Resolution.run(query);
        }
        if (!(persisted instanceof JsonObject apq) || !Integer.valueOf(1).equals(asInt(apq.getValue("version")))) {
            return Resolution.refuse(ErrorCode.BAD_REQUEST, 400,
                    "extensions.persistedQuery must be an object with version 1 and a sha256Hash");
        }
        if (!(apq.getValue("sha256Hash") instanceof String hash) || !SHA256_HEX.matcher(hash).matches()) {
            return Resolution.refuse(ErrorCode.BAD_REQUEST, 400,
                    "extensions.persistedQuery.sha256Hash must be the SHA-256 of the query in 64 lowercase hex digits");
        }
        if (query == null) {
            String found = lookup(hash);
            return found == null
                    ? Resolution.refuse(ErrorCode.PERSISTED_QUERY_NOT_FOUND, 200, "PersistedQueryNotFound")
                    : Resolution.run(found);
        }
        if (!sha256(query).equals(hash)) {
            return Resolution.refuse(ErrorCode.BAD_REQUEST, 400,
                    "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query");
        }
        if (persistedOnly) {
            return known.containsKey(hash) ? Resolution.run(query) : notAllowed();
        }
        register(hash, query);
        return Resolution.run(query);
    }

    private static Resolution notAllowed() {
        return Resolution.refuse(ErrorCode.OPERATION_NOT_ALLOWED, 400,
                "This server runs persisted operations only; send the sha256Hash of a known operation");
    }

    private String lookup(String hash) {
        String document = known.get(hash);
        if (document != null || persistedOnly) {
            return document;
        }
        synchronized (registered) {
            return registered.get(hash);
        }
    }

    private void register(String hash, String query) {
        long size = bytes(query);
        if (known.containsKey(hash) || size > maxBytes) {
            return;
        }
        synchronized (registered) {
            if (registered.put(hash, query) == null) {
                registeredBytes += size;
            }
            Iterator<Map.Entry<String, String>> oldest = registered.entrySet().iterator();
            while (registeredBytes > maxBytes && oldest.hasNext()) {
                registeredBytes -= bytes(oldest.next().getValue());
                oldest.remove();
            }
        }
    }

    /** Bytes held for a registered query: its hash and its text (UTF-16 in memory). */
    private static long bytes(String query) {
        return 64 + 2L * query.length();
    }

    /** The most bytes the registered queries may take. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Bytes the registered queries take now (for tests and metrics). */
    public long registeredBytes() {
        synchronized (registered) {
            return registeredBytes;
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer asInt(Object value) {
        return value instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : null;
    }

    private void allow(String document) {
        known.put(sha256(document), document);
        known.put(sha256(document.strip()), document.strip());
    }

    /** The example operations (src/main/graphql/examples), listed in their index.json. */
    private void loadExamples() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String index = read(loader, EXAMPLES + "index.json");
        if (index == null) {
            LOG.warn("No example operations in the jar (" + EXAMPLES + "index.json)");
            return;
        }
        for (Object entry : new JsonArray(index)) {
            String name = ((JsonObject) entry).getString("operation");
            String document = read(loader, EXAMPLES + name + ".graphql");
            if (document == null) {
                throw new IllegalStateException("Example operation " + name + ".graphql is missing from the jar");
            }
            allow(document);
        }
    }

    private void loadFile(Path file) {
        JsonObject operations;
        try {
            operations = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the persisted operations file " + file, e);
        }
        for (Map.Entry<String, Object> entry : operations) {
            if (!(entry.getValue() instanceof String document) || !sha256(document).equals(entry.getKey())) {
                throw new IllegalStateException("Persisted operations file " + file + ": the entry " + entry.getKey()
                        + " is not a document whose SHA-256 is its key");
            }
            known.put(entry.getKey(), document);
        }
    }

    static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

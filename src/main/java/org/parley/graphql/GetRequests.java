package org.parley.graphql;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.core.ErrorCode;

/**
 * Queries over GET, as HTTP caches and browsers expect:
 * {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…}.
 *
 * <p>A mutation is refused with HTTP 405 ({@code Allow: POST}) and a {@code BAD_REQUEST} error,
 * before anything runs. A query is answered exactly as the same request sent with POST: it is
 * passed, as a POST, to this very server (so the request gate, limits, error codes and metrics
 * are the POST ones), and the answer goes back with an {@code ETag} (a hash of the body) and
 * {@code Cache-Control} ({@code parley.http.get.cache-control}, default {@code public, max-age=60};
 * {@code private, no-cache} when the request carries credentials). A matching
 * {@code If-None-Match} is {@code 304 Not Modified}. Answers with errors get
 * {@code Cache-Control: no-store} and no ETag.
 *
 * <p>SmallRye GraphQL's own GET support ({@code quarkus.smallrye-graphql.http.get.enabled}) stays
 * off: it URL-decodes the parameters a second time (a {@code +} or {@code %} in a query or a
 * variable is changed or refused), runs mutations over GET, and sets no cache headers.
 */
@ApplicationScoped
public class GetRequests {

    private static final Logger LOG = Logger.getLogger(GetRequests.class);

    @Inject
    Vertx vertx;

    @Inject
    PersistedQueries queries;

    @ConfigProperty(name = "parley.http.get.cache-control", defaultValue = "public, max-age=60")
    String cacheControl;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens")
    int maxWhitespaceTokens;

    private volatile HttpClient client;

    void install(@Observes Router router) {
        router.get("/graphql").order(-100).handler(this::handle);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    void handle(RoutingContext ctx) {
        MultiMap params = ctx.queryParams();
        String query = params.get("query");
        JsonObject variables;
        JsonObject extensions;
        try {
            variables = jsonParam(params, "variables");
            extensions = jsonParam(params, "extensions");
        } catch (IllegalArgumentException e) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, e.getMessage());
            return;
        }
        if (query != null && query.isBlank()) {
            query = null;
        }
        if (query == null && extensions == null) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "A GET request needs a 'query' parameter (or a persisted query hash in 'extensions')");
            return;
        }
        PersistedQueries.Resolution resolution = queries.resolve(query, extensions);
        if (resolution.refused()) {
            ctx.response().putHeader("Cache-Control", "no-store");
            send(ctx, resolution.status(), resolution.errorBody().toBuffer(), null);
            return;
        }
        query = resolution.query();
        if (query == null) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "A GET request needs a 'query' parameter");
            return;
        }
        String operationName = params.get("operationName");
        if (operationName != null && operationName.isBlank()) {
            operationName = null;
        }
        if (isMutation(query, operationName)) {
            ctx.response().putHeader("Allow", "POST");
            reject(ctx, 405, ErrorCode.BAD_REQUEST,
                    "Mutations must be sent with POST; GET is for queries only. Nothing was run.");
            return;
        }
        JsonObject body = new JsonObject().put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        forward(ctx, body);
    }

    /** A JSON object parameter, or null when absent. */
    private static JsonObject jsonParam(MultiMap params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Object parsed;
        try {
            parsed = new JsonObject("{\"v\":" + value + "}").getValue("v");
        } catch (DecodeException e) {
            throw new IllegalArgumentException("'" + name + "' must be a JSON object");
        }
        if (!(parsed instanceof JsonObject object)) {
            throw new IllegalArgumentException("'" + name + "' must be a JSON object");
        }
        return object;
    }

    /**
     * True when the operation that would run is a mutation (or subscription). A document that does
     * not parse, or names no such operation, is left to the POST path, which reports it with its code.
     */
    boolean isMutation(String query, String operationName) {
        Document document;
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                    .maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens).captureSourceLocation(false));
            document = new Parser().parseDocument(
                    ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (RuntimeException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            boolean selected = operationName == null ? operations.size() == 1 : operationName.equals(operation.getName());
            if (selected) {
                return operation.getOperation() != OperationDefinition.Operation.QUERY;
            }
        }
        // No operation selected: refuse when every operation in it is a mutation, else let POST explain.
        return !operations.isEmpty()
                && operations.stream().allMatch(o -> o.getOperation() != OperationDefinition.Operation.QUERY);
    }

    /** Sends the query as a POST to this server and relays the answer with cache headers. */
    private void forward(RoutingContext ctx, JsonObject body) {
        SocketAddress local = ctx.request().localAddress();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(local.hostAddress()).setPort(local.port()).setURI("/graphql")
                .setSsl(ctx.request().isSSL())
                .putHeader("Content-Type", "application/json").putHeader("Accept", "application/json")
                .setIdleTimeout(60_000);
        String costAsked = ctx.request().getHeader(CostMeter.HEADER);
        if (costAsked != null) {
            options.putHeader(CostMeter.HEADER, costAsked);
        }
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        client().request(options)
                .compose(request -> request.send(body.toBuffer()))
                .compose(response -> response.body().map(buffer -> new Answer(response.statusCode(),
                        response.getHeader("Content-Type"), buffer)))
                .onSuccess(answer -> answer(ctx, answer, authorization != null))
                .onFailure(failure -> {
                    LOG.warn("GET /graphql could not be answered through POST", failure);
                    reject(ctx, 503, ErrorCode.UNAVAILABLE, "The query could not be run just now; try again");
                });
    }

    private record Answer(int status, String contentType, Buffer body) {
    }

    private void answer(RoutingContext ctx, Answer answer, boolean withCredentials) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().putHeader("Vary", "Authorization");
        if (answer.status() != 200 || hasErrors(answer.body())) {
            ctx.response().putHeader("Cache-Control", "no-store");
            send(ctx, answer.status(), answer.body(), answer.contentType());
            return;
        }
        String etag = etag(answer.body());
        ctx.response().putHeader("ETag", etag)
                .putHeader("Cache-Control", withCredentials ? "private, no-cache" : cacheControl);
        if (matches(ctx.request().getHeader("If-None-Match"), etag)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        send(ctx, 200, answer.body(), answer.contentType());
    }

    private static boolean hasErrors(Buffer body) {
        try {
            return !(body.toJson() instanceof JsonObject json) || json.containsKey("errors");
        } catch (DecodeException e) {
            return true;
        }
    }

    /** A strong validator: the first 128 bits of the body's SHA-256, base64url. */
    static String etag(Buffer body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes());
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match: "*" or a list of tags, weak or strong (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setTrustAll(true).setVerifyHost(false).setKeepAlive(true).setMaxPoolSize(16));
                }
                c = client;
            }
        }
        return c;
    }

    private static void send(RoutingContext ctx, int status, Buffer body, String contentType) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", contentType == null ? "application/json" : contentType)
                .end(body);
    }

    private static void reject(RoutingContext ctx, int status, ErrorCode code, String message) {
        ctx.response().putHeader("Cache-Control", "no-store");
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()));
        send(ctx, status, new JsonObject().put("errors", new io.vertx.core.json.JsonArray().add(error)).toBuffer(), null);
    }
}

package org.parley.graphql;

import org.parley.core.ErrorCode;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a GraphQL POST before SmallRye sees it, because SmallRye answers a body that is not
 * JSON or a document that does not parse with an uncoded "Unparseable input document".
 * Here those get a coded error that says what is wrong; everything else passes through.
 */
@ApplicationScoped
public class RequestGate {

    private static final int REMEMBERED_DOCUMENTS = 2_000;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens")
    int maxWhitespaceTokens;

    @ConfigProperty(name = "parley.graphql.max-request-bytes", defaultValue = "65536")
    long maxRequestBytes;

    /** Documents already known to parse, so the hot path parses each distinct query once. */
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();

    void install(@Observes Router router) {
        router.post("/graphql").order(-100)
                .handler(BodyHandler.create().setBodyLimit(maxRequestBytes).setHandleFileUploads(false))
                .handler(this::check)
                .failureHandler(RequestGate::tooLarge);
    }

    /** The body handler refuses a body over the limit with 413; say so in a coded error. */
    static void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().ended()) {
            reject(ctx, 413, ErrorCode.QUERY_TOO_LARGE, "The request body is larger than the limit");
        } else {
            ctx.next();
        }
    }

    /**
     * A bearer token that is present but invalid (expired, tampered, signed by another key, from
     * another issuer) fails authentication when a mutation first asks who the caller is; Quarkus
     * would answer a bare 401. This handler answers 401 with a coded GraphQL error instead. A
     * missing token is no failure: the request runs anonymously and a mutation reports
     * UNAUTHENTICATED from the GraphQL layer. Reads never ask, so a bad token does not block them.
     */
    private static final BiConsumer<RoutingContext, Throwable> AUTHENTICATION_FAILED = (ctx, failure) -> {
        if (!ctx.response().ended()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reject(ctx, 401, ErrorCode.UNAUTHENTICATED,
                    "The bearer token is not valid: expired, altered, or not issued for Parley");
        }
    };

    void check(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        Object request;
        try {
            request = body == null || body.length() == 0 ? null : body.toJson();
        } catch (DecodeException e) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON");
            return;
        }
        if (!(request instanceof JsonObject json) || !(json.getValue("query") instanceof String query)) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "The request body must be a JSON object with a 'query' string");
            return;
        }
        Object variables = json.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "'variables' must be a JSON object");
            return;
        }
        if (containsNul(query) || containsNul(variables)) {
            reject(ctx, 200, ErrorCode.BAD_USER_INPUT, "Text must not contain NUL (U+0000) characters");
            return;
        }
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, AUTHENTICATION_FAILED);
        if (!parsed.contains(query)) {
            try {
                parse(query);
            } catch (ParseCancelledException e) {
                reject(ctx, 200, ErrorCode.QUERY_TOO_LARGE, "The document is too large: " + e.getMessage());
                return;
            } catch (InvalidSyntaxException e) {
                reject(ctx, 200, ErrorCode.GRAPHQL_PARSE_FAILED, "The document is not valid GraphQL: " + e.getMessage());
                return;
            }
            if (parsed.size() < REMEMBERED_DOCUMENTS) {
                parsed.add(query);
            }
        }
        ctx.next();
    }

    /** True when a string anywhere in the value holds U+0000, which PostgreSQL cannot store in text. */
    static boolean containsNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof JsonObject object) {
            for (var entry : object) {
                if (containsNul(entry.getKey()) || containsNul(entry.getValue())) {
                    return true;
                }
            }
        } else if (value instanceof JsonArray array) {
            for (Object item : array) {
                if (containsNul(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void parse(String query) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens).captureSourceLocation(false));
        new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
    }

    private static void reject(RoutingContext ctx, int status, ErrorCode code, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()));
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}

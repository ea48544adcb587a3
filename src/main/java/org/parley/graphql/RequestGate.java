package org.parley.graphql;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
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
                .handler(this::check);
    }

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

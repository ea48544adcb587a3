package org.parley.graphql;

import org.parley.core.ErrorCode;
import org.parley.core.TextValidator;

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

    /** Documents with more tokens than this are QUERY_TOO_LARGE (exactly this many are fine). */
    @ConfigProperty(name = "parley.graphql.max-tokens", defaultValue = "3000")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens")
    int maxWhitespaceTokens;

    @ConfigProperty(name = "parley.graphql.max-request-bytes", defaultValue = "65536")
    long maxRequestBytes;

    /** Documents already known to parse, with their shape, so the hot path parses each distinct query once. */
    private final java.util.Map<String, Shape> parsed = new ConcurrentHashMap<>();

    /** How many operations a document has, and which of them are subscriptions (by name; null for an unnamed one). */
    record Shape(int operations, java.util.Set<String> subscriptions) {
        static Shape of(graphql.language.Document document) {
            var definitions = document.getDefinitionsOfType(graphql.language.OperationDefinition.class);
            java.util.Set<String> subscriptions = new java.util.HashSet<>();
            for (var definition : definitions) {
                if (definition.getOperation() == graphql.language.OperationDefinition.Operation.SUBSCRIPTION) {
                    subscriptions.add(definition.getName());
                }
            }
            return new Shape(definitions.size(), subscriptions);
        }

        /** Whether the operation that would run is a subscription. */
        boolean runsSubscription(Object operationName) {
            if (operationName instanceof String name && !name.isEmpty()) {
                return subscriptions.contains(name);
            }
            return operations == 1 && !subscriptions.isEmpty();
        }
    }

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
            String reason = "The bearer token is not valid: expired, altered, or not issued for Parley";
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.parley.core.TokenRefused refused) {
                    reason = refused.getMessage();
                    break;
                }
            }
            reject(ctx, 401, ErrorCode.UNAUTHENTICATED, reason);
        }
    };

    void check(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body != null && body.length() >= 3 && body.getByte(0) == (byte) 0xEF && body.getByte(1) == (byte) 0xBB
                && body.getByte(2) == (byte) 0xBF) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "The request body starts with a byte order mark (U+FEFF); send plain UTF-8 JSON without it");
            return;
        }
        Object request;
        try {
            String strictProblem = body == null || body.length() == 0 ? null : strictJsonProblem(body.getBytes());
            if (strictProblem != null) {
                reject(ctx, 400, ErrorCode.BAD_REQUEST, "The request body is not valid JSON: " + strictProblem);
                return;
            }
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
        Object operationName = json.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "'operationName' must be a string naming an operation of the document, or left out");
            return;
        }
        String textProblem = textProblem(query);
        textProblem = textProblem != null ? textProblem : textProblem(variables);
        textProblem = textProblem != null ? textProblem : textProblem(operationName);
        if (textProblem != null) {
            reject(ctx, 200, ErrorCode.BAD_USER_INPUT, "Text " + textProblem);
            return;
        }
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, AUTHENTICATION_FAILED);
        Shape shape = parsed.get(query);
        if (shape == null) {
            Parsed document = parseChecked(query);
            if (document.code() != null) {
                reject(ctx, 200, document.code(), document.message());
                return;
            }
            shape = Shape.of(document.document());
            if (parsed.size() < REMEMBERED_DOCUMENTS) {
                parsed.put(query, shape);
            }
        }
        if (shape.runsSubscription(operationName)) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "A subscription runs over a WebSocket at /graphql (subprotocol "
                    + "graphql-transport-ws), not with POST; nothing was run");
            return;
        }
        if ("".equals(operationName) && shape.operations() > 1) {
            reject(ctx, 400, ErrorCode.BAD_REQUEST, "The document has " + shape.operations()
                    + " operations and 'operationName' is empty; name the operation to run");
            return;
        }
        ctx.next();
    }

    /**
     * What makes a string anywhere in the value unstorable (a NUL, which PostgreSQL cannot store in
     * text, or half a surrogate pair sent as a JSON escape), or null.
     */
    static String textProblem(Object value) {
        if (value instanceof String text) {
            return TextValidator.encodingProblem(text);
        }
        Iterable<?> items = value instanceof JsonObject object ? object : value instanceof JsonArray array ? array : null;
        if (items != null) {
            for (Object item : items) {
                String problem;
                if (item instanceof java.util.Map.Entry<?, ?> entry) {
                    problem = textProblem(entry.getKey());
                    problem = problem != null ? problem : textProblem(entry.getValue());
                } else {
                    problem = textProblem(item);
                }
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** A parsed document, or why it was refused (code and message). */
    record Parsed(graphql.language.Document document, ErrorCode code, String message) {
    }

    /**
     * Parses the document under the token limits; a document over them is QUERY_TOO_LARGE, one that
     * does not parse GRAPHQL_PARSE_FAILED. graphql-java counts the end of the document as a token
     * too; the limit is on the tokens a client wrote, so the parser is allowed one more.
     */
    Parsed parseChecked(String query) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(maxTokens + 1).maxWhitespaceTokens(maxWhitespaceTokens).captureSourceLocation(false));
        try {
            return new Parsed(new Parser().parseDocument(
                    ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build()), null, null);
        } catch (ParseCancelledException e) {
            return new Parsed(null, ErrorCode.QUERY_TOO_LARGE, "The document is too large: it has more than "
                    + String.format(java.util.Locale.ROOT, "%,d", maxTokens) + " tokens (or more than "
                    + String.format(java.util.Locale.ROOT, "%,d", maxWhitespaceTokens)
                    + " whitespace and comment tokens); send a smaller document");
        } catch (InvalidSyntaxException e) {
            return new Parsed(null, ErrorCode.GRAPHQL_PARSE_FAILED, "The document is not valid GraphQL: " + e.getMessage());
        } catch (RuntimeException e) {
            // graphql-java trips over some malformed input instead of reporting it, e.g. the escape
            // backslash-u{FFFFFFFFFFFF} (an AssertException); it is still a document that does not parse
            return new Parsed(null, ErrorCode.GRAPHQL_PARSE_FAILED,
                    "The document is not valid GraphQL: it contains an invalid string escape or character");
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory STRICT_JSON = new com.fasterxml.jackson.core.JsonFactory();

    /**
     * What makes the body something other than plain JSON (RFC 8259), or null. Vert.x's own
     * decoder is lenient (it accepts comments), and SmallRye then fails on such a body without a
     * code; this check is as strict as the standard: no comments, no single quotes, no trailing
     * commas, no NaN, nothing after the value.
     */
    static String strictJsonProblem(byte[] body) {
        // Decoded here, strictly: Jackson would guess UTF-16 or UTF-32 from the first bytes, and
        // skips string contents without checking their UTF-8 (overlong forms, stray bytes).
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "it is not valid UTF-8";
        }
        try (com.fasterxml.jackson.core.JsonParser parser = STRICT_JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                return "it is empty";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "there is more after the JSON value";
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("comment")) {
                return "comments are not allowed in JSON";
            }
            return message == null ? "malformed" : message.split("\n")[0];
        } catch (java.io.IOException e) {
            return "it cannot be read";
        }
    }

    private static void reject(RoutingContext ctx, int status, ErrorCode code, String message) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()));
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}

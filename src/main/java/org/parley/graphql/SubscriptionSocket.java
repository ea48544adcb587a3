package org.parley.graphql;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.core.ChangeFeed;
import org.parley.core.ErrorCode;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * GraphQL subscriptions over a WebSocket at {@code /graphql}, speaking {@code graphql-transport-ws}
 * (the protocol of graphql-ws, Apollo and urql): {@code connection_init}/{@code connection_ack},
 * {@code ping}/{@code pong}, {@code subscribe}, {@code next}, {@code error}, {@code complete}.
 *
 * <p>Parley runs this endpoint itself rather than SmallRye's so that it can bound what a client
 * costs: at most {@code parley.live.max-connections} sockets per replica (more are refused with
 * HTTP 503 and {@code TOO_MANY_CONNECTIONS} before the upgrade), at most
 * {@code parley.live.max-subscriptions-per-connection} subscriptions per socket (one more gets an
 * {@code error} message with {@code TOO_MANY_SUBSCRIPTIONS}), and a client that stops reading is
 * disconnected (close code 1008, reason {@code SLOW_CONSUMER}) once the socket's write queue is
 * full and its subscription has {@code parley.live.buffer} events waiting, instead of buffering
 * without bound. Documents go through the same gates as over HTTP: token limit and syntax
 * ({@link RequestGate}), persisted queries ({@link PersistedQueries}), and then graphql-java with
 * Parley's instrumentation (depth, fields, cost, error codes). Only subscriptions run here; queries
 * and mutations are sent with POST (where mutations carry their bearer token).
 */
@ApplicationScoped
public class SubscriptionSocket {

    private static final Logger LOG = Logger.getLogger(SubscriptionSocket.class);

    static final String PROTOCOL = "graphql-transport-ws";

    private static final JsonObject PING = new JsonObject().put("type", "ping");

    /** Close code for a client that stopped reading (RFC 6455: policy violation). */
    static final short SLOW_CONSUMER = 1008;

    @Inject
    Vertx vertx;

    @Inject
    Instance<ExecutionService> executionService;

    @Inject
    ChangeFeed feed;

    @Inject
    RequestGate gate;

    @Inject
    PersistedQueries queries;

    @ConfigProperty(name = "parley.live.max-connections", defaultValue = "2000")
    int maxConnections;

    @ConfigProperty(name = "parley.live.max-subscriptions-per-connection", defaultValue = "20")
    int maxSubscriptions;

    @ConfigProperty(name = "parley.live.connection-init-timeout-ms", defaultValue = "10000")
    long initTimeoutMillis;

    /** The server pings every client this often, so proxies do not close quiet sockets as idle; 0 turns it off. */
    @ConfigProperty(name = "parley.live.keep-alive-ms", defaultValue = "30000")
    long keepAliveMillis;

    private final AtomicInteger connections = new AtomicInteger();

    private final java.util.Set<Connection> open = ConcurrentHashMap.newKeySet();

    /** On shutdown every socket is closed with 1001 (going away), so clients reconnect to another replica at once. */
    void stop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        open.forEach(c -> c.close((short) 1001, "Server shutting down; reconnect"));
    }

    void install(@Observes Router router) {
        // before GetRequests (order -100), which answers every other GET of /graphql
        router.get("/graphql").order(-120).handler(this::upgrade);
    }

    /** Open WebSocket connections on this replica. */
    public int connections() {
        return connections.get();
    }

    void upgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader("Upgrade");
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            ctx.next();
            return;
        }
        String protocols = ctx.request().getHeader("Sec-WebSocket-Protocol");
        if (protocols == null || java.util.Arrays.stream(protocols.split(",")).map(String::trim).noneMatch(PROTOCOL::equals)) {
            refuse(ctx, 400, ErrorCode.BAD_REQUEST, "A GraphQL WebSocket must use the subprotocol '" + PROTOCOL
                    + "' (Sec-WebSocket-Protocol); queries and mutations are sent with POST");
            return;
        }
        if (connections.incrementAndGet() > maxConnections) {
            connections.decrementAndGet();
            ctx.response().putHeader("Retry-After", "5").setStatusCode(503).putHeader("Content-Type", "application/json")
                    .end(tooManyConnections(maxConnections).encode());
            return;
        }
        ctx.request().toWebSocket().onComplete(result -> {
            if (result.failed()) {
                connections.decrementAndGet();
                LOG.debugf("WebSocket upgrade failed: %s", result.cause());
                return;
            }
            new Connection(result.result()).start();
        });
    }

    /** The answer to an upgrade beyond the cap (HTTP 503 with Retry-After). */
    static JsonObject tooManyConnections(int maxConnections) {
        return errors(ErrorCode.TOO_MANY_CONNECTIONS, "This replica serves " + maxConnections
                + " WebSocket connections already; try again later (another replica may have room)");
    }

    private static void refuse(RoutingContext ctx, int status, ErrorCode code, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(errors(code, message).encode());
    }

    /** A GraphQL error body: {@code {"errors": [{"message", "extensions": {"code"}}]}}. */
    static JsonObject errors(ErrorCode code, String message) {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()))));
    }

    /** One client socket and its subscriptions. */
    final class Connection {

        private final ServerWebSocket socket;
        private final io.vertx.core.Context context = Vertx.currentContext();
        private final AtomicBoolean acknowledged = new AtomicBoolean();
        private final Map<String, Operation> operations = new ConcurrentHashMap<>();
        private long initTimer = -1;
        private long keepAliveTimer = -1;

        Connection(ServerWebSocket socket) {
            this.socket = socket;
        }

        void start() {
            if (!PROTOCOL.equals(socket.subProtocol())) {
                // the handshake did not settle on the protocol (the server does not offer it)
                connections.decrementAndGet();
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
            }
            socket.closeHandler(v -> closed());
            socket.exceptionHandler(e -> LOG.debugf("WebSocket error: %s", e));
            socket.textMessageHandler(this::onMessage);
            socket.binaryMessageHandler(b -> close((short) 4400, "Messages are JSON text"));
            initTimer = vertx.setTimer(initTimeoutMillis, t -> {
                if (!acknowledged.get()) {
                    close((short) 4408, "Connection initialisation timeout");
                }
            });
            if (keepAliveMillis > 0) {
                keepAliveTimer = vertx.setPeriodic(keepAliveMillis, t -> send(PING));
            }
            open.add(this);
        }

        private void closed() {
            connections.decrementAndGet();
            open.remove(this);
            vertx.cancelTimer(initTimer);
            if (keepAliveTimer >= 0) {
                vertx.cancelTimer(keepAliveTimer);
            }
            operations.values().forEach(Operation::cancel);
            operations.clear();
        }

        void close(short code, String reason) {
            if (!socket.isClosed()) {
                socket.close(code, reason);
            }
        }

        private void send(JsonObject message) {
            if (!socket.isClosed()) {
                socket.writeTextMessage(message.encode());
            }
        }

        void onMessage(String text) {
            JsonObject message;
            try {
                message = new JsonObject(text);
            } catch (DecodeException | ClassCastException e) {
                close((short) 4400, "Invalid message: not a JSON object");
                return;
            }
            Object type = message.getValue("type");
            if (!(type instanceof String)) {
                close((short) 4400, "Invalid message: no 'type'");
                return;
            }
            switch ((String) type) {
                case "connection_init" -> {
                    if (acknowledged.getAndSet(true)) {
                        close((short) 4429, "Too many initialisation requests");
                    } else {
                        send(new JsonObject().put("type", "connection_ack"));
                    }
                }
                case "ping" -> send(new JsonObject().put("type", "pong"));
                case "pong" -> {
                }
                case "subscribe" -> subscribe(message);
                case "complete" -> {
                    Operation operation = message.getValue("id") instanceof String id ? operations.remove(id) : null;
                    if (operation != null) {
                        operation.cancel();
                    }
                }
                default -> close((short) 4400, "Invalid message type '" + type + "'");
            }
        }

        private void subscribe(JsonObject message) {
            if (!acknowledged.get()) {
                close((short) 4401, "Unauthorized: send connection_init first");
                return;
            }
            if (!(message.getValue("id") instanceof String id) || id.isEmpty()
                    || !(message.getValue("payload") instanceof JsonObject payload)) {
                close((short) 4400, "Invalid subscribe message: it needs an 'id' string and a 'payload' object");
                return;
            }
            Operation operation = new Operation(this, id);
            if (operations.putIfAbsent(id, operation) != null) {
                close((short) 4409, "Subscriber for " + id + " already exists");
                return;
            }
            if (operations.size() > maxSubscriptions) {
                operations.remove(id);
                operation.error(errors(ErrorCode.TOO_MANY_SUBSCRIPTIONS, "A connection may hold " + maxSubscriptions
                        + " subscriptions at once; complete one first or open another connection"));
                return;
            }
            JsonObject refusal = check(payload);
            if (refusal != null) {
                operations.remove(id);
                operation.error(refusal);
                return;
            }
            // graphql-java resolves the root field (a name lookup) on a worker thread, in a transaction
            feed.onDispatcher(() -> execute(operation, payload));
        }

        /** The HTTP gates: variables and names shaped right, persisted queries, token limit and syntax, subscriptions only. */
        private JsonObject check(JsonObject payload) {
            Object variables = payload.getValue("variables");
            Object operationName = payload.getValue("operationName");
            Object extensions = payload.getValue("extensions");
            if ((variables != null && !(variables instanceof JsonObject)) || (operationName != null && !(operationName instanceof String))
                    || (extensions != null && !(extensions instanceof JsonObject))) {
                return errors(ErrorCode.BAD_REQUEST, "'variables' and 'extensions' must be JSON objects and 'operationName' a string");
            }
            String query = payload.getValue("query") instanceof String q ? q : null;
            PersistedQueries.Resolution resolution = queries.resolve(query, (JsonObject) extensions);
            if (resolution.refused()) {
                return resolution.errorBody();
            }
            query = resolution.query();
            if (query == null) {
                return errors(ErrorCode.BAD_REQUEST, "A subscribe payload needs a 'query' string");
            }
            payload.put("query", query);
            String textProblem = RequestGate.textProblem(query);
            textProblem = textProblem != null ? textProblem : RequestGate.textProblem(variables);
            if (textProblem != null) {
                return errors(ErrorCode.BAD_USER_INPUT, "Text " + textProblem);
            }
            RequestGate.Parsed parsed = gate.parseChecked(query);
            if (parsed.code() != null) {
                return errors(parsed.code(), parsed.message());
            }
            OperationDefinition chosen = null;
            for (OperationDefinition definition : parsed.document().getDefinitionsOfType(OperationDefinition.class)) {
                if (operationName == null || operationName.equals(definition.getName())) {
                    if (chosen != null && operationName == null) {
                        return errors(ErrorCode.BAD_REQUEST, "The document has several operations; name the one to run in 'operationName'");
                    }
                    chosen = definition;
                }
            }
            if (chosen != null && chosen.getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
                return errors(ErrorCode.BAD_REQUEST, "Only subscriptions run over the WebSocket; send queries and mutations with POST");
            }
            return null; // an unknown operationName is graphql-java's validation error
        }

        private void execute(Operation operation, JsonObject payload) {
            if (operation.cancelled.get()) {
                return;
            }
            Map<String, Object> context = new HashMap<>();
            // resolvers run on this thread (it has the transaction), not on a worker of their own
            context.put("runBlocking", true);
            jakarta.json.JsonObject request;
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(payload.encode()))) {
                request = reader.readObject();
            }
            executionService.get().execute(request, context, response -> started(operation, response), false);
        }

        @SuppressWarnings("unchecked")
        private void started(Operation operation, ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result.isDataPresent() && result.getData() instanceof Publisher<?> stream) {
                ((Publisher<ExecutionResult>) stream).subscribe(operation);
            } else {
                operations.remove(operation.id);
                JsonObject body = new JsonObject(response.getExecutionResultAsString());
                operation.error(body.containsKey("errors") ? body : errors(ErrorCode.BAD_REQUEST,
                        "Only subscriptions run over the WebSocket; send queries and mutations with POST"));
            }
        }
    }

    /** One subscription: forwards each event as a {@code next} message while the socket keeps up. */
    final class Operation implements Subscriber<ExecutionResult> {

        private final Connection connection;
        final String id;
        private final String prefix;
        final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<Subscription> subscription = new AtomicReference<>();

        Operation(Connection connection, String id) {
            this.connection = connection;
            this.id = id;
            this.prefix = "{\"id\":" + Json.encode(id) + ",\"type\":\"next\",\"payload\":";
        }

        void error(JsonObject body) {
            connection.send(new JsonObject().put("id", id).put("type", "error").put("payload", body.getJsonArray("errors")));
        }

        void cancel() {
            cancelled.set(true);
            Subscription s = subscription.getAndSet(null);
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (cancelled.get() || !subscription.compareAndSet(null, s)) {
                s.cancel();
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(ExecutionResult result) {
            ServerWebSocket socket = connection.socket;
            if (socket.isClosed()) {
                return;
            }
            if (result.getErrors().stream().anyMatch(e -> e.getExtensions() != null
                    && ErrorCode.SLOW_CONSUMER.name().equals(e.getExtensions().get("code")))) {
                // graphql-java reports the overflow of the subscription's buffer as an event with an error
                LOG.infof("Closing a WebSocket whose client stopped reading (subscription %s)", id);
                connection.close(SLOW_CONSUMER, "SLOW_CONSUMER: the client did not read its events");
                return;
            }
            socket.writeTextMessage(prefix + new ExecutionResponse(result).getExecutionResultAsString() + "}");
            if (socket.writeQueueFull()) {
                // ask for the next event only once the client has read this one; meanwhile events wait
                // in the subscription's bounded buffer, and overflowing it ends the connection. The
                // drain handler belongs on the socket's event loop, where the queue drains.
                connection.context.runOnContext(v -> {
                    if (socket.writeQueueFull()) {
                        socket.drainHandler(d -> {
                            socket.drainHandler(null);
                            requestNext();
                        });
                    } else {
                        requestNext();
                    }
                });
            } else {
                requestNext();
            }
        }

        private void requestNext() {
            Subscription s = subscription.get();
            if (s != null) {
                feed.onDispatcher(() -> s.request(1));
            }
        }

        @Override
        public void onError(Throwable failure) {
            connection.operations.remove(id);
            if (failure instanceof BackPressureFailure) {
                LOG.infof("Closing a WebSocket whose client stopped reading (subscription %s)", id);
                connection.close(SLOW_CONSUMER, "SLOW_CONSUMER: the client did not read its events");
            } else {
                String correlationId = java.util.UUID.randomUUID().toString();
                LOG.errorf(failure, "[correlationId=%s] Subscription %s failed", correlationId, id);
                error(errors(ErrorCode.INTERNAL, "Internal server error; quote correlation id " + correlationId + " when reporting it"));
            }
        }

        @Override
        public void onComplete() {
            if (connection.operations.remove(id) != null) {
                connection.send(new JsonObject().put("id", id).put("type", "complete"));
            }
        }
    }
}

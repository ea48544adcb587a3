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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Events that may wait per subscription once the socket's write queue is full; one more closes the socket. */
    @ConfigProperty(name = "parley.live.buffer", defaultValue = "64")
    int buffer;

    private final AtomicInteger connections = new AtomicInteger();

    private final java.util.Set<Connection> open = ConcurrentHashMap.newKeySet();

    /** The running executions, by document, operation name and variables. */
    private final Map<String, SharedStream> streams = new ConcurrentHashMap<>();

    /** On shutdown every socket is closed with 1001 (going away), so clients reconnect to another replica at once. */
    void stopping(@Observes io.quarkus.runtime.ShutdownDelayInitiatedEvent event) {
        // at the start of the shutdown delay, while readiness is DOWN: clients move to another replica now
        open.forEach(c -> c.close((short) 1001, "Server shutting down; reconnect"));
    }

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

    /** Subscriptions on this replica that receive changes (whether their stream is shared or not). */
    public int subscriptions() {
        return streams.values().stream().mapToInt(SharedStream::liveMembers).sum();
    }

    /** Executions of distinct subscription documents on this replica. */
    public int streams() {
        return streams.size();
    }

    /** Makes the operation a member of the stream of its request, starting one when there is none. */
    private void join(Operation operation, JsonObject request) {
        String key = request.encode();
        while (true) {
            SharedStream created = new SharedStream(key, request);
            SharedStream stream = streams.putIfAbsent(key, created);
            if (stream == null) {
                stream = created;
            }
            if (stream.join(operation)) {
                if (stream == created) {
                    // graphql-java resolves the root field (a name lookup) on the dispatcher thread, in a transaction
                    feed.onDispatcher(created::start);
                }
                return;
            }
            streams.remove(key, stream); // it ended between lookup and join
        }
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
            new Connection(result.result(), ctx.request()).start();
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
        final Map<String, Operation> operations = new ConcurrentHashMap<>();
        /** Messages the socket had no room for yet, oldest first. */
        private final java.util.ArrayDeque<String> waiting = new java.util.ArrayDeque<>();
        private boolean dropped;
        private long initTimer = -1;
        private long keepAliveTimer = -1;

        /** The HTTP request that was upgraded: Quarkus counts it in flight until the socket closes. */
        private final io.vertx.core.http.HttpServerRequest upgrade;

        Connection(ServerWebSocket socket, io.vertx.core.http.HttpServerRequest upgrade) {
            this.socket = socket;
            this.upgrade = upgrade;
        }

        void start() {
            if (!PROTOCOL.equals(socket.subProtocol())) {
                // the handshake did not settle on the protocol (the server does not offer it)
                connections.decrementAndGet();
                socket.closeHandler(v -> UpgradedRequests.finished(upgrade));
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
            UpgradedRequests.finished(upgrade);
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

        /** Control messages share the events' queue, so a {@code complete} never overtakes the events before it. */
        void send(JsonObject message) {
            enqueue(message.encode(), false);
        }

        /** An event: once the socket's write queue is full, at most {@code buffer} per subscription wait here. */
        void sendEvent(String message) {
            enqueue(message, true);
        }

        private void enqueue(String message, boolean event) {
            boolean slow = false;
            synchronized (this) {
                if (socket.isClosed() || dropped) {
                    return;
                }
                if (waiting.isEmpty() && !socket.writeQueueFull()) {
                    socket.writeTextMessage(message);
                    return;
                }
                if (event && waiting.size() >= buffer * Math.max(1, operations.size())) {
                    slow = true;
                } else {
                    waiting.add(message);
                    if (waiting.size() == 1) {
                        // the drain handler belongs on the socket's event loop, where the queue drains
                        context.runOnContext(v -> drain());
                    }
                }
            }
            if (slow) {
                slowConsumer();
            }
        }

        private synchronized void drain() {
            while (!waiting.isEmpty() && !socket.writeQueueFull() && !socket.isClosed()) {
                socket.writeTextMessage(waiting.poll());
            }
            if (!waiting.isEmpty() && !socket.isClosed()) {
                try {
                    socket.drainHandler(d -> {
                        try {
                            socket.drainHandler(null);
                        } catch (IllegalStateException closedMeanwhile) {
                            return;
                        }
                        drain();
                    });
                } catch (IllegalStateException closedMeanwhile) {
                    // the socket closed since the check: nothing is left to drain
                }
            }
        }

        /** The client stopped reading: its subscriptions end now, and the socket closes with 1008. */
        void slowConsumer() {
            synchronized (this) {
                if (dropped) {
                    return;
                }
                dropped = true;
                waiting.clear();
            }
            LOG.infof("Closing a WebSocket whose client stopped reading (%d subscriptions)", operations.size());
            operations.values().forEach(Operation::cancel);
            operations.clear();
            close(SLOW_CONSUMER, "SLOW_CONSUMER: the client did not read its events");
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
            join(operation, new JsonObject().put("query", payload.getValue("query"))
                    .put("operationName", payload.getValue("operationName")).put("variables", payload.getValue("variables")));
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

    }

    /**
     * One execution of a subscription document (query, operation, variables) shared by every
     * subscription on this replica that sends the same one: a dashboard opened by a thousand readers
     * costs one graphql-java execution, one transaction and one serialisation per event, not a
     * thousand. Subscriptions are public and their answers depend on nothing but the document, so
     * sharing cannot leak one client's data to another; if answers ever depend on the caller (a
     * token on the socket), the caller must become part of the key.
     */
    final class SharedStream implements Subscriber<ExecutionResult> {

        private final String key;
        private final JsonObject request;
        private final List<Operation> members = new ArrayList<>();
        private Subscription subscription;
        private boolean closed;
        /** Set once the stream listens to the feed: a change committed after that reaches every member. */
        volatile boolean live;

        SharedStream(String key, JsonObject request) {
            this.key = key;
            this.request = request;
        }

        /** Adds a member; false when the stream has just ended and a new one is needed. */
        synchronized boolean join(Operation operation) {
            if (closed) {
                return false;
            }
            members.add(operation);
            operation.stream = this;
            return true;
        }

        synchronized int liveMembers() {
            return live ? members.size() : 0;
        }

        /** Removes a member; the last one leaving ends the execution. */
        void leave(Operation operation) {
            Subscription toCancel = null;
            synchronized (this) {
                if (!members.remove(operation) || !members.isEmpty() || closed) {
                    return;
                }
                toCancel = end();
            }
            if (toCancel != null) {
                toCancel.cancel();
            }
        }

        /** Marks the stream ended (caller holds the lock) and returns the subscription to cancel. */
        private Subscription end() {
            closed = true;
            live = false;
            streams.remove(key, this);
            Subscription s = subscription;
            subscription = null;
            return s;
        }

        /** Ends the stream and hands back the members it had, for a last message each. */
        private List<Operation> endAll() {
            Subscription s;
            List<Operation> had;
            synchronized (this) {
                had = new ArrayList<>(members);
                members.clear();
                s = end();
            }
            if (s != null) {
                s.cancel();
            }
            return had;
        }

        /** Runs on the feed's dispatcher thread, where graphql-java resolves the root field in a transaction. */
        void start() {
            synchronized (this) {
                if (closed) {
                    return;
                }
            }
            Map<String, Object> context = new HashMap<>();
            // resolvers run on this thread (it has the transaction), not on a worker of their own
            context.put("runBlocking", true);
            jakarta.json.JsonObject parsed;
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(request.encode()))) {
                parsed = reader.readObject();
            }
            executionService.get().execute(parsed, context, this::started, false);
        }

        @SuppressWarnings("unchecked")
        private void started(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result.isDataPresent() && result.getData() instanceof Publisher<?> stream) {
                ((Publisher<ExecutionResult>) stream).subscribe(this);
                return;
            }
            JsonObject body = new JsonObject(response.getExecutionResultAsString());
            JsonObject refusal = body.containsKey("errors") ? body : errors(ErrorCode.BAD_REQUEST,
                    "Only subscriptions run over the WebSocket; send queries and mutations with POST");
            for (Operation member : endAll()) {
                member.end();
                member.error(refusal);
            }
        }

        @Override
        public void onSubscribe(Subscription s) {
            synchronized (this) {
                if (!closed) {
                    subscription = s;
                    live = true;
                    s.request(1);
                    return;
                }
            }
            s.cancel();
        }

        @Override
        public void onNext(ExecutionResult result) {
            List<Operation> snapshot;
            synchronized (this) {
                snapshot = new ArrayList<>(members);
            }
            if (result.getErrors().stream().anyMatch(e -> e.getExtensions() != null
                    && ErrorCode.SLOW_CONSUMER.name().equals(e.getExtensions().get("code")))) {
                // the feed's buffer for this stream overflowed: this replica fell behind, every member missed events
                LOG.infof("Closing %d subscriptions whose shared stream fell behind", snapshot.size());
                endAll().forEach(member -> member.connection.slowConsumer());
                return;
            }
            // serialised once; each member adds only its own envelope
            String body = new ExecutionResponse(result).getExecutionResultAsString();
            for (Operation member : snapshot) {
                member.deliver(body);
            }
            Subscription s;
            synchronized (this) {
                s = subscription;
            }
            if (s != null) {
                feed.onDispatcher(() -> s.request(1));
            }
        }

        @Override
        public void onError(Throwable failure) {
            List<Operation> had = endAll();
            if (failure instanceof BackPressureFailure) {
                LOG.infof("Closing %d subscriptions whose shared stream fell behind", had.size());
                had.forEach(member -> member.connection.slowConsumer());
                return;
            }
            String correlationId = java.util.UUID.randomUUID().toString();
            LOG.errorf(failure, "[correlationId=%s] A subscription stream of %d subscriptions failed", correlationId, had.size());
            JsonObject error = errors(ErrorCode.INTERNAL, "Internal server error; quote correlation id " + correlationId + " when reporting it");
            for (Operation member : had) {
                member.end();
                member.error(error);
            }
        }

        @Override
        public void onComplete() {
            for (Operation member : endAll()) {
                if (member.end()) {
                    member.connection.send(new JsonObject().put("id", member.id).put("type", "complete"));
                }
            }
        }
    }

    /** One client's subscription: a member of the shared stream of its document. */
    final class Operation {

        final Connection connection;
        final String id;
        private final String prefix;
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile SharedStream stream;

        Operation(Connection connection, String id) {
            this.connection = connection;
            this.id = id;
            this.prefix = "{\"id\":" + Json.encode(id) + ",\"type\":\"next\",\"payload\":";
        }

        void error(JsonObject body) {
            connection.send(new JsonObject().put("id", id).put("type", "error").put("payload", body.getJsonArray("errors")));
        }

        /** The client completed it or its connection closed: it leaves its stream. */
        void cancel() {
            cancelled.set(true);
            SharedStream s = stream;
            if (s != null) {
                s.leave(this);
            }
        }

        /** Its stream ended: forgets it on the connection; true when it was still open there. */
        boolean end() {
            cancelled.set(true);
            return connection.operations.remove(id, this);
        }

        void deliver(String body) {
            if (!cancelled.get()) {
                connection.sendEvent(prefix + body + "}");
            }
        }
    }
}

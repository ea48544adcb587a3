package org.parley.graphql;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Test client for GraphQL over a WebSocket ({@code graphql-transport-ws}), on the JDK's own
 * WebSocket: it reads one message at a time, and after {@link #stopReading()} none at all, so a
 * test can play a client that no longer keeps up.
 */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    /** How the server closed the socket. */
    public record Close(int code, String reason) {
    }

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean reading = true;
    private final java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();
    private WebSocket socket;

    private LiveClient() {
    }

    /** Opens a socket to {@code /graphql} on the given port with the graphql-transport-ws subprotocol. */
    public static LiveClient open(int port) {
        LiveClient client = new LiveClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(SubscriptionSocket.PROTOCOL)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), client).join();
        return client;
    }

    /** Opens a socket and completes the handshake: connection_init, connection_ack. */
    public static LiveClient connected(int port) {
        LiveClient client = open(port);
        client.send(new JsonObject().put("type", "connection_init"));
        JsonObject ack = client.next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return client;
    }

    public void send(JsonObject message) {
        sendInTurn(socket, message.encode()).join();
    }

    /** The last send: the JDK's WebSocket refuses a send while another is pending, so each waits for the one before. */
    private java.util.concurrent.CompletableFuture<?> lastSend = java.util.concurrent.CompletableFuture.completedFuture(null);

    private synchronized java.util.concurrent.CompletableFuture<?> sendInTurn(WebSocket webSocket, String text) {
        java.util.concurrent.CompletableFuture<?> next = lastSend.handle((v, e) -> null)
                .thenCompose(v -> webSocket.sendText(text, true));
        lastSend = next;
        return next;
    }

    /** Sends a subscribe message with variables. */
    public void subscribe(String id, String query, Map<String, ?> variables) {
        send(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query).put("variables", new JsonObject(new java.util.HashMap<>(variables)))));
    }

    /** The next message, waiting up to 20 s; fails when none comes. */
    public JsonObject next() {
        JsonObject message = poll(20_000);
        if (message == null) {
            throw new AssertionError("no message within 20 s" + (closed.isDone() ? "; closed " + closed.join() : ""));
        }
        return message;
    }

    /** The next message within the time, or null. */
    public JsonObject poll(long millis) {
        try {
            return messages.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** From now on the client takes no more messages off the socket. */
    public void stopReading() {
        reading = false;
    }

    /** Takes messages again, all that come. */
    public void resumeReading() {
        reading = true;
        socket.request(Long.MAX_VALUE);
    }

    /** Pings the server sent so far. */
    public int pings() {
        return pings.get();
    }

    /** Messages received so far (pings not counted). */
    public int received() {
        return received.get();
    }

    /** How the server closed the socket, waiting up to the time; null if it stays open. */
    public Close closed(long millis) {
        try {
            return closed.get(millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message = new JsonObject(partial.toString());
            partial.setLength(0);
            if ("ping".equals(message.getString("type"))) {
                // the server's keep-alive: answered as graphql-ws clients do, kept out of the messages
                pings.incrementAndGet();
                sendInTurn(webSocket, "{\"type\":\"pong\"}");
            } else {
                messages.add(message);
                received.incrementAndGet();
            }
        }
        if (reading) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Close(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Close(-1, String.valueOf(error)));
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }
}

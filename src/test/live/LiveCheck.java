import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live updates across two Parley replicas on one PostgreSQL (run by .ci/live-test.sh, JDK only):
 * subscribes on replica A, changes data through replica B (and A), and checks what A's subscriber
 * receives: B's change, A's own change exactly once, nothing for a notification whose transaction
 * rolled back, and changes in commit order.
 *
 * <p>Usage: {@code java src/test/live/LiveCheck.java PORT_A PORT_B TOKEN PSQL_COMMAND...}; prints
 * PASS/FAIL lines and "N passed, N failed"; exit status 0 only when nothing failed.
 */
public class LiveCheck {

    static int passed;
    static int failed;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final BlockingQueue<String> MESSAGES = new LinkedBlockingQueue<>();
    static final java.util.concurrent.CompletableFuture<long[]> CLOSED = new java.util.concurrent.CompletableFuture<>();

    public static void main(String[] args) throws Exception {
        int portA = Integer.parseInt(args[0]);
        int portB = Integer.parseInt(args[1]);
        String token = args[2];
        List<String> psql = List.of(args).subList(3, args.length);

        WebSocket socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + portA + "/graphql"), new WebSocket.Listener() {
                    final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            MESSAGES.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                        CLOSED.complete(new long[] {code, System.nanoTime()});
                        return null;
                    }
                }).join();
        socket.sendText("{\"type\":\"connection_init\"}", true).join();
        check("replica A acknowledges the connection", next(10).contains("connection_ack"));
        socket.sendText("{\"id\":\"p\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription { positionRecorded { id summary holder { ... on Person { name } } evidence { quote } } }\"}}", true).join();
        Thread.sleep(1_000); // the subscription is registered on A before anything changes

        String suffix = Long.toString(System.nanoTime(), 36);
        String text = "Live check " + suffix + ". Een. Twee. Drie. Vier. Vijf. Zes.";
        String article = id(post(portB, token, "mutation ($i: AddArticleInput!) { addArticle(input: $i) { article { id } } }",
                "{\"i\":{\"title\":\"Live check " + suffix + "\",\"language\":\"nl\",\"publishedMonth\":\"2025-05\",\"text\":\"" + text + "\"}}"));
        String person = id(post(portB, token, "mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }",
                "{\"i\":{\"name\":\"Live Check " + suffix + "\"}}"));

        long t0 = System.nanoTime();
        String fromB = id(record(portB, token, article, person, "Een."));
        String event = next(15);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        check("a position recorded on B arrives at A's subscriber (" + millis + " ms after the request)",
                event.contains("\"id\":\"" + fromB + "\"") && event.contains("Live Check " + suffix) && event.contains("Een."));

        String fromA = id(record(portA, token, article, person, "Twee."));
        String own = next(15);
        check("a position recorded on A itself arrives", own.contains("\"id\":\"" + fromA + "\""));
        check("... exactly once (the writer does not deliver it a second time)", poll(2_000) == null);

        long positionId = Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(fromB)).split(":")[1]);
        String payload = "POSITION_RECORDED " + fromB;
        psql(psql, "begin; select pg_notify('parley_changes', '" + payload + "'); rollback;");
        check("a notification whose transaction rolled back sends nothing", poll(3_000) == null);
        psql(psql, "begin; select pg_notify('parley_changes', '" + payload + "'); commit;");
        String committed = next(15);
        check("the same notification committed arrives", committed.contains("\"id\":\"" + fromB + "\""));

        String stale = post(portB, token, "mutation ($i: UpdatePositionInput!) { updatePosition(input: $i) { position { id } } }",
                "{\"i\":{\"id\":\"" + fromB + "\",\"version\":999,\"summary\":\"stale\"}}");
        check("a rejected mutation (stale version: " + code(stale) + ") sends nothing", "CONFLICT".equals(code(stale)) && poll(2_000) == null);

        List<String> written = new ArrayList<>();
        String[] quotes = {"Drie.", "Vier.", "Vijf.", "Zes."};
        for (int i = 0; i < quotes.length; i++) {
            written.add(id(record(i % 2 == 0 ? portB : portA, token, article, person, quotes[i])));
        }
        List<String> received = new ArrayList<>();
        for (int i = 0; i < quotes.length; i++) {
            Matcher m = Pattern.compile("\"positionRecorded\":\\{\"id\":\"([^\"]+)\"").matcher(next(15));
            received.add(m.find() ? m.group(1) : "?");
        }
        check("changes from both replicas arrive in commit order " + received, received.equals(written));

        String pid = System.getenv("LIVE_A_PID");
        if (pid != null) {
            shutdownWithSockets(portA, Long.parseLong(pid));
        } else {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    /**
     * SIGTERM to replica A while its subscriber is connected, after another socket came and went:
     * the subscriber is told 1001 (going away) within the shutdown delay, and the process exits
     * within delay + 3 s. (A WebSocket once kept Quarkus' graceful shutdown waiting its whole
     * 20-s timeout, even after it had closed.)
     */
    static void shutdownWithSockets(int portA, long pid) throws Exception {
        WebSocket passing = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + portA + "/graphql"), new WebSocket.Listener() {
                }).join();
        passing.sendText("{\"type\":\"connection_init\"}", true).join();
        passing.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        Thread.sleep(500);
        ProcessHandle replica = ProcessHandle.of(pid).orElseThrow();
        long term = System.nanoTime();
        replica.destroy();
        long[] closed = CLOSED.get(15, TimeUnit.SECONDS);
        double closedAfter = (closed[1] - term) / 1e9;
        check(String.format(java.util.Locale.ROOT, "on SIGTERM the subscriber is closed with %d after %.1f s (1001, within the 5-s delay + 2 s)",
                closed[0], closedAfter), closed[0] == 1001 && closedAfter <= 7);
        replica.onExit().get(40, TimeUnit.SECONDS);
        double exitedAfter = (System.nanoTime() - term) / 1e9;
        check(String.format(java.util.Locale.ROOT, "replica A exits %.1f s after SIGTERM (within the 5-s delay + 3 s, not the 20-s timeout)",
                exitedAfter), exitedAfter <= 8);
    }

    static String record(int port, String token, String article, String person, String quote) throws Exception {
        return post(port, token, "mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { position { id } } }",
                "{\"i\":{\"holder\":\"" + person + "\",\"kind\":\"STANCE\",\"summary\":\"Live check " + quote + "\","
                        + "\"date\":{\"value\":\"2025-05-10\",\"precision\":\"DAY\",\"basis\":\"STATED\"},"
                        + "\"evidence\":[{\"article\":\"" + article + "\",\"quote\":\"" + quote + "\"}]}}");
    }

    static String post(int port, String token, String query, String variables) throws Exception {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + variables + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static String id(String response) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response);
        if (!m.find() || response.contains("\"errors\"")) {
            throw new IllegalStateException("unexpected answer: " + response);
        }
        return m.group(1);
    }

    static String code(String response) {
        Matcher m = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(response);
        return m.find() ? m.group(1) : null;
    }

    static void psql(List<String> command, String sql) throws Exception {
        List<String> full = new ArrayList<>(command);
        full.add("-c");
        full.add(sql);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
    }

    static String next(int seconds) throws InterruptedException {
        String message = MESSAGES.poll(seconds, TimeUnit.SECONDS);
        return message == null ? "(nothing within " + seconds + " s)" : message;
    }

    static String poll(long millis) throws InterruptedException {
        return MESSAGES.poll(millis, TimeUnit.MILLISECONDS);
    }

    static void check(String what, boolean ok) {
        if (ok) {
            passed++;
            System.out.println("PASS: " + what);
        } else {
            failed++;
            System.out.println("FAIL: " + what);
        }
    }
}

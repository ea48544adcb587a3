import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load figure for live updates (run by src/bench/live-bench.sh, JDK only): opens SUBS subscriptions
 * to positionRecorded on one replica (20 per WebSocket connection), records EVENTS positions one
 * after another through the HTTP API, and measures, for every (event, subscription) pair, the time
 * from the recording's HTTP answer (the transaction has committed by then) to the event's arrival;
 * deliveries per second over the whole run; and the server's RSS before and after opening the
 * subscriptions.
 *
 * <p>Usage: {@code java src/bench/live/LiveBench.java PORT TOKEN APP_PID SUBS EVENTS}; prints one
 * JSON line with the figures.
 */
public class LiveBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Map<String, Long> COMMITTED = new ConcurrentHashMap<>();
    static final List<Long> LATENCIES = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger DELIVERED = new AtomicInteger();
    static final Pattern ID = Pattern.compile("\"positionRecorded\":\\{\"id\":\"([^\"]+)\"");
    static final Map<String, List<Long>> EARLY = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String token = args[1];
        long pid = Long.parseLong(args[2]);
        int subs = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        // how many different documents the subscriptions send: 1 is a dashboard opened by every reader
        // (one shared execution), SUBS makes every subscription a document of its own
        int distinct = args.length > 5 ? Math.max(1, Integer.parseInt(args[5])) : 1;
        long rssBefore = rssKb(pid);
        List<WebSocket> sockets = new ArrayList<>();
        AtomicInteger acks = new AtomicInteger();
        int perConnection = 20;
        for (int c = 0; c * perConnection < subs; c++) {
            WebSocket ws = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new WebSocket.Listener() {
                        final StringBuilder partial = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                long now = System.nanoTime();
                                String message = partial.toString();
                                partial.setLength(0);
                                if (message.contains("connection_ack")) {
                                    acks.incrementAndGet();
                                } else if (message.contains("\"ping\"")) {
                                    w.sendText("{\"type\":\"pong\"}", true);
                                } else {
                                    Matcher m = ID.matcher(message);
                                    if (m.find()) {
                                        DELIVERED.incrementAndGet();
                                        Long committed = COMMITTED.get(m.group(1));
                                        if (committed != null) {
                                            LATENCIES.add(now - committed);
                                        } else {
                                            // arrived before the HTTP answer of its mutation: latency 0 or less
                                            EARLY.computeIfAbsent(m.group(1), k -> Collections.synchronizedList(new ArrayList<>())).add(now);
                                        }
                                    }
                                }
                            }
                            w.request(1);
                            return null;
                        }
                    }).join();
            ws.sendText("{\"type\":\"connection_init\"}", true).join();
            for (int s = 0; s < perConnection && c * perConnection + s < subs; s++) {
                int variant = (c * perConnection + s) % distinct;
                ws.sendText("{\"id\":\"s" + s + "\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                        + "\"subscription { positionRecorded { id kind summary holder { ... on Person { name } } evidence { quote } v"
                        + variant + ": __typename } }\"}}", true).join();
            }
            sockets.add(ws);
        }
        Thread.sleep(5_000);
        long rssAfter = rssKb(pid);

        String suffix = Long.toString(System.nanoTime(), 36);
        StringBuilder text = new StringBuilder("Bench " + suffix + ".");
        for (int i = 0; i < events; i++) {
            text.append(" Zin ").append(i).append('.');
        }
        String article = id(post(port, token, "mutation ($i: AddArticleInput!) { addArticle(input: $i) { article { id } } }",
                "{\"i\":{\"title\":\"Live bench " + suffix + "\",\"language\":\"nl\",\"publishedMonth\":\"2025-05\",\"text\":\"" + text + "\"}}"));
        String person = id(post(port, token, "mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }",
                "{\"i\":{\"name\":\"Live Bench " + suffix + "\"}}"));
        long start = System.nanoTime();
        long cpuBefore = cpuTicks(pid);
        for (int i = 0; i < events; i++) {
            String answer = post(port, token, "mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { position { id } } }",
                    "{\"i\":{\"holder\":\"" + person + "\",\"kind\":\"STANCE\",\"summary\":\"Bench " + i + "\","
                            + "\"date\":{\"value\":\"2025-05-10\",\"precision\":\"DAY\",\"basis\":\"STATED\"},"
                            + "\"evidence\":[{\"article\":\"" + article + "\",\"quote\":\"Zin " + i + ".\"}]}}");
            long committed = System.nanoTime();
            String id = id(answer);
            COMMITTED.put(id, committed);
            List<Long> early = EARLY.remove(id);
            if (early != null) {
                early.forEach(t -> LATENCIES.add(t - committed));
            }
        }
        long expected = (long) events * subs;
        long deadline = System.currentTimeMillis() + 120_000;
        while (DELIVERED.get() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // server CPU over the recording and the fan-out (the recordings' own cost included)
        double cpuMsPerEvent = (cpuTicks(pid) - cpuBefore) * 10.0 / events;
        List<Long> sorted = new ArrayList<>(LATENCIES);
        Collections.sort(sorted);
        System.out.printf(java.util.Locale.ROOT,
                "{\"subscriptions\": %d, \"distinct_documents\": %d, \"events\": %d, \"delivered\": %d, \"expected\": %d, \"seconds\": %.2f, "
                        + "\"deliveries_per_s\": %.0f, \"latency_ms_p50\": %.1f, \"latency_ms_p99\": %.1f, \"latency_ms_max\": %.1f, "
                        + "\"server_cpu_ms_per_event\": %.1f, "
                        + "\"rss_mb_before\": %.1f, \"rss_mb_with_subscriptions\": %.1f, \"rss_mb_per_1000_subscriptions\": %.1f}%n",
                subs, Math.min(distinct, subs), events, DELIVERED.get(), expected, seconds, DELIVERED.get() / seconds,
                pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 1.0), cpuMsPerEvent,
                rssBefore / 1024.0, rssAfter / 1024.0, (rssAfter - rssBefore) / 1024.0 * 1000 / subs);
        for (WebSocket ws : sockets) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
        }
        System.exit(0);
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }

    /** utime + stime of the process in clock ticks (10 ms on Linux). */
    static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
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
}

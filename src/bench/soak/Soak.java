import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of src/bench/soak.sh (JDK only): CLIENTS threads send mixed reads and writes without
 * pause for SECONDS; half-way the database is stopped (SOAK_DB_STOP), kept down SOAK_OUTAGE_SECONDS
 * and started again (SOAK_DB_START). Every answer is classified: a request whose time overlaps the
 * outage window (from the stop until readiness is UP again) may fail with UNAVAILABLE; any other
 * failure is unexpected. Afterwards every acknowledged write is read back, with its evidence.
 * Prints one JSON object of figures.
 *
 *   java Soak.java PORT TOKEN PID SECONDS CLIENTS
 */
public class Soak {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    static final String HEADLINE = "query ($leader: String!, $on: Date!) { commitments(leader: $leader, on: $on) {"
            + " summary date status holder { name } meeting { title date participants { role person { name } } }"
            + " evidence { quote article { title } } } }";
    static final String MEETINGS = "query { meetings(first: 20) { nodes { title date participants { role person { name } } positions { kind summary } } } }";
    static final String NODE = "query ($id: ID!) { node(id: $id) { id ... on Position { summary evidence { quote } } } }";
    static final String RECORD = "mutation ($i: RecordPositionInput!) { recordPosition(input: $i) { position { id } } }";
    static final String CREATE_PERSON = "mutation ($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }";

    /** One finished request. */
    record Outcome(long startMs, long endMs, String op, String result) {
    }

    static int port;
    static String token;
    static volatile boolean running = true;
    static final ConcurrentLinkedQueue<Outcome> FAILURES = new ConcurrentLinkedQueue<>();
    static final Map<String, LongAdder> OK = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<String> ACKED_POSITIONS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> ACKED_PEOPLE = new ConcurrentLinkedQueue<>();
    static final List<String> RECENT = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong COUNTER = new AtomicLong();

    public static void main(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        token = args[1];
        long pid = Long.parseLong(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int outageSeconds = Integer.parseInt(System.getenv().getOrDefault("SOAK_OUTAGE_SECONDS", "15"));
        String stop = System.getenv("SOAK_DB_STOP");
        String start = System.getenv("SOAK_DB_START");

        String suffix = Long.toString(System.nanoTime(), 36);
        StringBuilder text = new StringBuilder("Soak " + suffix + ".");
        for (int i = 0; i < 50; i++) {
            text.append(" Zin ").append(i).append(" van de soak.");
        }
        String article = id(post("mutation ($i: AddArticleInput!) { addArticle(input: $i) { article { id } } }",
                "{\"i\":{\"title\":\"Soak " + suffix + "\",\"language\":\"nl\",\"publishedMonth\":\"2025-05\",\"text\":\"" + text + "\"}}", true).body());
        String person = id(post(CREATE_PERSON, "{\"i\":{\"name\":\"Soak Holder " + suffix + "\"}}", true).body());

        long t0 = System.currentTimeMillis();
        long end = t0 + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (running && System.currentTimeMillis() < end) {
                    one(article, person, suffix);
                }
            }, "client-" + c);
            thread.start();
            threads.add(thread);
        }

        // readiness every 250 ms: the times it changes
        List<long[]> readiness = Collections.synchronizedList(new ArrayList<>());
        Thread probe = new Thread(() -> {
            int last = -1;
            while (running) {
                int up = ready() ? 1 : 0;
                if (up != last) {
                    readiness.add(new long[] {System.currentTimeMillis(), up});
                    last = up;
                }
                sleep(250);
            }
        }, "readiness");
        probe.start();

        // RSS and CPU every 5 s
        List<double[]> rss = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            while (running) {
                try {
                    rss.add(new double[] {(System.currentTimeMillis() - t0) / 60_000.0, rssKb(pid) / 1024.0});
                } catch (Exception e) {
                    // the process is gone: the soak fails below on its answers
                }
                sleep(5_000);
            }
        }, "rss");
        sampler.start();
        long cpuStart = cpuTicks(pid);

        // the heap that stays live after a full GC, early, before the outage and at the end: a leak grows it
        List<Double> liveHeap = Collections.synchronizedList(new ArrayList<>());
        Thread heapProbe = new Thread(() -> {
            sleep(Math.max(0, t0 + 60_000 - System.currentTimeMillis()));
            liveHeap.add(liveHeapMb(pid));
            sleep(Math.max(0, t0 + seconds * 500L - 10_000 - System.currentTimeMillis()));
            liveHeap.add(liveHeapMb(pid));
        }, "heap");
        heapProbe.start();

        long outageStart = 0;
        long dbBack = 0;
        long readyBack = 0;
        if (stop != null && start != null) {
            sleep(Math.max(0, t0 + seconds * 500L - System.currentTimeMillis()));
            outageStart = System.currentTimeMillis();
            run(stop);
            sleep(outageSeconds * 1000L);
            run(start);
            dbBack = System.currentTimeMillis();
            while (!ready() && System.currentTimeMillis() < dbBack + 120_000) {
                sleep(100);
            }
            readyBack = System.currentTimeMillis();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        heapProbe.join();
        liveHeap.add(liveHeapMb(pid));
        long elapsed = System.currentTimeMillis() - t0;
        double cpuMs = (cpuTicks(pid) - cpuStart) * 10.0;
        running = false;
        probe.join();
        sampler.join();

        // classify failures: inside the outage window they may be UNAVAILABLE
        long from = outageStart;
        long to = readyBack;
        Map<String, Integer> inWindow = new TreeMap<>();
        Map<String, Integer> unexpected = new TreeMap<>();
        List<String> unexpectedSamples = new ArrayList<>();
        for (Outcome o : FAILURES) {
            boolean overlaps = from > 0 && o.startMs() <= to && o.endMs() >= from;
            if (overlaps && (o.result().equals("UNAVAILABLE") || o.result().startsWith("NO_ANSWER"))) {
                inWindow.merge(o.op() + " " + o.result(), 1, Integer::sum);
            } else {
                unexpected.merge(o.op() + " " + o.result(), 1, Integer::sum);
                if (unexpectedSamples.size() < 10) {
                    unexpectedSamples.add(String.format(Locale.ROOT, "t=%.1fs %s %s", (o.startMs() - t0) / 1000.0, o.op(), o.result()));
                }
            }
        }
        boolean downDuringOutage = readiness.stream().anyMatch(r -> r[1] == 0 && r[0] >= from && r[0] <= to);
        long readyDownMs = 0;
        synchronized (readiness) {
            for (int i = 0; i < readiness.size(); i++) {
                if (readiness.get(i)[1] == 0) {
                    long until = i + 1 < readiness.size() ? readiness.get(i + 1)[0] : System.currentTimeMillis();
                    readyDownMs += until - readiness.get(i)[0];
                }
            }
        }

        // every acknowledged write is there, a position with its evidence
        List<String> positions = new ArrayList<>(ACKED_POSITIONS);
        java.util.Set<String> positionIds = new java.util.HashSet<>(positions);
        List<String> people = new ArrayList<>(ACKED_PEOPLE);
        int lost = 0;
        int partial = 0;
        List<String> all = new ArrayList<>(positions);
        all.addAll(people);
        for (int i = 0; i < all.size(); i += 100) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + 100));
            String body = post("query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Position { evidence { quote } } } }",
                    "{\"ids\":[\"" + String.join("\",\"", batch) + "\"]}", false).body();
            for (String id : batch) {
                int at = body.indexOf("\"id\":\"" + id + "\"");
                if (at < 0) {
                    lost++;
                } else if (positionIds.contains(id) && !body.startsWith("{\"quote\"", body.indexOf("\"evidence\":[", at) + 12)) {
                    partial++;
                }
            }
        }

        List<double[]> samples = new ArrayList<>(rss);
        double slope = slope(samples.stream().filter(s -> s[0] >= 1.0).toList());
        long requests = OK.values().stream().mapToLong(LongAdder::sum).sum() + FAILURES.size();
        Map<String, Long> ok = new TreeMap<>();
        OK.forEach((k, v) -> ok.put(k, v.sum()));
        System.out.printf(Locale.ROOT, "{\"seconds\": %.1f, \"clients\": %d, \"requests\": %d, \"requests_per_s\": %.0f, \"ok\": %s, "
                        + "\"server_cpu_ms_per_request\": %.2f, \"server_cpu_cores_busy\": %.2f, "
                        + "\"outage\": {\"db_stopped_at_s\": %.1f, \"db_started_at_s\": %.1f, \"ready_again_at_s\": %.1f, "
                        + "\"readiness_down_seen_during_outage\": %b, \"readiness_down_ms\": %d, \"expected_failures\": %s}, "
                        + "\"unexpected_failures\": %d, \"unexpected_by_kind\": %s, \"unexpected_samples\": %s, "
                        + "\"acknowledged_writes\": %d, \"acknowledged_positions\": %d, \"lost_writes\": %d, \"positions_without_evidence\": %d, "
                        + "\"live_heap_mb_after_full_gc\": %s, \"rss_mb_first\": %.1f, \"rss_mb_max\": %.1f, \"rss_mb_last\": %.1f, \"rss_slope_mb_per_min_after_1_min\": %.2f}%n",
                elapsed / 1000.0, clients, requests, requests * 1000.0 / elapsed, json(ok),
                cpuMs / Math.max(1, requests), cpuMs / elapsed,
                from == 0 ? -1.0 : (from - t0) / 1000.0, dbBack == 0 ? -1.0 : (dbBack - t0) / 1000.0, to == 0 ? -1.0 : (to - t0) / 1000.0,
                downDuringOutage, readyDownMs, json(inWindow),
                unexpected.values().stream().mapToInt(Integer::intValue).sum(), json(unexpected), jsonList(unexpectedSamples),
                all.size(), positions.size(), lost, partial, liveHeap.toString(),
                samples.isEmpty() ? -1 : samples.get(0)[1], samples.stream().mapToDouble(s -> s[1]).max().orElse(-1),
                samples.isEmpty() ? -1 : samples.get(samples.size() - 1)[1], slope);
    }

    /** One request of the mix: 40% headline, 20% meetings page, 10% a written position read back, 25% position recorded, 5% person created. */
    static void one(String article, String person, String suffix) {
        int dice = ThreadLocalRandom.current().nextInt(100);
        long started = System.currentTimeMillis();
        String op = "request";
        HttpResponse<String> answer = null;
        String failure = null;
        try {
            if (dice < 40) {
                op = "headline";
                answer = post(HEADLINE, "{\"leader\":\"Keir Starmer\",\"on\":\"2025-03-02\"}", false);
            } else if (dice < 60) {
                op = "meetings";
                answer = post(MEETINGS, "{}", false);
            } else if (dice < 70 && !RECENT.isEmpty()) {
                op = "node";
                String id;
                synchronized (RECENT) {
                    id = RECENT.get(ThreadLocalRandom.current().nextInt(RECENT.size()));
                }
                answer = post(NODE, "{\"id\":\"" + id + "\"}", false);
            } else if (dice < 95) {
                op = "recordPosition";
                long n = COUNTER.incrementAndGet();
                answer = post(RECORD, "{\"i\":{\"holder\":\"" + person + "\",\"kind\":\"STANCE\",\"summary\":\"Soak " + suffix + " " + n + "\","
                        + "\"date\":{\"value\":\"2025-05-10\",\"precision\":\"DAY\",\"basis\":\"STATED\"},"
                        + "\"evidence\":[{\"article\":\"" + article + "\",\"quote\":\"Zin " + (n % 50) + " van de soak.\"}]}}", true);
            } else {
                op = "createPerson";
                answer = post(CREATE_PERSON, "{\"i\":{\"name\":\"Soak Person " + suffix + " " + COUNTER.incrementAndGet() + "\"}}", true);
            }
        } catch (IOException e) {
            failure = "NO_ANSWER " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long ended = System.currentTimeMillis();
        if (failure == null) {
            String body = answer.body();
            if (answer.statusCode() != 200) {
                Matcher m = CODE.matcher(body);
                failure = "HTTP_" + answer.statusCode() + (m.find() ? " " + m.group(1) : "");
            } else if (body.contains("\"errors\"")) {
                Matcher m = CODE.matcher(body);
                failure = m.find() ? m.group(1) : "UNCODED";
            } else if (body.contains("Exception") || body.contains("\tat ")) {
                failure = "STACK_TRACE_IN_BODY";
            }
            if (failure == null && (op.equals("recordPosition") || op.equals("createPerson"))) {
                String id = id(body);
                (op.equals("recordPosition") ? ACKED_POSITIONS : ACKED_PEOPLE).add(id);
                if (op.equals("recordPosition")) {
                    synchronized (RECENT) {
                        if (RECENT.size() < 1000) {
                            RECENT.add(id);
                        } else {
                            RECENT.set(ThreadLocalRandom.current().nextInt(1000), id);
                        }
                    }
                }
            }
        }
        if (failure == null) {
            OK.computeIfAbsent(op, k -> new LongAdder()).increment();
        } else {
            FAILURES.add(new Outcome(started, ended, op, failure));
        }
    }

    static HttpResponse<String> post(String query, String variables, boolean write) throws IOException, InterruptedException {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + variables + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (write) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void run(String command) {
        try {
            new ProcessBuilder("bash", "-c", command).inheritIO().redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Least-squares slope of y over x; NaN for fewer than two points. */
    static double slope(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return Double.NaN;
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** Heap in use right after a full collection (jcmd GC.run, then GC.heap_info), MB; -1 when unknown. */
    static double liveHeapMb(long pid) {
        try {
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(info.getInputStream().readAllBytes());
            info.waitFor();
            Matcher m = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(out);
            return m.find() ? Math.round(Long.parseLong(m.group(1)) / 102.4) / 10.0 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static String id(String response) {
        Matcher m = ID.matcher(response);
        if (!m.find() || response.contains("\"errors\"")) {
            throw new IllegalStateException("unexpected answer: " + response);
        }
        return m.group(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String json(Map<String, ?> map) {
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> parts.add("\"" + k + "\": " + v));
        return "{" + String.join(", ", parts) + "}";
    }

    static String jsonList(List<String> items) {
        List<String> parts = new ArrayList<>();
        items.forEach(i -> parts.add("\"" + i.replace("\"", "'") + "\""));
        return "[" + String.join(", ", parts) + "]";
    }
}

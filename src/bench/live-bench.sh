#!/usr/bin/env bash
# Live updates under load: one replica (the packaged prod app) on the PostgreSQL of
# .ci/postgres.sh, SUBS open subscriptions (20 per WebSocket), EVENTS positions recorded one after
# another; src/bench/live/LiveBench.java measures deliveries per second, the latency from the
# recording's HTTP answer (after commit) to each delivery (p50/p99), and RSS per 1,000
# subscriptions. Appends the figures, the command, the load average and the machine to
# src/bench/results/live.jsonl and prints them.
#
#   src/bench/live-bench.sh [SUBS] [EVENTS] [DISTINCT]
#       defaults 1000, 50 and 1; DISTINCT documents among the subscriptions (1: all share one
#       execution; SUBS: none shared). Build first: ./mvnw -B package -DskipTests
# Env: PARLEY_PG_PORT (5432), BENCH_PORT (18096), JAR (target/quarkus-app/quarkus-run.jar)
set -uo pipefail
cd "$(dirname "$0")/../.."
SUBS="${1:-1000}"
EVENTS="${2:-50}"
DISTINCT="${3:-1}"
PORT="${BENCH_PORT:-18096}"
JAR="${JAR:-target/quarkus-app/quarkus-run.jar}"
WORK="${TMPDIR:-/tmp}/parley-live-bench"
mkdir -p "$WORK"
eval "$(.ci/postgres.sh start)"
TOKEN=$(PARLEY_KEY_DIR="$WORK/jwt" src/tools/make-token.sh live-bench 2)
# longer pool and connect waits than prod's 3 s and 2 s: on a busy machine the first connections at
# start-up can take longer (they are not what this measures)
PARLEY_LOG_JSON=false PARLEY_JWT_PUBLIC_KEY_LOCATION="$WORK/jwt/public-key.pem" PARLEY_LIVE_MAX_CONNECTIONS=2000 \
    java -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.acquisition-timeout=30S \
    -D%prod.quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout=20 \
    -D%prod.quarkus.datasource.jdbc.additional-jdbc-properties.loginTimeout=30 -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill -TERM $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
for _ in $(seq 1 480); do
    curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready" | grep -q 200 && break
    kill -0 $APP 2>/dev/null || { echo "live-bench: the app died (log: $WORK/app.log)"; exit 1; }
    sleep 0.5
done
load=$(cut -d' ' -f1 /proc/loadavg)
figures=$(java src/bench/live/LiveBench.java "$PORT" "$TOKEN" "$APP" "$SUBS" "$EVENTS" "$DISTINCT") || exit 1
line=$(printf '{"date": "%s", "command": "src/bench/live-bench.sh %s %s %s", "load_1m_at_start": %s, "cpus": %s, "figures": %s}' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$SUBS" "$EVENTS" "$DISTINCT" "$load" "$(nproc)" "$figures")
echo "$line" | tee -a src/bench/results/live.jsonl

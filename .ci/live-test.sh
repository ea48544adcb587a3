#!/usr/bin/env bash
# Live updates across replicas: two instances of the packaged (prod) app on one PostgreSQL.
# A client subscribes on the first; changes are made through the second (and the first);
# src/test/live/LiveCheck.java checks what arrives (see its comment) and prints
# "N passed, N failed". Exit status 0 only when nothing failed.
#
# Usage:  .ci/live-test.sh [path/to/quarkus-run.jar]     (build first: ./mvnw -B package -DskipTests)
# Env:    PARLEY_PG_PORT (5432), PARLEY_LIVE_HTTP_PORTS ("28081 28082"), and the variables of
#         .ci/postgres.sh. Recreates the database; leaves PostgreSQL running.
set -uo pipefail
cd "$(dirname "$0")/.."

JAR="${1:-target/quarkus-app/quarkus-run.jar}"
read -r PORT_A PORT_B <<<"${PARLEY_LIVE_HTTP_PORTS:-28081 28082}"
LOGS="${TMPDIR:-/tmp}/parley-live"
PIDS=()

cleanup() {
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

if [ ! -f "$JAR" ]; then
    echo "live-test: $JAR not found; build first: ./mvnw -B package -DskipTests" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
mkdir -p "$LOGS"
eval "$(.ci/postgres.sh recreate-db)"
KEYS="$LOGS/jwt"
TOKEN=$(PARLEY_KEY_DIR="$KEYS" src/tools/make-token.sh live-test 1)

# The first instance migrates the empty database and loads the dataset; the second starts after it.
for port in "$PORT_A" "$PORT_B"; do
    # a longer pool wait than prod's 3 s: two starts at once on a busy machine can exceed it
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S PARLEY_LOG_JSON=false PARLEY_JWT_PUBLIC_KEY_LOCATION="$KEYS/public-key.pem" \
        java -Dquarkus.http.port="$port" -jar "$JAR" >"$LOGS/app-$port.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 360); do
        curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" | grep -q 200 && break
        kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "live-test: the app on $port died (log: $LOGS/app-$port.log)"; echo "0 passed, 1 failed"; exit 1; }
        sleep 0.5
    done
    grep -q "Listening for changes" "$LOGS/app-$port.log" || sleep 2
done
echo "live-test: replicas on $PORT_A and $PORT_B against $PARLEY_DB_URL (logs: $LOGS)"
# LiveCheck ends by stopping replica A (SIGTERM) with a subscriber connected
LIVE_A_PID="${PIDS[0]}" java src/test/live/LiveCheck.java "$PORT_A" "$PORT_B" "$TOKEN" .ci/postgres.sh psql

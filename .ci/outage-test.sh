#!/usr/bin/env bash
# Database outage test for the packaged (prod) application.
#
# Starts the jar against the private cluster of .ci/postgres.sh, then
#   1. stops PostgreSQL (pg_ctl, fast):   readiness DOWN, GraphQL answers promptly with
#                                         extensions.code UNAVAILABLE, liveness stays UP
#   2. starts PostgreSQL again:           readiness UP and queries answered, same process
#   3. freezes PostgreSQL (SIGSTOP):      a query still fails within the timeouts, no hang
#   4. thaws it (SIGCONT):                the application recovers again
#   5. SIGTERM:                           graceful shutdown within delay + timeout
# and prints "N passed, N failed". Exit status 0 only when nothing failed.
#
# Usage:  .ci/outage-test.sh [path/to/quarkus-run.jar]   (build it first:
#         ./mvnw -B package -DskipTests)
# Env:    PARLEY_PG_PORT (5432), PARLEY_OUTAGE_HTTP_PORT (28080), and the variables
#         of .ci/postgres.sh. Leaves PostgreSQL running, as it found it or started it.
set -uo pipefail
cd "$(dirname "$0")/.."

JAR="${1:-target/quarkus-app/quarkus-run.jar}"
HTTP_PORT="${PARLEY_OUTAGE_HTTP_PORT:-28080}"
BASE="http://127.0.0.1:${HTTP_PORT}"
LOG="${TMPDIR:-/tmp}/parley-outage-app.log"
QUERY='{"query":"{ organizations(first: 1) { totalCount } }"}'
# Bounds, in seconds.
START_WAIT=180     # application start (migrations, dataset)
FAIL_FAST=6        # a query while the database is down must be answered within this
FREEZE_FAIL=20     # ... while it is frozen (JDBC socket timeout is 10 s)
RECOVER_WAIT=45    # readiness and queries back after the database returns
STOP_WAIT=40       # SIGTERM to exit (shutdown delay 5 s + timeout 20 s)

passed=0
failed=0
APP_PID=""
FROZEN=""

ok() { passed=$((passed + 1)); echo "PASS: $*"; }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else ko "$what"; fi; }
now_ms() { date +%s%3N; }

pg_pids() {
    local data="${PARLEY_PG_DATA:-${TMPDIR:-/tmp}/parley-pg-${PARLEY_PG_PORT:-5432}}"
    local main
    main=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || return 0
    echo "$main"
    pgrep -P "$main" || true
}

cleanup() {
    if [ -n "$FROZEN" ]; then
        # shellcheck disable=SC2046
        kill -CONT $(pg_pids) 2>/dev/null || true
    fi
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null
        for _ in $(seq 1 "$STOP_WAIT"); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    .ci/postgres.sh status 2>/dev/null || .ci/postgres.sh start >/dev/null || true
}
trap cleanup EXIT

graphql() { curl -s -m "${1:-10}" -H 'Content-Type: application/json' -d "$QUERY" "$BASE/graphql"; }
http_status() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE$1"; }

# wait_for SECONDS COMMAND...: retry every 0.5 s until the command succeeds.
wait_for() {
    local limit=$(( $1 * 2 )); shift
    for _ in $(seq 1 "$limit"); do
        "$@" && return 0
        kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.5
    done
    return 1
}
answers() { graphql 5 | grep -q '"totalCount"'; }
ready_up() { [ "$(http_status /q/health/ready)" = 200 ]; }
ready_down() { [ "$(http_status /q/health/ready)" = 503 ]; }
live_up() { [ "$(http_status /q/health/live)" = 200 ]; }
same_process() { kill -0 "$APP_PID" 2>/dev/null; }

# coded_failure_within SECONDS: one query, answered with code UNAVAILABLE in time.
coded_failure_within() {
    local limit="$1" t0 t1 body
    t0=$(now_ms)
    body=$(graphql $((limit + 30)))
    t1=$(now_ms)
    echo "  answered in $((t1 - t0)) ms: ${body:0:200}"
    [ $((t1 - t0)) -le $((limit * 1000)) ] && echo "$body" | grep -q '"code":"UNAVAILABLE"'
}

if [ ! -f "$JAR" ]; then
    echo "outage-test: $JAR not found; build first: ./mvnw -B package -DskipTests" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
command -v curl >/dev/null || { echo "outage-test: curl is required" >&2; exit 1; }

eval "$(.ci/postgres.sh start)"
echo "outage-test: starting $JAR on port $HTTP_PORT against $PARLEY_DB_URL (log: $LOG)"
PARLEY_LOG_JSON=false java -Dquarkus.http.port="$HTTP_PORT" -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!

check "application starts and answers GraphQL within ${START_WAIT}s" wait_for "$START_WAIT" answers
check "readiness UP with the database running" ready_up

echo "--- stopping PostgreSQL"
.ci/postgres.sh stop >/dev/null 2>&1
check "GraphQL answers within ${FAIL_FAST}s with code UNAVAILABLE (database stopped)" coded_failure_within "$FAIL_FAST"
check "readiness DOWN (503) within 10s" wait_for 10 ready_down
check "liveness stays UP (no restart wanted)" live_up
check "a second query also fails fast with UNAVAILABLE" coded_failure_within "$FAIL_FAST"

echo "--- starting PostgreSQL"
.ci/postgres.sh start >/dev/null 2>&1
check "readiness UP again within ${RECOVER_WAIT}s" wait_for "$RECOVER_WAIT" ready_up
check "GraphQL answers again within ${RECOVER_WAIT}s" wait_for "$RECOVER_WAIT" answers
check "same process throughout (recovered without restart)" same_process

echo "--- freezing PostgreSQL (SIGSTOP)"
FROZEN=yes
# shellcheck disable=SC2046
kill -STOP $(pg_pids)
check "GraphQL answers within ${FREEZE_FAIL}s with code UNAVAILABLE (database frozen)" coded_failure_within "$FREEZE_FAIL"
check "readiness DOWN within 15s (database frozen)" wait_for 15 ready_down
# shellcheck disable=SC2046
kill -CONT $(pg_pids)
FROZEN=""
echo "--- PostgreSQL thawed (SIGCONT)"
check "GraphQL answers again within ${RECOVER_WAIT}s after the freeze" wait_for "$RECOVER_WAIT" answers
check "readiness UP again after the freeze" wait_for "$RECOVER_WAIT" ready_up

echo "--- SIGTERM"
t0=$(now_ms)
kill -TERM "$APP_PID"
stopped_in_time() {
    for _ in $(seq 1 $((STOP_WAIT * 2))); do
        kill -0 "$APP_PID" 2>/dev/null || return 0
        sleep 0.5
    done
    return 1
}
check "graceful shutdown within ${STOP_WAIT}s" stopped_in_time
echo "  stopped after $(( $(now_ms) - t0 )) ms"
wait "$APP_PID" 2>/dev/null
APP_PID=""

if [ "$failed" -gt 0 ]; then
    echo "--- application log (last 40 lines)"
    tail -n 40 "$LOG"
fi
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]

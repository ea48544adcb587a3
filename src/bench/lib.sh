# Shared helpers for the bench scripts (sourced, not run).
# Everything here starts processes it records by pid and stops only those.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/../.." && pwd)"
BENCH_PORT="${BENCH_PORT:-38080}"
BENCH_URL="http://localhost:$BENCH_PORT"
RESULTS_DIR="$BENCH_DIR/results"
# The benchmark's PostgreSQL is CI's cluster script with the bench profile (memory settings,
# pg_stat_statements), by default on its own port and data directory
# (${TMPDIR:-/tmp}/parley-pg-55432), so that it never touches a CI cluster on 5432.
PG_SH="$REPO_DIR/.ci/postgres.sh"
export PARLEY_PG_PROFILE=bench
export PARLEY_PG_PORT="${PARLEY_PG_PORT:-55432}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
now_ms() { date +%s%3N; }

# psql_bench DB [psql args...]: psql as the superuser over the bench cluster's socket
# (files named in \copy or -f must be readable by the postgres user when run as root).
psql_bench() {
    local db="$1"; shift
    "$PG_SH" psql -d "$db" "$@"
}

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT (no process started).
port_open() { : 2>/dev/null <>"/dev/tcp/127.0.0.1/$1"; }

# gql FILE: POST a request body file, print the response.
gql() {
    curl -sS --max-time 30 -H 'Content-Type: application/json' --data-binary "@$1" "$BENCH_URL/graphql"
}

# A response is good when it has data and no "errors" member.
gql_ok() { python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if r.get("data") and not r.get("errors") else 1)'; }

# app_start APP_DIR LOGFILE [java -D args...]: starts the packaged app in the background,
# sets APP_PID, and waits until PROBE_BODY (a request body file) is answered without
# errors; sets STARTUP_MS to the time from launch to that first answer.
app_start() {
    local app="$1" logf="$2"; shift 2
    if ss -ltn 2>/dev/null | grep -q ":$BENCH_PORT " || curl -s -o /dev/null "$BENCH_URL/q/health" 2>/dev/null; then
        log "port $BENCH_PORT is already answering: stop that process first"; return 1
    fi
    local t0; t0=$(now_ms)
    # shellcheck disable=SC2086
    # Started under its own name, so that nobody's "stop the quarkus-run.jar" hits this one.
    [ -f "$app/parley-bench.jar" ] || cp "$app/quarkus-run.jar" "$app/parley-bench.jar"
    setsid java $JAVA_OPTS -Dquarkus.http.port="$BENCH_PORT" "$@" -jar "$app/parley-bench.jar" >"$logf" 2>&1 &
    APP_PID=$!
    local deadline=$((t0 + ${APP_START_TIMEOUT_MS:-180000}))
    while :; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            log "app exited during start-up; last log lines:"; tail -30 "$logf" >&2; return 1
        fi
        # Quarkus listens once started: until then only a socket connect per poll (no curl,
        # no python), so that polling takes no CPU from the JVM being timed.
        if ! port_open "$BENCH_PORT"; then
            :
        elif [ -n "${PROBE_BODY:-}" ]; then
            if gql "$PROBE_BODY" 2>/dev/null | gql_ok 2>/dev/null; then break; fi
        elif curl -sf -o /dev/null "$BENCH_URL/q/health/ready" 2>/dev/null; then
            break
        fi
        if [ "$(now_ms)" -gt "$deadline" ]; then log "app did not answer in time"; app_stop; return 1; fi
        sleep 0.02
    done
    STARTUP_MS=$(( $(now_ms) - t0 ))
}

app_stop() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# CPU time (user + system) the process has used, in ms.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"; }

# statements_settled: the prepared-statement counter once requests still in flight are done.
statements_settled() {
    local a b; a=$(statements_prepared)
    while sleep 0.3; b=$(statements_prepared); [ "$a" != "$b" ]; do a=$b; done
    echo "$b"
}

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# prepared-statement counter of Hibernate statistics, from the Prometheus endpoint
# (needs a jar built with -Dquarkus.hibernate-orm.statistics=true -Dquarkus.hibernate-orm.metrics.enabled=true)
statements_prepared() {
    curl -s "$BENCH_URL/q/metrics" | awk '/^hibernate_statements_total\{.*status="prepared"/ {print $NF; found=1} END {if (!found) print "NaN"}' | head -1
}

# Smoke runs: check NAME CMD... runs CMD (output in $WORK/last.log), counts it in
# $passed/$failed and prints PASS or FAIL with the tail of the output.
check() { # check NAME CMD...: runs CMD, counts and reports the outcome
    local name="$1"; shift
    if "$@" >"$WORK/last.log" 2>&1; then
        passed=$((passed + 1)); echo "PASS $name"
    else
        failed=$((failed + 1)); echo "FAIL $name"; tail -40 "$WORK/last.log" | sed 's/^/    /'
    fi
}

# wait_quiet MAX_LOAD WAIT_QUIET ALLOW_BUSY: waits up to WAIT_QUIET seconds for the 1-minute load
# average to drop to MAX_LOAD; then sets LOAD_START (the three load averages) and BUSY (true when
# still above, which is refused, exit 3, unless ALLOW_BUSY is 1: the figures are then flagged).
wait_quiet() {
    local max="$1" patience="$2" allow="$3" waited=0
    over() { python3 -c "import sys; sys.exit(0 if float('$1') > float('$2') else 1)"; }
    while over "$(cut -d' ' -f1 /proc/loadavg)" "$max" && [ "$waited" -lt "$patience" ]; do
        [ "$waited" = 0 ] && log "load average $(cut -d' ' -f1 /proc/loadavg) > $max: waiting up to ${patience}s"
        sleep 10; waited=$((waited + 10))
    done
    LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
    BUSY=false
    if over "${LOAD_START%% *}" "$max"; then
        if [ "$allow" = 1 ]; then
            BUSY=true
            log "load average $LOAD_START (1-minute above $max): running anyway, every figure flagged (busy)"
        else
            log "load average $LOAD_START: the 1-minute figure is above $max, refusing to start" \
                "(--wait-quiet SECONDS to wait for a quiet machine, --allow-busy to run with flagged figures)"
            exit 3
        fi
    fi
}

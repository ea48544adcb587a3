#!/usr/bin/env bash
# Benchmark of the packaged Parley app (JVM mode) on synthetic data.
#
#   src/bench/run.sh [--db pg|h2] [--sizes "1e4 1e6"] [--duration 20] [--connections 8]
#                    [--warmup 10] [--sql-samples 20] [--app DIR] [--results FILE.jsonl]
#
# Per size: generate data (cached under $BENCH_DATA, default /tmp/bench-data), create an empty
# database, start the app once so Flyway creates the schema and the founding dataset loads,
# stop it, bulk-load the synthetic rows, start it again and time start -> first answered
# headline query. Per operation: warm up, count SQL statements over --sql-samples sequential
# requests, then load it with wrk (--connections, 2 threads) for --duration seconds.
# One JSON line per (size, operation) is appended to --results (default
# src/bench/results/results.jsonl); report.py turns them into results/results.md.
# PostgreSQL is .ci/postgres.sh with PARLEY_PG_PROFILE=bench on PARLEY_PG_PORT (default 55432);
# each size starts from an empty database (recreate-db).
# Any GraphQL error or non-200 answer fails the run (exit 1).
#
# --app is a packaged app (target/quarkus-app layout) built with Hibernate statistics:
#   PostgreSQL: ./mvnw -B package -DskipTests -Dquarkus.hibernate-orm.statistics=true \
#                 -Dquarkus.hibernate-orm.metrics.enabled=true -Dquarkus.package.output-directory=bench-pg
#   H2:         the same plus -Dquarkus.profile=dev -Dquarkus.package.output-directory=bench-h2
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB=pg; SIZES="1e4"; DURATION=20; CONNECTIONS=8; WARMUP=10; SQL_SAMPLES=20; APP=; RESULTS=
SEED=20250227; KEEP_DATA=0
while [ $# -gt 0 ]; do
    case "$1" in
    --db) DB="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --sql-samples) SQL_SAMPLES="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --results) RESULTS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --keep-data) KEEP_DATA=1; shift ;; # the database already holds this size (one size only)
    *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
APP="${APP:-$REPO_DIR/target/bench-$DB}"
RESULTS="${RESULTS:-$RESULTS_DIR/results.jsonl}"
BENCH_DATA="${BENCH_DATA:-/tmp/bench-data}"
WORK="${BENCH_WORK:-/tmp/bench-work}"
mkdir -p "$BENCH_DATA" "$WORK" "$(dirname "$RESULTS")"
[ -f "$APP/quarkus-run.jar" ] || { log "no packaged app in $APP (see the header of this script)"; exit 1; }
command -v wrk >/dev/null || { log "wrk not found: apt-get install -y wrk"; exit 1; }
trap 'app_stop' EXIT

# Database-specific: JVM arguments of the app, how to empty the database, how to load.
if [ "$DB" = pg ]; then
    APP_ARGS=()
    pg_env=$("$PG_SH" start)   # export lines: PARLEY_DB_URL, PARLEY_DB_USER, PARLEY_DB_PASSWORD
    eval "$pg_env"
    db_reset() { "$PG_SH" recreate-db >/dev/null; }
    db_load() { "$BENCH_DIR/load-pg.sh" "$1"; }
    db_version() { psql_bench parley -tAc "show server_version"; }
    sql_mark() { psql_bench parley -tAc "select pg_stat_statements_reset()" >/dev/null; }
    sql_count() { # statements the app's role ran in the parley database since sql_mark
        psql_bench parley -tAc "select coalesce(sum(calls),0) from pg_stat_statements s join pg_roles r on r.oid = s.userid
            join pg_database d on d.oid = s.dbid where r.rolname = 'parley' and d.datname = 'parley'"
    }
else
    H2_HOME="$WORK/h2-data"
    APP_ARGS=(-Dquarkus.profile=dev)
    export PARLEY_DATA_DIR="$H2_HOME"
    H2_JAR=$(ls "$APP"/lib/main/com.h2database.h2-*.jar | head -1)
    db_reset() { rm -rf "$H2_HOME"; mkdir -p "$H2_HOME"; }
    db_load() { "$BENCH_DIR/load-h2.sh" "$1" "$H2_HOME/parley" "$H2_JAR"; }
    db_version() { basename "$H2_JAR" .jar | sed 's/com.h2database.h2-/H2 /'; }
    sql_mark() { :; }
    sql_count() { echo null; }
fi

for size in $SIZES; do
    n=$(python3 -c "print(int(float('$size')))")
    data="$BENCH_DATA/$n"
    if [ ! -f "$data/meta.json" ] || ! python3 -c "import json,sys; sys.exit(json.load(open('$data/meta.json'))['seed'] != $SEED)"; then
        t0=$(now_ms); python3 "$BENCH_DIR/gen.py" --positions "$n" --seed "$SEED" --out "$data" >/dev/null
        log "generated $n positions in $(( $(now_ms) - t0 )) ms"
    fi
    python3 "$BENCH_DIR/ops.py" "$data/meta.json" "$data/ops" >/dev/null

    load_ms=None
    if [ "$KEEP_DATA" = 0 ]; then
        db_reset
        t0=$(now_ms)
        PROBE_BODY= app_start "$APP" "$WORK/app-migrate.log" "${APP_ARGS[@]}"
        app_stop
        log "schema + founding dataset: $(( $(now_ms) - t0 )) ms"
        t0=$(now_ms); db_load "$data"; load_ms=$(( $(now_ms) - t0 ))
    fi

    PROBE_BODY="$data/ops/commitments.json" app_start "$APP" "$WORK/app.log" "${APP_ARGS[@]}"
    # CPU time the JVM used up to its first answer: less sensitive than wall time to other
    # processes on a shared machine.
    startup_cpu_ms=$(cpu_ms "$APP_PID")
    log "started in $STARTUP_MS ms (JVM cpu $startup_cpu_ms ms), load avg $(cut -d' ' -f1 /proc/loadavg)"
    startup_load=$(cut -d' ' -f1 /proc/loadavg)

    OPS="commitments commitments_fixed meetings person_month deep_page"
    for op in $OPS; do # every operation answers without errors before any timing
        resp="$WORK/$op.response.json"
        gql "$data/ops/$op.json" >"$resp"
        if ! gql_ok <"$resp"; then log "$op answered with errors:"; head -c 2000 "$resp" >&2; exit 1; fi
    done
    # Warm-up: the JIT compiles the shared paths (GraphQL execution, Hibernate) under all
    # operations, then each operation gets its own --warmup seconds right before it is measured.
    for round in 1 2; do
        for op in $OPS; do
            BENCH_BODY="$data/ops/$op.json" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/post.lua" "$BENCH_URL/graphql" >/dev/null
        done
    done
    for op in $OPS; do
        body="$data/ops/$op.json"
        bytes=$(wc -c <"$WORK/$op.response.json")
        BENCH_BODY="$body" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/post.lua" "$BENCH_URL/graphql" >/dev/null
        # SQL statements per request: Hibernate's prepared-statement counter (every JDBC
        # statement the app prepares), and on PostgreSQL pg_stat_statements as a cross-check.
        before=$(statements_settled); sql_mark
        for _ in $(seq 1 "$SQL_SAMPLES"); do gql "$body" >/dev/null; done
        after=$(statements_settled); pg_calls=$(sql_count)
        load_before=$(cut -d' ' -f1 /proc/loadavg)
        cpu0=$(cpu_ms "$APP_PID")
        out=$(BENCH_BODY="$body" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$BENCH_DIR/post.lua" "$BENCH_URL/graphql")
        cpu1=$(cpu_ms "$APP_PID")
        load_after=$(cut -d' ' -f1 /proc/loadavg)
        w=$(echo "$out" | sed -n 's/^WRKJSON //p')
        [ -n "$w" ] || { log "wrk printed no result: $out"; exit 1; }
        rss=$(rss_kb "$APP_PID")
        line=$(python3 - "$w" <<PY
import json, sys
w = json.loads(sys.argv[1])
meta = json.load(open("$data/meta.json"))
pg = "$pg_calls"
rec = {"db": "$DB", "db_version": "$(db_version)", "positions": $n, "op": "$op",
       "connections": $CONNECTIONS, "duration_s": $DURATION, **w,
       "sql_per_request_hibernate": round(($after - $before) / $SQL_SAMPLES, 2),
       "sql_per_request_pg_stat_statements": None if pg == "null" else round(int(pg) / $SQL_SAMPLES, 2),
       "response_bytes": $bytes, "rss_mb": round($rss / 1024), "startup_ms": $STARTUP_MS,
       "startup_cpu_ms": $startup_cpu_ms, "startup_loadavg": $startup_load, "load_ms": $load_ms, "app": "$(basename "$APP")",
       "loadavg_before": $load_before, "loadavg_after": $load_after,
       "app_cpu_ms_per_request": round(($cpu1 - $cpu0) / max(w["requests"], 1), 2), "java_opts": "$JAVA_OPTS", "rows": meta["rows"],
       "args": {k: meta[k] for k in ("leader", "commitment_day", "commitments_that_day", "commitment_day_fixed",
                                      "commitments_that_day_fixed", "month_from",
                                      "leader_positions_in_month", "deep_cursor_rank")}}
print(json.dumps(rec))
PY
)
        echo "$line" >>"$RESULTS"
        echo "$line" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("%(db)s %(positions)8d %(op)-13s %(rps)8.1f req/s p50 %(p50_ms)7.2f ms p99 %(p99_ms)7.2f ms cpu/req %(app_cpu_ms_per_request)6.2f ms sql/req %(sql_per_request_hibernate)s (pg %(sql_per_request_pg_stat_statements)s) errors %(graphql_errors)d non200 %(non200)d" % r)'
        if echo "$w" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(1 if r["graphql_errors"] or r["non200"] else 0)'; then :; else
            log "$op: errors under load"; exit 1
        fi
    done
    app_stop
done

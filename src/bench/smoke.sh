#!/usr/bin/env bash
# Smoke run of the benchmark tooling on small data (no timing assertions):
# generator determinism and data checks, H2 bulk load, app start on the loaded data, every
# benchmark operation answered without GraphQL errors, a few seconds of load (wrk when
# installed), SQL statement counting. Ends with "N passed, N failed"; exits 1 on any failure.
#
#   src/bench/smoke.sh [--app DIR]     (default: builds the H2 bench app into target/bench-h2)
set -uo pipefail
source "$(dirname "$0")/lib.sh"
APP=
[ "${1:-}" = --app ] && APP="$2"
SIZE="${SMOKE_POSITIONS:-2000}"
WORK="$(mktemp -d /tmp/bench-smoke.XXXXXX)"
export BENCH_DATA="$WORK/data" BENCH_WORK="$WORK/work"
passed=0; failed=0
finish() {
    app_stop
    echo "$passed passed, $failed failed"
    if [ "$failed" = 0 ]; then rm -rf "$WORK"; exit 0; fi
    echo "logs kept in $WORK"; exit 1
}
trap 'finish' EXIT

same_output() { # the generator is deterministic: two runs, same seed, identical files
    python3 "$BENCH_DIR/gen.py" --positions "$SIZE" --out "$WORK/a" >/dev/null &&
        python3 "$BENCH_DIR/gen.py" --positions "$SIZE" --out "$WORK/b" >/dev/null &&
        diff -r "$WORK/a" "$WORK/b"
}
build() {
    if [ -z "$APP" ]; then
        APP="$REPO_DIR/target/bench-h2"
        (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests -Dquarkus.profile=dev \
            -Dquarkus.hibernate-orm.statistics=true -Dquarkus.hibernate-orm.metrics.enabled=true \
            -Dquarkus.package.output-directory=bench-h2)
    fi
    [ -f "$APP/quarkus-run.jar" ]
}
bench() { # the real benchmark script, briefly, on H2: fails on any GraphQL error
    local wrk_ok=1
    command -v wrk >/dev/null && [ "${SMOKE_NO_WRK:-0}" = 0 ] || wrk_ok=0
    if [ "$wrk_ok" = 1 ]; then
        "$BENCH_DIR/run.sh" --db h2 --app "$APP" --sizes "$SIZE" --duration 2 --warmup 1 --connections 2 \
            --sql-samples 3 --results "$WORK/results.jsonl"
    else
        echo "wrk is not installed (apt-get install -y wrk): checking the operations with curl only"
        sequential
    fi
}
sequential() { # without wrk: load, start, and answer each operation a few times
    export PARLEY_DATA_DIR="$WORK/h2"; mkdir -p "$PARLEY_DATA_DIR"
    python3 "$BENCH_DIR/gen.py" --positions "$SIZE" --out "$BENCH_DATA/$SIZE" >/dev/null
    python3 "$BENCH_DIR/ops.py" "$BENCH_DATA/$SIZE/meta.json" "$WORK/ops" >/dev/null
    PROBE_BODY= app_start "$APP" "$WORK/migrate.log" -Dquarkus.profile=dev || return 1
    app_stop
    "$BENCH_DIR/load-h2.sh" "$BENCH_DATA/$SIZE" "$PARLEY_DATA_DIR/parley" "$(ls "$APP"/lib/main/com.h2database.h2-*.jar)" || return 1
    PROBE_BODY="$WORK/ops/commitments.json" app_start "$APP" "$WORK/app.log" -Dquarkus.profile=dev || return 1
    for op in commitments commitments_fixed meetings person_month deep_page; do
        for _ in 1 2 3 4 5; do gql "$WORK/ops/$op.json" | gql_ok || { echo "$op failed"; return 1; }; done
        echo "$op ok"
    done
    [ "$(statements_prepared)" != NaN ]
}
results_sane() { # every operation measured, with a statement count and no errors
    [ ! -f "$WORK/results.jsonl" ] && return 0
    python3 - "$WORK/results.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
ops = {r["op"] for r in recs}
assert ops == {"commitments", "commitments_fixed", "meetings", "person_month", "deep_page"}, ops
for r in recs:
    assert r["requests"] > 0 and r["graphql_errors"] == 0 and r["non200"] == 0, r
    assert r["sql_per_request_hibernate"] > 0, r
    print(r["op"], r["requests"], "requests,", r["sql_per_request_hibernate"], "SQL statements/request")
PY
}

check "generator is deterministic" same_output
check "generated data is consistent (quotes at offsets, references)" python3 "$BENCH_DIR/check_data.py" "$WORK/a"
check "H2 bench app builds" build
check "H2 load, start-up and every benchmark operation without errors" bench
check "results recorded" results_sane

#!/usr/bin/env bash
# Hostile-input suite against the packaged application: the cases of .ci/hostile.py (parse,
# validation, cost, coercion, Unicode, dates, auth/JWT, HTTP transport, concurrency), each
# checking the HTTP status and extensions.code, no stack trace in the body or the log, and no
# row changed, run against
#   h2: the H2 build (dev profile, embedded file database; the jar .ci/crash-test.sh uses),
#   pg: the prod build on a fresh database of the PostgreSQL of .ci/postgres.sh (also digests
#       every table's content through psql).
# Prints "N passed, N failed" per database and in all; exit status 0 only when nothing failed.
#
# Usage:  .ci/hostile.sh [h2|pg|all] [hostile.py options, e.g. --only dates,auth]
# Env:    PARLEY_HOSTILE_HTTP_PORT (18612), PARLEY_PG_PORT and the other variables of
#         .ci/postgres.sh (the run uses its own database, parley_hostile, and drops it after).
set -uo pipefail
cd "$(dirname "$0")/.."
. .ci/app.sh

WHICH="${1:-all}"
[ $# -gt 0 ] && shift
PORT="${PARLEY_HOSTILE_HTTP_PORT:-18612}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/parley-hostile.XXXXXX")"

cleanup() {
    app_kill
    [ "$WHICH" = h2 ] || app_pg_drop parley_hostile
    rm -rf "$WORK"
}
trap cleanup EXIT

app_keys "$WORK/jwt" || { echo "hostile: cannot make keys (openssl missing?)"; echo "0 passed, 1 failed"; exit 1; }

# suite LABEL LOG [hostile.py options]: runs the cases against the application on PORT.
suite() {
    local label="$1" log="$2"
    shift 2
    local out="$WORK/$label.out"
    python3 .ci/hostile.py --url "http://127.0.0.1:$PORT/graphql" --log "$log" --keys "$WORK/jwt" "$@" | tee "$out"
    local line
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
    if [ -z "$line" ]; then
        echo "hostile $label: the suite did not finish"
        failed=$((failed + 1))
        return
    fi
    passed=$((passed + ${line%% passed*}))
    line=${line#*, }
    failed=$((failed + ${line%% failed*}))
    local frames
    frames=$(app_log_frames "$log")
    if [ -n "$frames" ]; then
        echo "FAIL $label: the log holds a stack trace: $(head -n 3 <<<"$frames" | tr '\n' ' ')"
        failed=$((failed + 1))
    fi
}

if [ "$WHICH" = h2 ] || [ "$WHICH" = all ]; then
    if app_build crash-h2-app -Dquarkus.profile=dev; then
        mkdir -p "$WORK/h2-data"
        echo "--- hostile: H2 build"
        if PARLEY_DATA_DIR="$WORK/h2-data" app_start "$WORK/h2.log" target/crash-h2-app/quarkus-run.jar "$PORT" \
            -Dquarkus.profile=dev; then
            suite h2 "$WORK/h2.log" "$@"
        else
            failed=$((failed + 1))
        fi
        app_kill
    else
        failed=$((failed + 1))
    fi
fi

if [ "$WHICH" = pg ] || [ "$WHICH" = all ]; then
    if app_build quarkus-app && app_pg_database parley_hostile; then
        echo "--- hostile: PostgreSQL build"
        if app_start "$WORK/pg.log" target/quarkus-app/quarkus-run.jar "$PORT"; then
            PARLEY_DB_NAME=parley_hostile suite pg "$WORK/pg.log" --psql "$@"
        else
            failed=$((failed + 1))
        fi
        app_kill
    else
        failed=$((failed + 1))
    fi
fi

echo "hostile (all): $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

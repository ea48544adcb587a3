#!/usr/bin/env bash
# Graceful shutdown test: SIGTERM during writes finishes or aborts the in-flight work within the
# shutdown timeout, and loses no acknowledged write.
#
# For each database (the H2 build on a fresh file; the prod build on a fresh PostgreSQL
# database of .ci/postgres.sh):
#   1. start the application (shutdown delay and timeout as configured for its profile),
#   2. 4 clients write while 3 slow mutations and 1 very slow one are in flight (headers and half
#      the body sent), then SIGTERM (.ci/shutdown-client.py):
#        - the 3 slow ones send the rest inside the timeout and get a full answer,
#        - the very slow one is cut off at the timeout (closed connection or 503, nothing stored),
#        - a new request after the delay is refused cleanly, the writers see nothing else,
#        - the process exits within delay + timeout (+3 s),
#   3. start it again on the same database: every acknowledged person (with its alias) is there,
#      no partial write (.ci/crash-client.py check), and the aborted one is absent.
# Prints the measured figures and "N passed, N failed"; exit status 0 only when nothing failed.
#
# Usage:  .ci/shutdown-test.sh [h2|pg|all]
# Env:    PARLEY_SHUTDOWN_HTTP_PORT (18614), PARLEY_PG_PORT and the other variables of .ci/postgres.sh
#         (the pg run uses its own database, parley_shutdown, and drops it after).
set -uo pipefail
cd "$(dirname "$0")/.."
. .ci/app.sh

WHICH="${1:-all}"
PORT="${PARLEY_SHUTDOWN_HTTP_PORT:-18614}"
URL="http://127.0.0.1:$PORT/graphql"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/parley-shutdown.XXXXXX")"


cleanup() {
    app_kill
    [ "$WHICH" = h2 ] || app_pg_drop parley_shutdown
    rm -rf "$WORK"
}
trap cleanup EXIT

app_keys "$WORK/jwt" || { echo "shutdown-test: cannot make keys (openssl missing?)"; echo "0 passed, 1 failed"; exit 1; }
TOKEN="$(PARLEY_KEY_DIR="$WORK/jwt" src/tools/make-token.sh shutdown-test 2 2>/dev/null)"

# setting KEY PROFILE: the shutdown setting in seconds as application.properties gives it for the profile.
setting() {
    local key="$1" profile="$2" value
    value=$(grep -E "^%$profile\.$key=" src/main/resources/application.properties | tail -n 1)
    [ -n "$value" ] || value=$(grep -E "^$key=" src/main/resources/application.properties | tail -n 1)
    value="${value#*=}"
    value="${value##*:}"      # ${ENV:default} -> default}
    value="${value%\}}"
    value="${value%S}"
    echo "${value:-0}"
}

# tally OUTPUT: counts the PASS/FAIL lines a client printed.
tally() {
    local line
    while IFS= read -r line; do
        case "$line" in
            PASS:*) ok "$label: ${line#PASS: }" ;;
            FAIL:*) ko "$label: ${line#FAIL: }" ;;
            measured:*) echo "shutdown-test $label ${line}" ;;
        esac
    done <<<"$1"
}

# round LABEL PROFILE LOG JAR [java options]
round() {
    local label="$1" profile="$2" log="$3" jar="$4"
    shift 4
    local delay timeout run="shutdown-$label-$RANDOM" acks="$WORK/acks-$label" out
    delay=$(setting quarkus.shutdown.delay "$profile")
    timeout=$(setting quarkus.shutdown.timeout "$profile")
    : >"$acks"
    app_start "$log" "$jar" "$PORT" "$@" || { ko "$label: the application did not start"; return 1; }
    echo "--- shutdown-test $label: SIGTERM with work in flight (delay ${delay} s, timeout ${timeout} s)"
    out=$(python3 .ci/shutdown-client.py run "$URL" "$TOKEN" "$APP_PID" "$run" "$acks" "$delay" "$timeout") \
        || grep -q '^FAIL' <<<"$out" || ko "$label: the shutdown client failed"
    tally "$out"
    local straggler
    straggler=$(sed -n 's/^straggler: //p' <<<"$out")
    wait "$APP_PID" 2>/dev/null
    echo "shutdown-test $label: exit status $? (143 = SIGTERM honoured)"
    APP_PID=""
    local frames
    frames=$(app_log_frames "$log")
    if [ -n "$frames" ]; then
        cp "$log" "${TMPDIR:-/tmp}/parley-shutdown-$label.log"
        ko "$label: the log holds a stack trace ($(wc -l <<<"$frames") lines; log kept in ${TMPDIR:-/tmp}/parley-shutdown-$label.log), first: $(head -n 3 <<<"$frames" | tr '\n' ' ')"
    else
        ok "$label: no stack trace in the log"
    fi
    app_start "$log" "$jar" "$PORT" "$@" || { ko "$label: the application did not start again"; return 1; }
    tally "$(python3 .ci/crash-client.py check "$URL" "$run" "$acks")"
    [ -n "$straggler" ] && tally "$(python3 .ci/shutdown-client.py absent "$URL" "$straggler")"
    app_kill
}

if [ "$WHICH" = h2 ] || [ "$WHICH" = all ]; then
    label=h2
    if app_build crash-h2-app -Dquarkus.profile=dev; then
        mkdir -p "$WORK/h2-data"
        PARLEY_DATA_DIR="$WORK/h2-data" round h2 dev "$WORK/h2.log" target/crash-h2-app/quarkus-run.jar -Dquarkus.profile=dev
    else
        ko "h2: build failed"
    fi
fi

if [ "$WHICH" = pg ] || [ "$WHICH" = all ]; then
    label=pg
    if app_build quarkus-app && app_pg_database parley_shutdown; then
        round pg prod "$WORK/pg.log" target/quarkus-app/quarkus-run.jar
    else
        ko "pg: build or PostgreSQL failed"
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

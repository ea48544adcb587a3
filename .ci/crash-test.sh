#!/usr/bin/env bash
# Crash test: kill -9 during writes never loses an acknowledged write.
#
# For each database (the dev jar on its embedded H2 file, the prod jar on the PostgreSQL of
# .ci/postgres.sh):
#   1. start the application on a fresh database with a fresh signing key,
#   2. 8 concurrent clients send createPerson mutations (each with one alias) with an editor
#      token and record every acknowledged one (.ci/crash-client.py),
#   3. kill -9 the application at a random moment during the writes,
#   4. start it again on the same database and check that every acknowledged person is there,
#      and that no person of the run was stored without its alias (no partial write),
# and prints "N passed, N failed". Exit status 0 only when nothing failed.
#
# Usage:  .ci/crash-test.sh [h2|pg|all]     (default all; builds the jars it lacks)
# Env:    PARLEY_CRASH_WRITES (most writes per round, 3000; the kill ends them sooner),
#         PARLEY_CRASH_ROUNDS (kills per database, 2),
#         PARLEY_CRASH_HTTP_PORT (18690), PARLEY_CRASH_JAVA_OPTS (added to the java command line,
#         e.g. another -Dquarkus.datasource.jdbc.url to try an H2 setting), PARLEY_PG_PORT and the other variables of
#         .ci/postgres.sh. The pg run leaves PostgreSQL running as it found it (started if needed).
set -uo pipefail
cd "$(dirname "$0")/.."
. .ci/app.sh

WHICH="${1:-all}"
WRITES="${PARLEY_CRASH_WRITES:-3000}"
ROUNDS="${PARLEY_CRASH_ROUNDS:-2}"
HTTP_PORT="${PARLEY_CRASH_HTTP_PORT:-18690}"
URL="http://127.0.0.1:${HTTP_PORT}/graphql"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/parley-crash.XXXXXX")"
START_WAIT=180


cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# A key pair and an editor token for this run only.
PARLEY_KEY_DIR="$WORK/jwt" src/tools/make-token.sh crash-test 2 >"$WORK/token" 2>/dev/null || {
    echo "crash-test: cannot make a token (openssl missing?)"; exit 1; }
TOKEN="$(cat "$WORK/token")"

ready() {
    curl -fsS -o /dev/null -m 2 "http://127.0.0.1:${HTTP_PORT}/q/health/ready" 2>/dev/null
}

# start_app LABEL LOG JAR [java options...]: starts the jar in the background, waits until ready.
start_app() {
    local label="$1" log="$2" jar="$3"
    shift 3
    PARLEY_JWT_PUBLIC_KEY_LOCATION="$WORK/jwt/public-key.pem" \
        java "$@" ${PARLEY_CRASH_JAVA_OPTS:-} -Dquarkus.http.port="$HTTP_PORT" -jar "$jar" >>"$log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 "$START_WAIT"); do
        if ready; then return 0; fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
        sleep 1
    done
    ko "$label: the application did not become ready (log: $log)"
    tail -n 20 "$log"
    return 1
}

# crash_round LABEL ROUND LOG JAR [java options...]: writes, kill -9, restart, check. Expects the
# application running (started by the caller or by the previous round) and leaves it running.
crash_round() {
    local label="$1" round="$2" log="$3" jar="$4"
    shift 4
    local run="$label-$round-$RANDOM" acks="$WORK/acks-$label-$round"
    : >"$acks"
    python3 .ci/crash-client.py write "$URL" "$TOKEN" "$run" "$WRITES" "$acks" &
    local client=$!
    # a random moment once writes are flowing: 0.0 to 1.9 s after the first acknowledgement
    # (waiting for it first: a freshly started JVM can take seconds for its first write)
    for _ in $(seq 1 600); do
        [ -s "$acks" ] && break
        kill -0 "$client" 2>/dev/null || break
        sleep 0.1
    done
    sleep "$((RANDOM % 2)).$((RANDOM % 10))"
    local before writing=yes
    kill -0 "$client" 2>/dev/null || writing=no
    before=$(wc -l <"$acks")
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null
    APP_PID=""
    wait "$client"
    local acked
    acked=$(wc -l <"$acks")
    if [ "$writing" = no ]; then
        ko "$label round $round: the writes ended before the kill (raise PARLEY_CRASH_WRITES)"
    elif [ "$before" -gt 0 ]; then
        ok "$label round $round: killed with -9 during writes ($before acknowledged at the kill)"
    else
        ko "$label round $round: no write was acknowledged before the kill (nothing tested)"
    fi
    start_app "$label" "$log" "$jar" "$@" || return 1
    local result
    result=$(python3 .ci/crash-client.py check "$URL" "$run" "$acks")
    while IFS= read -r line; do
        case "$line" in
            PASS:*) ok "$label round $round: ${line#PASS: }" ;;
            FAIL:*) ko "$label round $round: ${line#FAIL: }" ;;
        esac
    done <<<"$result"
    [ -n "$result" ] || ko "$label round $round: the check printed nothing"
    echo "crash-test: $label round $round: $acked acknowledged in all"
}

# crash_rounds LABEL LOG JAR [java options...]: ROUNDS crash rounds on one database, then stops the app.
crash_rounds() {
    local label="$1" log="$2" jar="$3"
    shift 3
    start_app "$label" "$log" "$jar" "$@" || return 1
    local round
    for round in $(seq 1 "$ROUNDS"); do
        crash_round "$label" "$round" "$log" "$jar" "$@" || return 1
    done
    kill -KILL "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
    APP_PID=""
}

build() {
    app_build "$@" || { ko "build of target/$1 failed"; return 1; }
}

if [ "$WHICH" = "h2" ] || [ "$WHICH" = "all" ]; then
    if build crash-h2-app -Dquarkus.profile=dev; then
        data="$WORK/h2-data"
        mkdir -p "$data"
        PARLEY_DATA_DIR="$data" crash_rounds h2 "$WORK/h2.log" target/crash-h2-app/quarkus-run.jar -Dquarkus.profile=dev
    fi
fi

if [ "$WHICH" = "pg" ] || [ "$WHICH" = "all" ]; then
    if build quarkus-app; then
        if eval "$(.ci/postgres.sh start)"; then
            PARLEY_LOG_JSON=false crash_rounds pg "$WORK/pg.log" target/quarkus-app/quarkus-run.jar
        else
            ko "PostgreSQL could not be started"
        fi
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

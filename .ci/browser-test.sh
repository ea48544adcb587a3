#!/usr/bin/env bash
# Browser test of the packaged application: starts target/quarkus-app/quarkus-run.jar (with CORS on
# for one second local origin, and a throw-away token key so live.test.mjs can record a position),
# waits until it is ready, serves src/test/browser/cors-page from that origin (python3 -m http.server
# on PORT+2), runs src/test/browser/graphiql.test.mjs, cors.test.mjs and live.test.mjs (headless
# Debian chromium driven by playwright-core) against it, and always stops both again.
#
#   .ci/browser-test.sh [PORT]            PORT defaults to $PARLEY_BROWSER_PORT, else 8080
#
# Everything in the caller's environment reaches the application, e.g. for the prod build
# PARLEY_DB_URL, PARLEY_DB_USER and PARLEY_DB_PASSWORD. Optional knobs:
#   PARLEY_JAR             jar to run (default target/quarkus-app/quarkus-run.jar)
#   PARLEY_READY_TIMEOUT   seconds to wait for the application (default 60)
#   PARLEY_TEST_TIMEOUT    seconds the browser test may take (default 300)
#   PARLEY_SCREENSHOT_DIR  where failure screenshots go (default /tmp)
#   CHROMIUM_PATH          browser (default /usr/bin/chromium; installed with apt when missing)
#   JAVA_OPTS              extra JVM options
# Exits non-zero on any failure; the last line reads "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PORT=${1:-${PARLEY_BROWSER_PORT:-8080}}
JAR=${PARLEY_JAR:-target/quarkus-app/quarkus-run.jar}
READY_TIMEOUT=${PARLEY_READY_TIMEOUT:-60}
TEST_TIMEOUT=${PARLEY_TEST_TIMEOUT:-300}
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
export PARLEY_SCREENSHOT_DIR=${PARLEY_SCREENSHOT_DIR:-/tmp}
TEST_DIR=src/test/browser
WORK_DIR=$ROOT/target/browser-test
APP_LOG=$WORK_DIR/app.log
TAP_FILE=$WORK_DIR/results.tap
BASE_URL=http://127.0.0.1:$PORT
PAGE_PORT=$((PORT + 2))
PAGE_URL=http://127.0.0.1:$PAGE_PORT
PAGE_PID=

APP_PID=
TEST_PID=
PASSED=0
FAILED=0

log() { printf '[browser-test] %s\n' "$*"; }

stop_page() {
    [ -n "$PAGE_PID" ] || return 0
    kill -TERM "$PAGE_PID" 2>/dev/null
    wait "$PAGE_PID" 2>/dev/null
    PAGE_PID=
}

stop_app() {
    stop_page
    [ -n "$APP_PID" ] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null
        for _ in $(seq 1 20); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "the application did not stop within 10 s; killing it"
            kill -KILL "$APP_PID" 2>/dev/null
        fi
    fi
    wait "$APP_PID" 2>/dev/null
    APP_PID=
}

# Stops a test run still going (only after an interrupt); timeout passes the signal on to node.
stop_test() {
    [ -n "$TEST_PID" ] || return 0
    kill -TERM "$TEST_PID" 2>/dev/null
    wait "$TEST_PID" 2>/dev/null
    TEST_PID=
}

# Ends the run: stops the test and the application, prints the closing line and exits.
finish() {
    local status=$1
    stop_test
    stop_app
    if [ "$status" -ne 0 ] && [ "$FAILED" -eq 0 ]; then
        FAILED=1 # a failure before or outside the tests still counts as one
    fi
    echo "browser test: $PASSED passed, $FAILED failed"
    exit "$status"
}

fail() {
    log "ERROR: $*"
    finish 1
}

trap stop_app EXIT
trap 'log "interrupted"; finish 130' INT TERM

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@"
    else
        return 1
    fi
}

# Installs Debian packages, refreshing the package lists only when the first attempt fails.
apt_install() {
    command -v apt-get >/dev/null 2>&1 || fail "apt-get not available to install: $*"
    log "installing $* with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! as_root apt-get install -y -q --no-install-recommends "$@" >"$WORK_DIR/apt.log" 2>&1; then
        as_root apt-get update -q >>"$WORK_DIR/apt.log" 2>&1 || { tail -20 "$WORK_DIR/apt.log"; fail "apt-get update failed"; }
        as_root apt-get install -y -q --no-install-recommends "$@" >>"$WORK_DIR/apt.log" 2>&1 \
            || { tail -20 "$WORK_DIR/apt.log"; fail "apt-get install $* failed"; }
    fi
}

mkdir -p "$WORK_DIR" || fail "cannot create $WORK_DIR"

# --- Tools -----------------------------------------------------------------------------------
[ -f "$JAR" ] || fail "$JAR not found: build the application first (./mvnw -B package)"
command -v java >/dev/null 2>&1 || fail "java not found"
command -v curl >/dev/null 2>&1 || apt_install curl
command -v python3 >/dev/null 2>&1 || apt_install python3
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
fi
if [ ! -x "$CHROMIUM_PATH" ]; then
    [ "$CHROMIUM_PATH" = /usr/bin/chromium ] || fail "CHROMIUM_PATH=$CHROMIUM_PATH is not executable"
    apt_install chromium
    [ -x "$CHROMIUM_PATH" ] || fail "chromium was installed but $CHROMIUM_PATH is missing"
fi
log "browser: $("$CHROMIUM_PATH" --version 2>/dev/null | head -1)"
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 20 ] || fail "node $(node --version 2>/dev/null) is too old: playwright-core needs node 20 or later"
log "node: $(node --version)"

# playwright-core as pinned by the committed package-lock.json; drives the system chromium,
# so no browser download is wanted.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! (cd "$TEST_DIR" && node -e "import('playwright-core').then(() => process.exit(0), () => process.exit(1))" 2>/dev/null); then
    log "installing playwright-core (npm ci in $TEST_DIR)"
    (cd "$TEST_DIR" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in $TEST_DIR"
fi

# --- Application -----------------------------------------------------------------------------
if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
    fail "something already listens on port $PORT; choose another port"
fi
if curl -s -o /dev/null --max-time 2 "$PAGE_URL/"; then
    fail "something already listens on port $PAGE_PORT (the second origin); choose another port"
fi
log "serving $TEST_DIR/cors-page as a second origin at $PAGE_URL"
python3 -m http.server "$PAGE_PORT" --bind 127.0.0.1 --directory "$TEST_DIR/cors-page" >"$WORK_DIR/page.log" 2>&1 &
PAGE_PID=$!
# An editor token for live.test.mjs (a subscription in GraphiQL sees a position it records).
PARLEY_TOKEN=$(PARLEY_KEY_DIR="$WORK_DIR/jwt" src/tools/make-token.sh browser-test 1) || fail "make-token.sh failed"
export PARLEY_TOKEN
log "starting $JAR on port $PORT with CORS on for $PAGE_URL (log: $APP_LOG)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
PARLEY_CORS_ENABLED=true PARLEY_CORS_ORIGINS=$PAGE_URL PARLEY_JWT_PUBLIC_KEY_LOCATION="$WORK_DIR/jwt/public-key.pem" \
    java ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar "$JAR" >"$APP_LOG" 2>&1 &
APP_PID=$!

ready=
deadline=$((SECONDS + READY_TIMEOUT))
while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        APP_PID=
        log "the application exited during start-up; last lines of its log:"
        tail -40 "$APP_LOG"
        fail "the application did not start"
    fi
    if curl -sf -o /dev/null --max-time 3 "$BASE_URL/q/health/ready" \
        || curl -sf -o /dev/null --max-time 3 -H 'Content-Type: application/json' \
            -d '{"query":"{ __typename }"}' "$BASE_URL/graphql"; then
        ready=yes
        break
    fi
    sleep 1
done
if [ -z "$ready" ]; then
    log "last lines of the application log:"
    tail -40 "$APP_LOG"
    fail "the application was not ready within ${READY_TIMEOUT} s"
fi
log "application ready at $BASE_URL"

# --- Test ------------------------------------------------------------------------------------
rm -f "$TAP_FILE"
# In the background and waited for, so that an interrupt is handled at once (see stop_test).
(
    cd "$TEST_DIR" && PARLEY_URL=$BASE_URL PARLEY_CORS_PAGE_URL=$PAGE_URL exec timeout --kill-after=10 "$TEST_TIMEOUT" \
        node --test \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$TAP_FILE" \
        graphiql.test.mjs cors.test.mjs live.test.mjs
) &
TEST_PID=$!
wait "$TEST_PID"
test_status=$?
TEST_PID=
[ $test_status -eq 124 ] && log "the browser test did not finish within ${TEST_TIMEOUT} s"

if [ -f "$TAP_FILE" ]; then
    PASSED=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$TAP_FILE" | tail -1)
    FAILED=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$TAP_FILE" | tail -1)
    cancelled=$(sed -n 's/^# cancelled \([0-9]*\)$/\1/p' "$TAP_FILE" | tail -1)
    PASSED=${PASSED:-0}
    FAILED=$(( ${FAILED:-0} + ${cancelled:-0} ))
fi
if [ $test_status -ne 0 ] || [ "$FAILED" -ne 0 ] || [ "$PASSED" -eq 0 ]; then
    log "application log: $APP_LOG; screenshots of failures: $PARLEY_SCREENSHOT_DIR/parley-graphiql-*.png"
    finish 1
fi
finish 0

# Helpers for the script tests that run the packaged application (.ci/hostile.sh,
# .ci/shutdown-test.sh, src/bench/soak.sh); source it. Every function works on APP_PID, the one application a
# script runs at a time.
#
#   app_build DIR [maven args]       builds target/DIR/quarkus-run.jar unless it is there
#                                    (the H2 build: app_build crash-h2-app -Dquarkus.profile=dev,
#                                    the same jar .ci/crash-test.sh uses)
#   app_keys DIR                     a signing key pair (DIR/private-key.pem, public-key.pem)
#                                    and a foreign one (DIR/foreign-key.pem)
#   app_start LOG JAR PORT [java options]
#                                    starts the jar verifying tokens with DIR/public-key.pem of
#                                    APP_KEYS, waits until ready (APP_START_WAIT s, 180)
#   app_kill                         kill -9 and reap (cleanup)
#   app_pg_database NAME             a fresh database NAME on the cluster of .ci/postgres.sh
#                                    (started if needed); exports PARLEY_DB_* for it
#   app_pg_drop NAME                 drops it again
#   app_log_frames LOG [REGEX]       stack-trace lines in the log, leaving out Vert.x's blocked-thread
#                                    warnings (a loaded machine's, not a request's, doing) and those
#                                    of log lines matching REGEX
#   ok TEXT / ko TEXT                a passed / failed check: counted in passed and failed

APP_PID=""
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "PASS: $*"; }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }

app_build() {
    local dir="$1"
    shift
    [ -f "target/$dir/quarkus-run.jar" ] && return 0
    echo "building target/$dir" >&2
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/parley-build.XXXXXX")"
    if ./mvnw -B -q package -DskipTests -Dquarkus.package.output-directory="$dir" "$@" >"$log" 2>&1; then
        rm -f "$log"
    else
        tail -n 30 "$log" >&2
        return 1
    fi
}

app_keys() {
    local dir="$1"
    PARLEY_KEY_DIR="$dir" src/tools/make-token.sh app-keys 1 >/dev/null 2>&1 || return 1
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/foreign-key.pem" 2>/dev/null
    APP_KEYS="$dir"
}

app_ready() {
    curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null
}

app_start() {
    local log="$1" jar="$2" port="$3"
    shift 3
    local attempt _
    for attempt in 1 2; do
        PARLEY_JWT_PUBLIC_KEY_LOCATION="$APP_KEYS/public-key.pem" PARLEY_LOG_JSON=false \
            java "$@" -Dquarkus.http.port="$port" -jar "$jar" >>"$log" 2>&1 &
        APP_PID=$!
        for _ in $(seq 1 "${APP_START_WAIT:-180}"); do
            app_ready "$port" && return 0
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        # A start that dies (rather than hangs) is tried once more: on a machine starved of CPU the
        # first database connection can take longer than the pool's 3 s acquisition timeout.
        kill -0 "$APP_PID" 2>/dev/null && break
        wait "$APP_PID" 2>/dev/null
        if [ "$attempt" = 1 ]; then
            echo "the application stopped while starting; once more (first log: $log.failed-start)" >&2
            mv "$log" "$log.failed-start"
        fi
    done
    echo "the application did not become ready (log: $log):" >&2
    tail -n 20 "$log" >&2
    return 1
}

app_kill() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -KILL "$APP_PID" 2>/dev/null
        wait "$APP_PID" 2>/dev/null
    fi
    APP_PID=""
}

app_pg_database() {
    local env
    env="$(PARLEY_DB_NAME="$1" .ci/postgres.sh recreate-db)" || return 1
    eval "$env"
}

app_pg_drop() {
    PARLEY_DB_NAME="$1" .ci/postgres.sh psql -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1 || true
}

app_log_frames() {
    local also="${2:-}"
    awk -v also="$also" '/^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { skip = /BlockedThreadChecker/ || (also != "" && $0 ~ also) } !skip' "$1" \
        | grep -E '^\s+at [a-zA-Z_$.<>@/0-9]+\(|^Caused by: '
}

#!/usr/bin/env bash
# Soak: the packaged prod app on the PostgreSQL of .ci/postgres.sh (a database of its own, the
# founding dataset), CLIENTS clients sending mixed reads and writes without pause for SECONDS,
# the database stopped half-way for SOAK_OUTAGE_SECONDS and started again (src/bench/soak/Soak.java).
# Passes when no request failed outside the outage window, readiness went DOWN during it, every
# acknowledged write is there with its evidence, and the log holds no stack trace. Appends the
# figures, the command, the load average and the verdict to src/bench/results/soak.jsonl.
#
#   src/bench/soak.sh [SECONDS] [CLIENTS]     (defaults 600 and 16; builds the jar when absent)
# Env: PARLEY_PG_PORT (55464), SOAK_PORT (18097), SOAK_OUTAGE_SECONDS (15), JAR,
#      SOAK_JAVA_OPTS (-Xmx384m: a heap bounded as in a container, so that a rising RSS means a
#      leak, not G1 growing the heap into the machine's free memory; its default maximum here is 6 GB)
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_TOTAL="${1:-600}"
CLIENTS="${2:-16}"
export PARLEY_PG_PORT="${PARLEY_PG_PORT:-55464}"
PORT="${SOAK_PORT:-18097}"
JAR="${JAR:-target/quarkus-app/quarkus-run.jar}"
JAVA_OPTS="${SOAK_JAVA_OPTS--Xmx384m}"
WORK="${TMPDIR:-/tmp}/parley-soak"
mkdir -p "$WORK"
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests || exit 1
eval "$(PARLEY_DB_NAME=parley_soak .ci/postgres.sh recreate-db)"
TOKEN=$(PARLEY_KEY_DIR="$WORK/jwt" src/tools/make-token.sh soak 3)
LOG="$WORK/app.log"
: >"$LOG"
source .ci/app.sh
APP_KEYS="$WORK/jwt"
trap 'kill -TERM $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null; PARLEY_DB_NAME=parley_soak .ci/postgres.sh start >/dev/null 2>&1' EXIT
# shellcheck disable=SC2086
app_start "$LOG" "$JAR" "$PORT" $JAVA_OPTS || { echo "soak: the app did not start (log: $LOG)"; exit 1; }
APP=$APP_PID
load=$(cut -d' ' -f1 /proc/loadavg)
figures=$(SOAK_DB_STOP="PARLEY_DB_NAME=parley_soak .ci/postgres.sh stop" SOAK_DB_START="PARLEY_DB_NAME=parley_soak .ci/postgres.sh start" \
    java src/bench/soak/Soak.java "$PORT" "$TOKEN" "$APP" "$SECONDS_TOTAL" "$CLIENTS") || { echo "soak: the client failed"; exit 1; }
# stack-trace lines in the log (app_log_frames), counting apart the transaction manager's
# ARJUNA016045: a rollback on a connection the stopped database closed, whose request was
# answered UNAVAILABLE
frames=$(app_log_frames "$LOG" 'ARJUNA016045' | wc -l)
rollback_warnings=$(grep -c 'ARJUNA016045' "$LOG")
verdict=$(echo "$figures" | python3 -c '
import json, sys
f = json.load(sys.stdin)
frames = int(sys.argv[1])
bad = []
if f["unexpected_failures"]: bad.append("%d unexpected failures" % f["unexpected_failures"])
if f["lost_writes"]: bad.append("%d acknowledged writes lost" % f["lost_writes"])
if f["positions_without_evidence"]: bad.append("%d partial positions" % f["positions_without_evidence"])
if not f["outage"]["readiness_down_seen_during_outage"]: bad.append("readiness never DOWN during the outage")
if frames: bad.append("%d stack-trace lines in the log" % frames)
print("PASS" if not bad else "FAIL: " + "; ".join(bad))' "$frames")
line=$(printf '{"date": "%s", "command": "SOAK_JAVA_OPTS='%s' src/bench/soak.sh %s %s", "load_1m_at_start": %s, "cpus": %s, "log_stack_trace_lines": %s, "log_rollback_on_closed_connection_warnings": %s, "verdict": "%s", "figures": %s}' \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$JAVA_OPTS" "$SECONDS_TOTAL" "$CLIENTS" "$load" "$(nproc)" "$frames" "$rollback_warnings" "$verdict" "$figures")
echo "$line" | tee -a src/bench/results/soak.jsonl
[ "$verdict" = PASS ]

#!/usr/bin/env bash
# Two packaged Parley builds side by side: a change measured as a ratio of one run, in
# interleaved rounds (A B A B ...) of the peer workloads on the same database, rather than as
# two absolute figures taken at different times on a shared machine.
#
#   src/bench/ab.sh A_APP_DIR B_APP_DIR [--workloads "meetings headline"] [--connections "8 32"]
#       [--rounds 5] [--duration 10] [--warmup 10] [--first-warmup 20] [--max-load 1.5]
#       [--wait-quiet SECONDS] [--allow-busy] [--about-a TEXT] [--about-b TEXT]
#
# Both are packaged apps (the layout of target/quarkus-app), e.g. main's in target/bench-a and
# the change's in target/bench-b (-Dquarkus.package.output-directory=...). The database and the
# request bodies are those a finished peer.sh run leaves: its PostgreSQL (PARLEY_PG_PORT, started
# here if stopped) and $BENCH_WORK/peer/ops. A serves on BENCH_PORT, B on BENCH_PORT + 1, with
# the same JAVA_OPTS (B gets JAVA_OPTS_B instead when set, and the environment variables of
# ENV_B, e.g. "MALLOC_ARENA_MAX=1": two JVM settings of one build). Prints the table (ratio = A / B; CPU ms per request of each JVM) and writes
# it with the command and the load average to results/ab-<stamp>.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

A_APP="${1:?usage: ab.sh A_APP_DIR B_APP_DIR [options]}"; B_APP="${2:?usage: ab.sh A_APP_DIR B_APP_DIR [options]}"
shift 2
COMMAND="src/bench/ab.sh $A_APP $B_APP $*"
WORKLOADS="meetings headline"; CONNECTIONS="8 32"; ROUNDS=5; DURATION=10; WARMUP=10; FIRST_WARMUP=20
MAX_LOAD=1.5; WAIT_QUIET=0; ALLOW_BUSY=0; ABOUT_A=; ABOUT_B=
while [ $# -gt 0 ]; do
    case "$1" in
    --workloads) WORKLOADS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --first-warmup) FIRST_WARMUP="$2"; shift 2 ;;
    --max-load) MAX_LOAD="$2"; shift 2 ;;
    --wait-quiet) WAIT_QUIET="$2"; shift 2 ;;
    --allow-busy) ALLOW_BUSY=1; shift ;;
    --about-a) ABOUT_A="$2"; shift 2 ;; # what A is, for the results file (e.g. "main at 8e25a7a")
    --about-b) ABOUT_B="$2"; shift 2 ;;
    *) echo "ab.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
OPS="${BENCH_WORK:-/tmp/bench-work}/peer/ops"
for w in $WORKLOADS; do
    [ -f "$OPS/parley-$w.json" ] || { log "no request body $OPS/parley-$w.json: run peer.sh once first"; exit 1; }
done
for app in "$A_APP" "$B_APP"; do
    [ -f "$app/quarkus-run.jar" ] || { log "no packaged app in $app"; exit 1; }
done

wait_quiet "$MAX_LOAD" "$WAIT_QUIET" "$ALLOW_BUSY"

eval "$("$PG_SH" start)"
WORK="$(mktemp -d /tmp/parley-ab.XXXXXX)"
# peer.py measure sends each server the body named after it: both get Parley's.
mkdir -p "$WORK/ops"
for w in $WORKLOADS; do
    cp "$OPS/parley-$w.json" "$WORK/ops/parley-$w.json"
    cp "$OPS/parley-$w.json" "$WORK/ops/postgraphile-$w.json"
done
PROBE_BODY="$WORK/ops/parley-${WORKLOADS%% *}.json"
export PARLEY_LOG_JSON=false
A_PORT="$BENCH_PORT"; B_PORT=$((BENCH_PORT + 1))
A_PID=; B_PID=
stop_both() { APP_PID="$A_PID" app_stop; APP_PID="$B_PID" app_stop; }
trap stop_both EXIT
BENCH_PORT="$A_PORT" BENCH_URL="http://localhost:$A_PORT"; app_start "$A_APP" "$WORK/a.log"; A_PID="$APP_PID"
JAVA_OPTS_A="$JAVA_OPTS"; JAVA_OPTS="${JAVA_OPTS_B:-$JAVA_OPTS}"
# shellcheck disable=SC2086
BENCH_PORT="$B_PORT" BENCH_URL="http://localhost:$B_PORT"; ([ -z "${ENV_B:-}" ] || export ${ENV_B}; app_start "$B_APP" "$WORK/b.log"; echo "$APP_PID" >"$WORK/b.pid")
B_PID="$(cat "$WORK/b.pid")"
JAVA_OPTS_B="$JAVA_OPTS"; JAVA_OPTS="$JAVA_OPTS_A"
log "A $A_APP (pid $A_PID, port $A_PORT), B $B_APP (pid $B_PID, port $B_PORT); load average $LOAD_START"

STAMP=$(date +%Y%m%d-%H%M)
OUT="$RESULTS_DIR/ab-$STAMP.md"
postmaster_pid() { head -1 "${PARLEY_PG_DATA:-${TMPDIR:-/tmp}/parley-pg-$PARLEY_PG_PORT}/postmaster.pid"; }
set +e
python3 "$BENCH_DIR/peer.py" measure --ops-dir "$WORK/ops" --lua "$BENCH_DIR/post.lua" \
    --parley-url "http://localhost:$A_PORT/graphql" --postgraphile-url "http://localhost:$B_PORT/graphql" \
    --parley-pid "$A_PID" --postgraphile-pid "$B_PID" --pg-pid "$(postmaster_pid)" \
    --connections "$CONNECTIONS" --workloads "$WORKLOADS" --rounds "$ROUNDS" --duration "$DURATION" \
    --warmup "$WARMUP" --first-warmup "$FIRST_WARMUP" --labels "A,B" \
    --jsonl "$WORK/ab.jsonl" --table "$WORK/table.md" --meta "{\"busy\": $BUSY}"
status=$?
set -e
{
    echo "# Parley A vs Parley B ($STAMP)"
    echo
    echo "- command: \`$COMMAND\`"
    echo "- A: $A_APP${ABOUT_A:+ ($ABOUT_A)}; B: $B_APP${ABOUT_B:+ ($ABOUT_B)}; JAVA_OPTS of A: ${JAVA_OPTS_A}; of B: ${JAVA_OPTS_B}; environment of B: ${ENV_B:-as A}"
    echo "- load average at start: $LOAD_START$( [ "$BUSY" = true ] && echo " (busy: above $MAX_LOAD)")"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
    echo "- rounds: $ROUNDS interleaved (A, B, ...) of ${DURATION}s per (workload, connections) after warm-up; medians; CPU ms/req: the JVM's utime+stime over the round / requests"
    echo
    cat "$WORK/table.md"
} >"$OUT"
log "written $OUT"
exit "$status"

#!/usr/bin/env bash
# CPU profile of Parley under wrk load, one JFR recording per workload, and the CPU it used
# per request meanwhile.
#
#   src/bench/profile.sh OUT_DIR [WORKLOAD ...]      (default workloads: headline typename)
#
# Needs the database of a peer.sh run (PARLEY_PG_PORT, loaded, functions applied) and its
# request bodies ($BENCH_WORK/peer/ops/parley-<workload>.json;
# any finished peer.sh run leaves them). Starts the packaged app
# (APP, default target/bench-pg, with JAVA_OPTS) on BENCH_PORT, warms each workload up for
# WARMUP seconds (default 20), then records DURATION seconds (default 20) of wrk load at
# CONNECTIONS connections (default 8) with JFR's "profile" settings (execution samples every
# 10 ms per thread) and writes OUT_DIR/<workload>.jfr, OUT_DIR/<workload>.cpu (requests,
# CPU ms of the JVM, CPU ms per request, and per request of the request-serving threads only) and OUT_DIR/<workload>.top.txt (src/bench/jfr_top.py).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT="${1:?usage: profile.sh OUT_DIR [WORKLOAD ...]}"; shift
WORKLOADS="${*:-headline typename}"
APP="${APP:-$REPO_DIR/target/bench-pg}"
OPS="${BENCH_WORK:-/tmp/bench-work}/peer/ops"
WARMUP="${WARMUP:-20}"; DURATION="${DURATION:-20}"; CONNECTIONS="${CONNECTIONS:-8}"
mkdir -p "$OUT"
# CPU ms of the threads that serve requests: all but the JIT compilers, GC, JFR and VM threads.
# On a starved machine the JVM compiles for a long time; this leaves that out.
request_threads_cpu_ms() {
    local t hz; hz=$(getconf CLK_TCK)
    for t in /proc/"$1"/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in
        *Compiler*|*GC*|G1*|"VM Thread"|JFR*|"VM Periodic"*|*Sweeper*|"Service Thread") continue ;;
        esac
        awk '{print $14 + $15}' "$t/stat" 2>/dev/null
    done | awk -v hz="$hz" '{s += $1} END {printf "%d", s * 1000 / hz}'
}
eval "$("$PG_SH" env)"
export PARLEY_LOG_JSON=false
PROBE_BODY="$OPS/parley-typename.json"
# A first recording of one second while starting, so that the measured ones do not pay for
# starting JFR itself.
JAVA_OPTS="${JAVA_OPTS:--Xmx512m} -XX:StartFlightRecording=name=startup,settings=default,duration=1s"
app_start "$APP" "$OUT/parley.log"
trap app_stop EXIT
log "Parley pid $APP_PID answered after $STARTUP_MS ms"
for w in $WORKLOADS; do
    body="$OPS/parley-$w.json"
    BENCH_BODY="$body" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/post.lua" "$BENCH_URL/graphql" >/dev/null
    jcmd "$APP_PID" JFR.start name="$w" settings=profile filename="$OUT/$w.jfr" >/dev/null
    c0=$(cpu_ms "$APP_PID"); a0=$(request_threads_cpu_ms "$APP_PID")
    BENCH_BODY="$body" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$BENCH_DIR/post.lua" "$BENCH_URL/graphql" >"$OUT/$w.wrk"
    c1=$(cpu_ms "$APP_PID"); a1=$(request_threads_cpu_ms "$APP_PID")
    jcmd "$APP_PID" JFR.stop name="$w" >/dev/null
    python3 - "$OUT/$w.wrk" "$c0" "$c1" "$a0" "$a1" "$(cut -d' ' -f1-3 /proc/loadavg)" >"$OUT/$w.cpu" <<'PY'
import json, sys
rec = json.loads([l for l in open(sys.argv[1]) if l.startswith("WRKJSON ")][0][8:])
cpu = int(sys.argv[3]) - int(sys.argv[2])
app = int(sys.argv[5]) - int(sys.argv[4])
n = max(rec["requests"], 1)
print(json.dumps({"requests": rec["requests"], "rps": rec["rps"], "errors": rec["graphql_errors"] + rec["non200"],
                  "jvm_cpu_ms": cpu, "cpu_ms_per_request": round(cpu / n, 3),
                  "request_threads_cpu_ms_per_request": round(app / n, 3), "loadavg_end": sys.argv[6]}))
PY
    python3 "$BENCH_DIR/jfr_top.py" "$OUT/$w.jfr" >"$OUT/$w.top.txt"
    log "$w: $(cat "$OUT/$w.cpu")"
done

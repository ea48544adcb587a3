#!/usr/bin/env bash
# Start-up time and memory of a packaged Parley: time from launch to the first
# answered GraphQL query, and the maximum resident set size (/usr/bin/time -v)
# of a run that ends right after that answer (SIGTERM), and the CPU seconds
# (user + system) it used, which depend less on what else the machine runs.
#
#   src/bench/startup-rss.sh LABEL COMMAND...      e.g.
#   eval "$(.ci/postgres.sh start)"
#   src/bench/startup-rss.sh pg java -Dquarkus.http.port=28080 -jar target/quarkus-app/quarkus-run.jar
#
# The command must serve on PARLEY_MEASURE_PORT (default 28080); the caller
# sets the database environment. Prints one line per run. Logs of the run:
# ${TMPDIR:-/tmp}/parley-startup-LABEL.{log,time}.
#
# With PARLEY_IDLE_SECONDS=N (default 0) the process is left idle N seconds after its first
# answer, and its resident set then (VmRSS) is printed as idle-rss-kB.
#
# Polling takes next to no CPU from the process being measured: every 50 ms
# (sleep) a TCP connect from bash itself, and curl only once the port accepts
# connections.
set -uo pipefail

LABEL="$1"; shift
PORT="${PARLEY_MEASURE_PORT:-28080}"
OUT="${TMPDIR:-/tmp}/parley-startup-${LABEL}"
QUERY='{"query":"{ organizations(first: 1) { totalCount } }"}'

if [ ! -x /usr/bin/time ]; then
    echo "startup-rss: /usr/bin/time missing (apt-get install -y time)" >&2
    exit 1
fi

t0=$(date +%s%3N)
/usr/bin/time -v -o "$OUT.time" "$@" >"$OUT.log" 2>&1 &
TIME_PID=$!
answered=""
for _ in $(seq 1 2400); do   # at most ~120 s
    if : 2>/dev/null <>"/dev/tcp/127.0.0.1/$PORT" \
            && curl -s -m 2 -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql" \
            | grep -q '"totalCount"'; then
        answered=$(( $(date +%s%3N) - t0 ))
        break
    fi
    kill -0 "$TIME_PID" 2>/dev/null || break
    sleep 0.05
done
# The measured process is the child of /usr/bin/time.
APP_PID=$(pgrep -P "$TIME_PID" | head -n 1)
idle=""
if [ -n "$answered" ] && [ -n "$APP_PID" ] && [ "${PARLEY_IDLE_SECONDS:-0}" -gt 0 ]; then
    sleep "$PARLEY_IDLE_SECONDS"
    idle=" idle-rss-kB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")"
fi
[ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null
wait "$TIME_PID" 2>/dev/null
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT.time")
cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$OUT.time")
if [ -z "$answered" ]; then
    echo "startup-rss: $LABEL never answered; see $OUT.log" >&2
    exit 1
fi
echo "$LABEL first-answer-ms=$answered max-rss-kB=$rss$idle cpu-s=$cpu load=$(cut -d' ' -f1 /proc/loadavg)"

#!/usr/bin/env bash
# Start-up to the first answer on JDK 17 (the runtime), on JDK 25, and on JDK 25 with an AOT
# cache (JEP 483/514) trained on this build: ROUNDS interleaved rounds (17, 25, 25+AOT, 17, ...)
# of src/bench/startup-rss.sh, then the median of each. The database must already hold the
# schema and the dataset (the caller sets PARLEY_DB_URL / _USER / _PASSWORD, as for the prod jar).
#
#   ./mvnw -B package -DskipTests            # target/quarkus-app
#   eval "$(.ci/postgres.sh start)"           # or the bench cluster
#   src/bench/startup-aot.sh [ROUNDS]         # default 5
#
# JDK 25 is Temurin's in /usr/lib/jvm (JAVA25 overrides). Training: the prod jar runs once with
# -XX:AOTCacheOutput, answers the headline question and a meetings page 30 times each, and is
# stopped with SIGTERM; the JVM writes the cache as it exits. The cache is tied to this build
# and this JDK; it is a measurement here, not part of the packaged application.
set -uo pipefail

# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"   # BENCH_DIR, REPO_DIR
ROUNDS="${1:-5}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR="$REPO_DIR/target/quarkus-app/quarkus-run.jar"
PORT="${PARLEY_MEASURE_PORT:-28080}"
export PARLEY_MEASURE_PORT="$PORT"
OUT="${TMPDIR:-/tmp}/parley-startup-aot"
mkdir -p "$OUT"
CACHE="$OUT/parley.aot"

[ -f "$JAR" ] || { echo "startup-aot: no $JAR (./mvnw -B package -DskipTests)" >&2; exit 1; }
[ -x "$JAVA25" ] || { echo "startup-aot: no JDK 25 at $JAVA25 (set JAVA25)" >&2; exit 1; }
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Training run.
rm -f "$CACHE"
"$JAVA25" -XX:AOTCacheOutput="$CACHE" -Xmx512m -Dquarkus.http.port="$PORT" -jar "$JAR" >"$OUT/train.log" 2>&1 &
TRAIN_PID=$!
for _ in $(seq 1 240); do
    curl -s -o /dev/null -m 2 "http://127.0.0.1:$PORT/q/health/ready" && break
    sleep 0.5
done
HEADLINE='{"query":"{ commitments(leader: \"Trump\", on: \"2025-02-27\") { summary holder { name } meeting { title participants { role person { name } } } evidence { quote article { title } } } }"}'
MEETINGS='{"query":"{ meetings(first: 20) { nodes { title date participants { role person { name } } } } }"}'
for _ in $(seq 1 30); do
    curl -s -o /dev/null -H 'Content-Type: application/json' -d "$HEADLINE" "http://127.0.0.1:$PORT/graphql"
    curl -s -o /dev/null -H 'Content-Type: application/json' -d "$MEETINGS" "http://127.0.0.1:$PORT/graphql"
done
kill -TERM "$TRAIN_PID"
wait "$TRAIN_PID" 2>/dev/null
[ -s "$CACHE" ] || { echo "startup-aot: no AOT cache written; see $OUT/train.log" >&2; exit 1; }
echo "AOT cache: $(du -m "$CACHE" | cut -f1) MB"

: >"$OUT/runs.txt"
for round in $(seq 1 "$ROUNDS"); do
    "$BENCH_DIR/startup-rss.sh" jdk17 java -Xmx512m -Dquarkus.http.port="$PORT" -jar "$JAR" | tee -a "$OUT/runs.txt"
    "$BENCH_DIR/startup-rss.sh" jdk25 "$JAVA25" -Xmx512m -Dquarkus.http.port="$PORT" -jar "$JAR" | tee -a "$OUT/runs.txt"
    "$BENCH_DIR/startup-rss.sh" jdk25-aot "$JAVA25" -XX:AOTCache="$CACHE" -Xmx512m -Dquarkus.http.port="$PORT" -jar "$JAR" \
        | tee -a "$OUT/runs.txt"
done

python3 - "$OUT/runs.txt" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) < 4:
        continue
    values = dict(p.split("=") for p in parts[1:])
    runs.setdefault(parts[0], []).append(values)
print("| runtime | rounds | first answer ms, median | max RSS MB, median | CPU s, median |")
print("|---|---|---|---|---|")
for label, rows in runs.items():
    med = lambda key: statistics.median(float(r[key]) for r in rows)
    print(f"| {label} | {len(rows)} | {med('first-answer-ms'):.0f} | {med('max-rss-kB') / 1024:.0f} | {med('cpu-s'):.2f} |")
EOF

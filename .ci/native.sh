#!/usr/bin/env bash
# Native build and the *IT suite against the native executable on PostgreSQL.
#
# Runs only where GraalVM/Mandrel's native-image is on PATH; otherwise it says
# so and exits 0 (the JVM build and tests are what CI relies on then).
#   PARLEY_NATIVE_SOURCES_CHECK=1  when native-image is missing, still run the
#                                  native build steps up to the native-image call
#                                  (-Dquarkus.native.sources-only=true), which
#                                  catches build-time native problems without GraalVM.
# Other variables: those of .ci/postgres.sh; PARLEY_TEST_PORT (default 28081).
set -euo pipefail
cd "$(dirname "$0")/.."

TEST_PORT="${PARLEY_TEST_PORT:-28081}"

if ! command -v native-image >/dev/null 2>&1; then
    echo "native.sh: SKIPPED the native build: 'native-image' is not on PATH."
    echo "native.sh: install GraalVM or Mandrel (JDK 17+) and put its bin/ on PATH to build"
    echo "native.sh: target/*-runner and run the *IT tests against it (./mvnw verify -Dnative)."
    if [ "${PARLEY_NATIVE_SOURCES_CHECK:-0}" = 1 ]; then
        echo "native.sh: running the native build steps without native-image (sources only)"
        ./mvnw -B package -DskipTests -Dnative -Dquarkus.native.sources-only=true
        test -f target/native-sources/native-image.args
        echo "native.sh: native sources generated in target/native-sources/"
    fi
    exit 0
fi

echo "native.sh: using $(command -v native-image) ($(native-image --version 2>&1 | head -n 1))"
eval "$(.ci/postgres.sh start)"
# The native profile enables quarkus.native.enabled and the failsafe *IT run;
# the executable inherits PARLEY_DB_* from this environment.
./mvnw -B verify -Dnative -Dquarkus.http.test-port="$TEST_PORT"
ls -l target/*-runner

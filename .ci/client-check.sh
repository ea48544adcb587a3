#!/usr/bin/env bash
# What a frontend's toolchain does with Parley's schema, checked in CI:
#  1. graphql-codegen (typescript + typescript-operations, Date mapped to string) generates types
#     for the example operations in src/main/graphql/examples, and tsc --noEmit compiles them
#     together with src/test/codegen/usage.ts;
#  2. Apollo Client's InMemoryCache normalises every object of the example operations' answers
#     (src/test/codegen/apollo-cache.mjs over the answers ExamplesTest records in
#     target/apollo-responses; recorded here first when missing or older than the sources);
#  3. graphql-inspector diffs the released schema (src/main/graphql/released/schema.graphql)
#     against src/main/graphql/schema.graphql; a breaking change fails unless the README's
#     Changelog section names its coordinate (src/test/codegen/check-schema.mjs).
# The npm project is src/test/codegen (package.json + package-lock.json; node_modules ignored).
# Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
DIR=src/test/codegen
PASSED=0
FAILED=0
log() { printf '[client-check] %s\n' "$*"; }
step() {
    local name=$1
    shift
    if (cd "$DIR" && "$@"); then
        log "ok: $name"
        PASSED=$((PASSED + 1))
    else
        log "FAILED: $name"
        FAILED=$((FAILED + 1))
    fi
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    log "installing nodejs and npm with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends nodejs npm >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends nodejs npm >/dev/null 2>&1; } \
        || { log "cannot install node"; echo "client check: 0 passed, 1 failed"; exit 1; }
fi
if [ ! -x "$DIR/node_modules/.bin/graphql-codegen" ] || [ "$DIR/package-lock.json" -nt "$DIR/node_modules/.package-lock.json" ]; then
    log "npm ci in $DIR"
    (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error) \
        || { log "npm ci failed"; echo "client check: 0 passed, 1 failed"; exit 1; }
fi

rm -rf "$DIR/generated"
step "graphql-codegen generates types for the example operations" npx --no-install graphql-codegen --config codegen.yml --silent
step "tsc --noEmit compiles the generated types and their use" npx --no-install tsc --noEmit -p tsconfig.json
RECORDED=target/apollo-responses/.recorded
if [ ! -f "$RECORDED" ] || [ -n "$(find src/main src/test/java -type f -newer "$RECORDED" -print -quit)" ]; then
    log "recording the example answers as Apollo Client asks for them (ExamplesTest; log: target/apollo-record.log)"
    mkdir -p target
    ./mvnw -B test -Dtest=ExamplesTest ${PARLEY_TEST_PORT:+-Dquarkus.http.test-port=$PARLEY_TEST_PORT} \
        >target/apollo-record.log 2>&1 || log "ExamplesTest failed; see target/apollo-record.log"
fi
step "Apollo's InMemoryCache normalises every object of the example answers" node apollo-cache.mjs
# graphql-inspector's own report (it exits non-zero on any breaking change; the rule below decides).
(cd "$DIR" && npx --no-install graphql-inspector diff ../../main/graphql/released/schema.graphql ../../main/graphql/schema.graphql) || true
step "no breaking schema change without a Changelog entry" node check-schema.mjs

echo "client check: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]

#!/usr/bin/env bash
# load-pg.sh DATA_DIR: bulk-loads the generator's CSV files into the bench PostgreSQL
# database (.ci/postgres.sh with the bench profile, PARLEY_PG_PORT default 55432, db parley;
# start it first). The schema must exist (start the app once first: Flyway migrates it).
# Earlier synthetic rows (ids >= id_base) are deleted first. Foreign-key triggers are
# skipped during COPY (session_replication_role = replica): the generator writes consistent
# rows and the H2 smoke load, which keeps every constraint, checks that. Then parley_seq is
# moved past the loaded ids and the tables are analyzed. As root, DATA_DIR must be readable
# by the postgres user (psql's \copy runs as postgres).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
data="$(cd "$1" && pwd)"
meta() { python3 -c "import json,sys; print(json.load(open('$data/meta.json'))[sys.argv[1]])" "$1"; }
base=$(meta id_base); next=$(meta id_next)
tables="organization topic person name_alias office meeting attendance position article evidence"
t0=$(now_ms)
{
    echo "begin;"
    echo "set local session_replication_role = replica;"
    for t in $(echo "$tables" | tr ' ' '\n' | tac); do echo "delete from $t where id >= $base;"; done
    for t in $tables; do
        cols=$(head -1 "$data/$t.csv")
        echo "\\copy $t ($cols) from '$data/$t.csv' with (format csv, header true)"
    done
    echo "commit;"
    # Past every id in use, with room for one pooled block (allocation size 50).
    echo "select setval('parley_seq', greatest((select last_value from parley_seq), $next + 100));"
    echo "analyze;"
} | psql_bench parley -f - >/dev/null
log "PostgreSQL load of $(meta positions) positions: $(( $(now_ms) - t0 )) ms"

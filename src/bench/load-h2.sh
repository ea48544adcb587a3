#!/usr/bin/env bash
# load-h2.sh DATA_DIR H2_DB H2_JAR: bulk-loads the generator's CSV files into the H2 file
# database H2_DB (path without .mv.db, e.g. $PARLEY_DATA_DIR/parley) with H2's RunScript and
# CSVREAD. The schema must exist (start the app once; Flyway migrates it) and the app must
# be stopped (H2 file databases take a lock). Constraints stay on unless H2_FAST=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
data="$(cd "$1" && pwd)"; db="$2"; jar="$3"
meta() { python3 -c "import json,sys; print(json.load(open('$data/meta.json'))[sys.argv[1]])" "$1"; }
base=$(meta id_base); next=$(meta id_next)
tables="organization topic person name_alias office meeting attendance position article evidence"
script="$data/load-h2.sql"
{
    [ "${H2_FAST:-0}" = 1 ] && echo "SET REFERENTIAL_INTEGRITY FALSE;"
    for t in $(echo "$tables" | tr ' ' '\n' | tac); do echo "DELETE FROM $t WHERE id >= $base;"; done
    for t in $tables; do
        cols=$(head -1 "$data/$t.csv")
        echo "INSERT INTO $t ($cols) SELECT * FROM CSVREAD('$data/$t.csv', NULL, 'charset=UTF-8');"
    done
    [ "${H2_FAST:-0}" = 1 ] && echo "SET REFERENTIAL_INTEGRITY TRUE;"
    echo "ALTER SEQUENCE parley_seq RESTART WITH $((next + 100));"
    echo "ANALYZE;"
    # One big INSERT leaves old page versions behind (the file grows to ~16x the data);
    # compacting on shutdown gives the space back.
    echo "SHUTDOWN COMPACT;"
} >"$script"
t0=$(now_ms)
java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$db" -user sa -password '' -script "$script"
log "H2 load of $(meta positions) positions: $(( $(now_ms) - t0 )) ms"

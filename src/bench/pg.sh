#!/usr/bin/env bash
# Private PostgreSQL cluster for benchmarks: pg.sh start|stop|recreate-db|status
# Data in $PG_DIR (default /tmp/bench-pg), port $PG_PORT (default 55432), socket in $PG_DIR.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -x "$PG_BIN/initdb" ] || { log "PostgreSQL not found; apt-get install -y postgresql"; exit 1; }

init() {
    [ -f "$PG_DIR/data/PG_VERSION" ] && return
    mkdir -p "$PG_DIR"; chown postgres:postgres "$PG_DIR" 2>/dev/null || true
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
    cat >>"$PG_DIR/data/postgresql.conf" <<CONF
# bench cluster
port = $PG_PORT
listen_addresses = 'localhost'
unix_socket_directories = '$PG_DIR'
shared_buffers = 512MB
effective_cache_size = 2GB
work_mem = 16MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
CONF
}

case "${1:-start}" in
start)
    init
    if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start >/dev/null
    fi
    psql_bench postgres -tAc "select 1 from pg_roles where rolname='parley'" | grep -q 1 \
        || psql_bench postgres -c "create role parley login password 'parley'"
    psql_bench postgres -tAc "select 1 from pg_database where datname='parley'" | grep -q 1 \
        || psql_bench postgres -c "create database parley owner parley"
    psql_bench parley -c "create extension if not exists pg_stat_statements"
    ;;
recreate-db)
    psql_bench postgres -c "drop database if exists parley with (force)" -c "create database parley owner parley"
    psql_bench parley -c "create extension if not exists pg_stat_statements"
    ;;
stop)
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    ;;
status)
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status
    ;;
esac

#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for Parley's integration tests.
#
#   .ci/postgres.sh start    install PostgreSQL if needed, create/start the cluster,
#                            ensure role and database, print export lines
#   .ci/postgres.sh stop     stop the cluster (data is kept; start brings it back)
#   .ci/postgres.sh status   exit 0 when the cluster accepts connections
#   .ci/postgres.sh env      print the export lines only
#   .ci/postgres.sh destroy  stop the cluster and delete its data directory
#
# Environment (all optional):
#   PARLEY_PG_PORT      TCP port on 127.0.0.1 (default 5432)
#   PARLEY_PG_DATA      data directory (default ${TMPDIR:-/tmp}/parley-pg-<port>)
#   PARLEY_DB_USER      application role (default parley)
#   PARLEY_DB_PASSWORD  its password (default parley)
#   PARLEY_DB_NAME      database (default parley)
#
# Usage in a script:   eval "$(.ci/postgres.sh start)"
# Everything except the export lines goes to stderr, so eval sees only those.
set -euo pipefail

PORT="${PARLEY_PG_PORT:-5432}"
DATA="${PARLEY_PG_DATA:-${TMPDIR:-/tmp}/parley-pg-${PORT}}"
DB_USER="${PARLEY_DB_USER:-parley}"
DB_PASSWORD="${PARLEY_DB_PASSWORD:-parley}"
DB_NAME="${PARLEY_DB_NAME:-parley}"
PG_VERSION_WANTED=15

log() { echo "postgres.sh: $*" >&2; }

pg_bin_dir() {
    if [ -x "/usr/lib/postgresql/${PG_VERSION_WANTED}/bin/initdb" ]; then
        echo "/usr/lib/postgresql/${PG_VERSION_WANTED}/bin"
        return
    fi
    # Any other installed major version will do.
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_installed() {
    if [ -n "$(pg_bin_dir)" ]; then
        return
    fi
    log "PostgreSQL server not found; installing the Debian package"
    if [ "$(id -u)" -ne 0 ]; then
        log "installation needs root (apt-get); run as root or install postgresql first"
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q postgresql >&2
    # The package creates and starts a default cluster on 5432; we manage our own,
    # so make sure the packaged one does not hold our port.
    if command -v pg_lsclusters >/dev/null 2>&1; then
        pg_lsclusters -h 2>/dev/null | while read -r ver name port _; do
            if [ "$port" = "$PORT" ]; then
                log "stopping packaged cluster $ver/$name on port $port"
                pg_ctlcluster "$ver" "$name" stop >&2 || true
            fi
        done
    fi
    [ -n "$(pg_bin_dir)" ] || { log "installation did not provide initdb"; exit 1; }
}

# PostgreSQL refuses to run as root: run its binaries as the postgres user then.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

psql_super() {
    as_postgres "$(pg_bin_dir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$DATA" -p "$PORT" -U postgres -d postgres "$@"
}

is_running() {
    [ -f "$DATA/PG_VERSION" ] && as_postgres "$(pg_bin_dir)/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
    if [ -f "$DATA/PG_VERSION" ]; then
        return
    fi
    log "creating cluster in $DATA"
    mkdir -p "$DATA"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$DATA"
    fi
    chmod 700 "$DATA"
    # Superuser over the private socket only; everyone else by password over TCP.
    as_postgres "$(pg_bin_dir)/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$DATA.initdb.log" 2>&1 \
        || { cat "$DATA.initdb.log" >&2; exit 1; }
    cat >>"$DATA/postgresql.conf" <<EOF
# parley: private test cluster
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

start() {
    ensure_installed
    init_cluster
    if is_running; then
        log "cluster in $DATA already running"
    else
        log "starting cluster on 127.0.0.1:$PORT"
        as_postgres "$(pg_bin_dir)/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >&2 \
            || { tail -n 30 "$DATA/server.log" >&2 || true; exit 1; }
    fi
    # Role and database, idempotently; the password is passed as a psql variable.
    psql_super -v user="$DB_USER" -v password="$DB_PASSWORD" -v db="$DB_NAME" >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
    print_env
}

stop() {
    if [ -z "$(pg_bin_dir)" ] || [ ! -f "$DATA/PG_VERSION" ]; then
        log "no cluster in $DATA"
        return
    fi
    if is_running; then
        log "stopping cluster in $DATA"
        as_postgres "$(pg_bin_dir)/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >&2
    else
        log "cluster in $DATA is not running"
    fi
}

print_env() {
    printf 'export PARLEY_DB_URL=%q\n' "jdbc:postgresql://127.0.0.1:${PORT}/${DB_NAME}"
    printf 'export PARLEY_DB_USER=%q\n' "$DB_USER"
    printf 'export PARLEY_DB_PASSWORD=%q\n' "$DB_PASSWORD"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) is_running ;;
    env) print_env ;;
    destroy) stop; log "removing $DATA"; rm -rf "$DATA" "$DATA.initdb.log" ;;
    *) echo "usage: $0 start|stop|status|env|destroy" >&2; exit 2 ;;
esac

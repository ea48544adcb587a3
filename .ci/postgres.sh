#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster: CI's integration and outage tests and the
# benchmark (src/bench/) both use this one script.
#
#   .ci/postgres.sh start        install PostgreSQL if needed, create/start the cluster,
#                                ensure role and database, print export lines
#   .ci/postgres.sh stop         stop the cluster (data is kept; start brings it back)
#   .ci/postgres.sh status       exit 0 when the cluster accepts connections
#   .ci/postgres.sh env          print the export lines only
#   .ci/postgres.sh recreate-db  start, then drop and create the database (empty, no schema);
#                                print export lines
#   .ci/postgres.sh psql [ARGS]  psql as the superuser over the cluster's socket, database
#                                PARLEY_DB_NAME (another with -d DB); output on stdout
#   .ci/postgres.sh destroy      stop the cluster and delete its data directory
#
# Environment (all optional):
#   PARLEY_PG_PORT      TCP port on 127.0.0.1 (default 5432)
#   PARLEY_PG_DATA      data directory, also holds the socket
#                       (default ${TMPDIR:-/tmp}/parley-pg-<port>)
#   PARLEY_PG_PROFILE   ci (default): durability off, PostgreSQL defaults otherwise;
#                       bench: adds memory settings for 10^6-row benchmarks, durability on,
#                       pg_stat_statements preloaded and created in the database.
#                       Written to <data>/parley-profile.conf on every start; a running
#                       cluster is restarted when its profile changes.
#   PARLEY_DB_USER      application role (default parley)
#   PARLEY_DB_PASSWORD  its password (default parley)
#   PARLEY_DB_NAME      database (default parley)
#
# Usage in a script:   eval "$(.ci/postgres.sh start)"
# Everything except the export lines (and psql's output) goes to stderr, so eval sees only those.
# The benchmark (src/bench/lib.sh) runs it with PARLEY_PG_PROFILE=bench on port 55432.
set -euo pipefail

PORT="${PARLEY_PG_PORT:-5432}"
DATA="${PARLEY_PG_DATA:-${TMPDIR:-/tmp}/parley-pg-${PORT}}"
DB_USER="${PARLEY_DB_USER:-parley}"
DB_PASSWORD="${PARLEY_DB_PASSWORD:-parley}"
DB_NAME="${PARLEY_DB_NAME:-parley}"
PROFILE="${PARLEY_PG_PROFILE:-ci}"
PG_VERSION_WANTED=15

log() { echo "postgres.sh: $*" >&2; }

# Settings of the profile, appended to postgresql.conf (include_if_exists), so later lines win.
profile_conf() {
    case "$PROFILE" in
        ci)
            echo "# parley: profile ci (no additions)"
            ;;
        bench)
            cat <<'EOF'
# parley: profile bench (for 10^6-position benchmarks; durability as in production)
shared_buffers = 512MB
effective_cache_size = 2GB
work_mem = 16MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
fsync = on
synchronous_commit = on
full_page_writes = on
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
EOF
            ;;
        *)
            log "unknown PARLEY_PG_PROFILE '$PROFILE' (ci or bench)"
            exit 2
            ;;
    esac
}

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

# psql_db DB [ARGS...]: psql as the superuser over the private socket.
psql_db() {
    local db="$1"; shift
    as_postgres "$(pg_bin_dir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$DATA" -p "$PORT" -U postgres -d "$db" "$@"
}

psql_super() { psql_db postgres "$@"; }

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

# Writes the profile's settings; returns 0 when they changed (a running cluster needs a restart).
write_profile() {
    local file="$DATA/parley-profile.conf" new
    new="$(profile_conf)"
    if ! grep -q "^include_if_exists = 'parley-profile.conf'" "$DATA/postgresql.conf"; then
        echo "include_if_exists = 'parley-profile.conf'" >>"$DATA/postgresql.conf"
    fi
    if [ -f "$file" ] && [ "$(cat "$file")" = "$new" ]; then
        return 1
    fi
    printf '%s\n' "$new" >"$file"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$file"
    fi
    return 0
}

start() {
    profile_conf >/dev/null   # an unknown profile fails before anything is created
    ensure_installed
    init_cluster
    local changed=no
    write_profile && changed=yes
    if is_running && [ "$changed" = yes ]; then
        log "restarting cluster in $DATA with profile $PROFILE"
        as_postgres "$(pg_bin_dir)/pg_ctl" -D "$DATA" -l "$DATA/server.log" -m fast -w -t 60 restart >&2 \
            || { tail -n 30 "$DATA/server.log" >&2 || true; exit 1; }
    elif is_running; then
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
    ensure_extensions
    print_env
}

ensure_extensions() {
    if [ "$PROFILE" = bench ]; then
        psql_db "$DB_NAME" -c 'SET client_min_messages = warning' \
            -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements' >/dev/null
    fi
}

recreate_db() {
    start >/dev/null
    log "recreating database $DB_NAME"
    psql_super -v user="$DB_USER" -v db="$DB_NAME" >/dev/null <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
CREATE DATABASE :"db" OWNER :"user";
SQL
    ensure_extensions
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
    recreate-db) recreate_db ;;
    psql) shift; psql_db "$DB_NAME" "$@" ;;
    destroy) stop; log "removing $DATA"; rm -rf "$DATA" "$DATA.initdb.log" ;;
    *) echo "usage: $0 start|stop|status|env|recreate-db|psql [ARGS]|destroy" >&2; exit 2 ;;
esac

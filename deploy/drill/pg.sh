# Throwaway PostgreSQL 15 servers for the database drills (sourced by failover-drill.sh and pitr-drill.sh):
# the system's PostgreSQL 15 binaries, run as the postgres user on 127.0.0.1, in directories under $PGWORK,
# stopped and removed by pg_cleanup. Never the machine's own cluster.
source dev/jdk.sh   # the packaged service runs on Java 25
PGBIN=/usr/lib/postgresql/15/bin
export DEBIAN_FRONTEND=noninteractive
[ -x "$PGBIN/initdb" ] || { apt-get update -qq && apt-get install -y -qq postgresql-15 >/dev/null; }
PGWORK=$(mktemp -d /tmp/thidua-drill.XXXXXX)
chown postgres: "$PGWORK"
PG_DIRS=()
as_postgres() { runuser -u postgres -- "$@"; }
pg_new() { # name port: a fresh cluster, configured for streaming replication and WAL archiving to $PGWORK/archive
  local dir="$PGWORK/$1"
  as_postgres "$PGBIN/initdb" -A trust -U postgres -D "$dir" >/dev/null
  cat >>"$dir/postgresql.conf" <<CONF
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGWORK'
wal_level = replica
max_wal_senders = 5
archive_mode = on
archive_command = 'test ! -f $PGWORK/archive/%f && cp %p $PGWORK/archive/%f'
fsync = on
log_min_messages = warning
CONF
  mkdir -p "$PGWORK/archive"; chown postgres: "$PGWORK/archive"
  PG_DIRS+=("$dir")
}
pg_start() { # name
  as_postgres "$PGBIN/pg_ctl" -D "$PGWORK/$1" -l "$PGWORK/$1.log" -w -t 60 start >/dev/null
  PG_DIRS+=("$PGWORK/$1")
}
pg_sql() { # port sql... (as the superuser, on the database ops_* named by PGDATABASE or postgres)
  local port=$1; shift
  as_postgres "$PGBIN/psql" -h "$PGWORK" -p "$port" -d "${PGDATABASE:-postgres}" -v ON_ERROR_STOP=1 -qAtX "$@"
}
pg_cleanup() {
  for dir in "${PG_DIRS[@]}"; do
    [ -f "$dir/postmaster.pid" ] && as_postgres "$PGBIN/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$PGWORK"
}

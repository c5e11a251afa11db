#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1:${PGPORT:-55432} for the test suite and prints
# nothing but errors. Idempotent: a cluster that is already up is left running.
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/interleave-pg}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$PGBIN" ]; then
  echo "start-postgres: no PostgreSQL server found (apt-get install -y postgresql)" >&2
  exit 1
fi
if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then exit 0; fi

# initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
run_as_owner() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
rm -rf "$PGDATA_DIR"
mkdir -p "$PGDATA_DIR"
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$PGDATA_DIR"; fi
run_as_owner "'$PGBIN/initdb' -D '$PGDATA_DIR' -A trust -U postgres --no-sync >/dev/null"
run_as_owner "'$PGBIN/pg_ctl' -D '$PGDATA_DIR' -l '$PGDATA_DIR/server.log' -w -o \"-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start >/dev/null"

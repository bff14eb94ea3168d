# A throwaway PostgreSQL server for the test run (sourced by scripts/test.sh): initdb in a temporary
# folder, listening on a free port on 127.0.0.1 with trust authentication, run as the `postgres`
# user when we are root (PostgreSQL refuses to run as root). Removed by pg_stop.

PG_TMP=""
PG_BIN=""
PG_PORT=""

# The folder with initdb/pg_ctl/postgres: on PATH (these machines link them into /usr/local/bin), or
# Debian's /usr/lib/postgresql/<major>/bin (the postgresql package does not put them on PATH).
pg_find_bin() {
  local initdb
  initdb="$(command -v initdb 2>/dev/null || true)"
  if [ -z "$initdb" ]; then
    initdb="$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
  [ -n "$initdb" ] && [ -x "$(dirname "$initdb")/pg_ctl" ] && [ -x "$(dirname "$initdb")/postgres" ] || return 1
  PG_BIN="$(cd "$(dirname "$(readlink -f "$initdb")")" && pwd)"
}

pg_as_owner() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

# Starts the server; prints why and returns 1 when it cannot.
pg_start() {
  if ! pg_find_bin; then
    echo "PostgreSQL server binaries (initdb, pg_ctl) not found: skipping the PostgreSQL runs (Debian: apt-get install postgresql)."
    return 1
  fi
  if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    echo "Running as root without a 'postgres' user to run PostgreSQL as: skipping the PostgreSQL runs."
    return 1
  fi
  PG_TMP="$(mktemp -d /tmp/qt-pg.XXXXXX)"
  chmod 755 "$PG_TMP"
  [ "$(id -u)" = "0" ] && chown postgres "$PG_TMP"
  PG_PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  if ! pg_as_owner "'$PG_BIN/initdb' -D '$PG_TMP/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'$PG_TMP/initdb.log' 2>&1 \
      && '$PG_BIN/pg_ctl' -D '$PG_TMP/data' -o \"-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l '$PG_TMP/log' -w start >/dev/null"; then
    echo "Could not start PostgreSQL (see $PG_TMP/initdb.log and $PG_TMP/log): skipping the PostgreSQL runs."
    return 1
  fi
  export TEST_PG_SERVER="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_TMP)"
}

# A new, empty database on the throwaway server; prints its URL.
pg_new_database() {
  node -e "
    const pg = require('pg');
    const c = new pg.Client({ connectionString: process.env.TEST_PG_SERVER });
    c.connect().then(() => c.query('DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)')).then(() => c.query('CREATE DATABASE \"$1\"')).then(() => c.end());
  "
  echo "postgresql://postgres@127.0.0.1:$PG_PORT/$1"
}

pg_stop() {
  [ -n "$PG_TMP" ] || return 0
  pg_as_owner "'$PG_BIN/pg_ctl' -D '$PG_TMP/data' -m immediate stop >/dev/null 2>&1" || true
  rm -rf "$PG_TMP"
  PG_TMP=""
}

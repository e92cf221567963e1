#!/usr/bin/env bash
# Runs the solution's tests with a PostgreSQL server started for them: installs PostgreSQL when it is missing, starts
# a throwaway server on loopback in a temporary data directory, exports its connection string in
# POVERTYRULES_TEST_POSTGRES, runs `dotnet test PovertyRules.sln -c Release "$@"`, then stops the server and removes
# its data. The PostgreSQL tests fail (they never skip) when that variable is not set.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${POVERTYRULES_TEST_POSTGRES_PORT:-55432}"

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin="$(postgres_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed: installing it"
  apt-get update
  apt-get install -y postgresql
  bin="$(postgres_bin)"
fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

data="$(mktemp -d /tmp/povertyrules-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$data"
fi

stop() {
  as_postgres "$bin/pg_ctl" -D "$data/db" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT

as_postgres "$bin/initdb" -D "$data/db" -A trust -U postgres -E UTF8 >/dev/null
as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"

export POVERTYRULES_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
dotnet test PovertyRules.sln -c Release "$@"

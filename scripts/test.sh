#!/usr/bin/env bash
# Runs the solution's tests with a PostgreSQL server started for them: installs what is missing of PostgreSQL, Debian's
# chromium and fonts-noto-cjk (one `apt-get update`, then only the missing packages), starts a throwaway server on
# loopback in a temporary data directory, exports its connection string in POVERTYRULES_TEST_POSTGRES and the
# browser's path in POVERTYRULES_CHROMIUM, runs `dotnet test PovertyRules.sln -c Release "$@"`, then stops the server
# and removes its data. The PostgreSQL and report-browser tests fail (they never skip) when those are not set up.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${POVERTYRULES_TEST_POSTGRES_PORT:-55432}"
# A port already taken (another run's server) is skipped for the next free one, unless the caller named the port.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${POVERTYRULES_TEST_POSTGRES_PORT:-}" ]; then
  for _ in $(seq 1 50); do
    port_taken "$port" || break
    port=$((port + 1))
  done
fi

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

chromium_bin() { command -v chromium 2>/dev/null || true; }

missing=()
bin="$(postgres_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  missing+=(postgresql)
fi
if [ -z "$(chromium_bin)" ]; then
  missing+=(chromium)
fi
if ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed"; then
  missing+=(fonts-noto-cjk)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing what is missing: ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  bin="$(postgres_bin)"
fi
export POVERTYRULES_CHROMIUM="$(chromium_bin)"

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

#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster, exported as TEST_DATABASE_URL.
#   scripts/with-temp-postgres.sh npm test
# The cluster lives in a temp folder and is stopped and removed on exit.
# Without PostgreSQL's server binaries the command runs as it is (PGlite only).
set -euo pipefail

pg_bin=""
for dir in /usr/lib/postgresql/*/bin; do
  if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then pg_bin="$dir"; fi
done
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL server binaries not found: running without TEST_DATABASE_URL." >&2
  exec "$@"
fi

work=$(mktemp -d -t inspektor-pg-XXXXXX)
chmod 755 "$work"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$work"
  as_owner=(runuser -u postgres --)
fi

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
stop() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

"${as_owner[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$work/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "Throw-away PostgreSQL ($("$pg_bin/postgres" --version)) on port $port"
set +e
"$@"
status=$?
exit $status

# Starts and stops the PostgreSQL server the tests use: loopback only, its own data folder, its own port.
# initdb and pg_ctl refuse to run as root, so they run as the postgres user.

TEST_PG_PORT="${HOTLINE_TEST_PG_PORT:-}"
TEST_PG_DIR="${TMPDIR:-/tmp}/hotline-test-postgres-$(echo "$HOTLINE_ROOT" | md5sum | cut -c1-8)"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] || fail "PostgreSQL binaries not found under /usr/lib/postgresql (run ./hotline setup --tests)"
  echo "$dir"
}

# The first port from $1 upwards that nothing listens on (another clone's test server may hold the default).
free_loopback_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else as_root runuser -u postgres -- "$@"; fi
}

start_test_postgres() {
  local bin; bin="$(pg_bin)"
  if [ ! -s "$TEST_PG_DIR/data/PG_VERSION" ]; then
    rm -rf "$TEST_PG_DIR"
    as_root mkdir -p "$TEST_PG_DIR"
    as_root chown postgres: "$TEST_PG_DIR"
    as_postgres "$bin/initdb" -D "$TEST_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
      || fail "initdb failed for $TEST_PG_DIR/data"
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$TEST_PG_DIR/data" status >/dev/null 2>&1; then
    [ -n "$TEST_PG_PORT" ] || TEST_PG_PORT="$(free_loopback_port 55432)"
    as_postgres "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $TEST_PG_PORT -k $TEST_PG_DIR -c max_connections=200 -c fsync=off" start >/dev/null \
      || fail "PostgreSQL did not start (log: $TEST_PG_DIR/server.log)"
  fi
  [ -n "$TEST_PG_PORT" ] || TEST_PG_PORT="$(cat "$TEST_PG_DIR/port" 2>/dev/null)"
  echo "$TEST_PG_PORT" | as_root tee "$TEST_PG_DIR/port" >/dev/null
  export HOTLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$TEST_PG_PORT;Username=postgres;Database=postgres"
  log "PostgreSQL for tests on 127.0.0.1:$TEST_PG_PORT"
}

stop_test_postgres() {
  local bin; bin="$(pg_bin)"
  as_postgres "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}

# PostgreSQL 15 of scripts/services.sh in local mode: a cluster under $STATE_DIR/postgres, run as the
# postgres user (initdb refuses root), with the role and the two databases the host and tests use.

PG_BIN="${MODULAR_PG_BIN:-/usr/lib/postgresql/15/bin}"

pg_settings() {
  PG_PORT="${MODULAR_PG_PORT:-5432}"
  PG_USER="${MODULAR_PG_USER:-modular}"
  PG_PASSWORD="${MODULAR_PG_PASSWORD:-modular}"
  PG_DATABASE="${MODULAR_PG_DATABASE:-modular}"
  PG_TEST_DATABASE="${MODULAR_PG_TEST_DATABASE:-modular_tests}"
  require_port PG_PORT
}

pg_recorded_settings() {
  echo "MODULAR_PG_PORT=$PG_PORT"
  echo "MODULAR_PG_USER=$PG_USER"
  echo "MODULAR_PG_PASSWORD=$PG_PASSWORD"
  echo "MODULAR_PG_DATABASE=$PG_DATABASE"
  echo "MODULAR_PG_TEST_DATABASE=$PG_TEST_DATABASE"
}

PG_DIR="$STATE_DIR/postgres"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"
PG_SOCK="$PG_DIR/run"
if ((${#PG_SOCK} > 80)); then # unix socket paths are limited to ~107 bytes
  PG_SOCK="/tmp/modular-pg-$(printf '%s' "$PG_DIR" | md5sum | cut -c1-10)"
fi

as_pg() {
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
pg_pid() { pid_from_file "$PG_DATA/postmaster.pid"; }
pg_alive() { local p; p=$(pg_pid); [[ -n $p ]] && pid_alive "$p" && comm_is "$p" postgres; }
pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1; }
pg_sig() { echo "port=$PG_PORT sock=$PG_SOCK"; }

pg_up() {
  local t0; t0=$(now)
  if pg_alive; then
    if [[ $(cat "$STATE_DIR/postgres.sig" 2>/dev/null) != "$(pg_sig)" ]]; then
      log "postgres: settings changed, restarting"
      pg_down
    elif pg_ready; then
      log "postgres: already running on 127.0.0.1:$PG_PORT (pid $(pg_pid))"
      pg_ensure_objects
      return 0
    fi
  fi
  mkdir -p "$PG_DIR" "$PG_SOCK"
  if is_root; then chown postgres: "$PG_DIR" "$PG_SOCK"; fi
  as_pg test -w "$PG_DIR" || die "user postgres cannot write $PG_DIR (a parent directory is not traversable?)"

  if [[ ! -s $PG_DATA/PG_VERSION ]]; then
    log "postgres: initdb in $PG_DATA"
    rm -rf "$PG_DATA"
    local locale_opt=(--no-locale)
    locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale_opt=(--locale=C.UTF-8)
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 "${locale_opt[@]}" \
      --auth-host=scram-sha-256 --auth-local=trust >"$PG_DIR/initdb.log" 2>&1 9>&- ||
      { tail -n 20 "$PG_DIR/initdb.log" >&2; die "postgres: initdb failed"; }
    as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null <<'EOF'

# --- added by scripts/services.sh (local development/test server) ---
max_connections = 300
shared_buffers = 128MB
# Throwaway data: no fsync, so a machine crash may lose recent commits. A killed PostgreSQL loses nothing it
# acknowledged (synchronous_commit stays on, set at start below: the WAL reaches the OS before a commit answers),
# which the contract's "nothing is lost" needs when an operator or a fault test kills the server.
fsync = off
full_page_writes = off
EOF
  fi

  if ! pg_alive; then
    [[ -e $PG_DATA/postmaster.pid ]] && { log "postgres: removing stale postmaster.pid"; rm -f "$PG_DATA/postmaster.pid"; }
    # After a crash the socket lock may name a zombie, which postgres takes for a live server.
    local lock="$PG_SOCK/.s.PGSQL.$PG_PORT.lock"
    if [[ -e $lock ]] && ! pid_alive "$(pid_from_file "$lock")"; then
      rm -f "$lock" "$PG_SOCK/.s.PGSQL.$PG_PORT"
    fi
    require_port_free "$PG_PORT" "postgres"
    log "postgres: starting on 127.0.0.1:$PG_PORT"
    local pg_start=("$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$TIMEOUT" -s
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_SOCK' -c synchronous_commit=on")
    is_root && pg_start=(runuser -u postgres -- "${pg_start[@]}")
    (cd / && exec_closing_fds "${pg_start[@]}") </dev/null >/dev/null 2>&1 ||
      { tail -n 20 "$PG_LOG" >&2 2>/dev/null; die "postgres: failed to start (log: $PG_LOG)"; }
  fi
  local deadline=$((SECONDS + TIMEOUT))
  until pg_ready; do
    pg_alive || { tail -n 20 "$PG_LOG" >&2; die "postgres: server exited (log: $PG_LOG)"; }
    ((SECONDS < deadline)) || die "postgres: not ready after ${TIMEOUT}s (log: $PG_LOG)"
    sleep 0.2
  done
  pg_sig >"$STATE_DIR/postgres.sig"
  pg_pid >"$STATE_DIR/postgres.pid"
  pg_ensure_objects
  log "postgres: ready on 127.0.0.1:$PG_PORT in $(elapsed "$t0")"
}

pg_ensure_objects() {
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres \
    -v u="$PG_USER" -v p="$PG_PASSWORD" -v d1="$PG_DATABASE" -v d2="$PG_TEST_DATABASE" >/dev/null <<'SQL' ||
SELECT format('CREATE ROLE %I', :'u') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB SUPERUSER PASSWORD %L', :'u', :'p') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'u')
  FROM unnest(ARRAY[:'d1', :'d2']) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
    die "postgres: could not create role/databases"
}

pg_down() {
  local pid; pid=$(pg_pid)
  if [[ -n $pid ]] && pid_alive "$pid"; then
    log "postgres: stopping (pid $pid)"
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$TIMEOUT" -s >/dev/null 2>&1 9>&- || true
    if ! wait_pid_gone "$pid" 5; then
      log "postgres: still running, sending SIGQUIT"
      kill -QUIT "$pid" 2>/dev/null || true
      wait_pid_gone "$pid" 10 || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  [[ -e $PG_DATA/postmaster.pid ]] && ! pg_alive && rm -f "$PG_DATA/postmaster.pid"
  rm -f "$STATE_DIR/postgres.pid" "$STATE_DIR/postgres.sig"
}

pg_status() {
  local state=down
  pg_alive && pg_ready && state=up
  printf '%-9s %-5s 127.0.0.1:%s%s\n' postgres "$state" "$PG_PORT" "$([[ $state == up ]] && echo " pid $(pg_pid)")"
}

pg_connection_string() {
  printf '%s' "Host=127.0.0.1;Port=$PG_PORT;Database=$(npgsql_value "$PG_DATABASE");Username=$(npgsql_value "$PG_USER");Password=$(npgsql_value "$PG_PASSWORD")"
}

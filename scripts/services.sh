#!/usr/bin/env bash
# Start/stop the local backing services of Modular: PostgreSQL 15, RabbitMQ
# (with management plugin) and Redis.
#
#   scripts/services.sh up       start (idempotent); Docker Compose if an engine answers,
#                                else local servers from OS packages (installed when missing)
#   scripts/services.sh down     stop what `up` started (idempotent, data is kept)
#   scripts/services.sh status   one line per service: up/down
#   scripts/services.sh env      `export` lines for the app (eval "$(scripts/services.sh env)")
#   scripts/services.sh purge    down, then delete the state dir (all data)
#
# Settings (environment; defaults in brackets). Values given to `up` are recorded in
# $MODULAR_STATE_DIR/settings.env and reused by later commands unless overridden.
#   MODULAR_STATE_DIR [<repo>/.state/services]   MODULAR_SERVICES_MODE [auto|local|docker]
#   MODULAR_PG_PORT [5432] MODULAR_PG_USER [modular] MODULAR_PG_PASSWORD [modular]
#   MODULAR_PG_DATABASE [modular] MODULAR_PG_TEST_DATABASE [modular_tests]
#   MODULAR_RABBIT_PORT [5672] MODULAR_RABBIT_MGMT_PORT [15672]
#   MODULAR_RABBIT_USER [modular] MODULAR_RABBIT_PASSWORD [modular]
#   MODULAR_RABBIT_DIST_PORT [AMQP port +20000, or -20000 when that exceeds 65535]
#   MODULAR_RABBIT_NODENAME [modular@localhost, modular_<port>@localhost for a non-default port]
#   MODULAR_RABBIT_EPMD_PORT [4369]  MODULAR_REDIS_PORT [6379]  MODULAR_SERVICES_TIMEOUT [60]
# Progress goes to stderr (prefixed "services:"); stdout is only used by `env` and `status`.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
COMPOSE_FILE="$REPO_ROOT/docker-compose.yml"
PG_BIN="${MODULAR_PG_BIN:-/usr/lib/postgresql/15/bin}"
RMQ_BIN="${MODULAR_RABBIT_BIN:-/usr/lib/rabbitmq/bin}"

log() { printf 'services: %s\n' "$*" >&2; }
die() { printf 'services: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- settings
STATE_DIR="${MODULAR_STATE_DIR:-$REPO_ROOT/.state/services}"
case "$STATE_DIR" in /*) ;; *) STATE_DIR="$PWD/$STATE_DIR" ;; esac
SETTINGS_FILE="$STATE_DIR/settings.env"

load_settings() {
  # Recorded values (from the last `up`) fill in whatever the environment leaves unset.
  if [[ -r $SETTINGS_FILE ]]; then
    local line name value
    while IFS= read -r line || [[ -n $line ]]; do
      [[ $line == MODULAR_*=* ]] || continue
      name=${line%%=*}; value=${line#*=}
      [[ $name == MODULAR_SERVICES_MODE ]] && continue # `up` re-detects; see recorded_mode
      [[ -z ${!name+x} ]] && printf -v "$name" '%s' "$value"
    done <"$SETTINGS_FILE"
  fi
  EXPLICIT_DIST_PORT="${MODULAR_RABBIT_DIST_PORT:-}"
  EXPLICIT_NODENAME="${MODULAR_RABBIT_NODENAME:-}"
  MODE="${MODULAR_SERVICES_MODE:-auto}"
  PG_PORT="${MODULAR_PG_PORT:-5432}"
  PG_USER="${MODULAR_PG_USER:-modular}"
  PG_PASSWORD="${MODULAR_PG_PASSWORD:-modular}"
  PG_DATABASE="${MODULAR_PG_DATABASE:-modular}"
  PG_TEST_DATABASE="${MODULAR_PG_TEST_DATABASE:-modular_tests}"
  RMQ_PORT="${MODULAR_RABBIT_PORT:-5672}"
  RMQ_MGMT_PORT="${MODULAR_RABBIT_MGMT_PORT:-15672}"
  RMQ_USER="${MODULAR_RABBIT_USER:-modular}"
  RMQ_PASSWORD="${MODULAR_RABBIT_PASSWORD:-modular}"
  RMQ_EPMD_PORT="${MODULAR_RABBIT_EPMD_PORT:-4369}"
  REDIS_PORT="${MODULAR_REDIS_PORT:-6379}"
  TIMEOUT="${MODULAR_SERVICES_TIMEOUT:-60}"
  local p
  for p in PG_PORT RMQ_PORT RMQ_MGMT_PORT RMQ_EPMD_PORT REDIS_PORT; do
    if ! [[ ${!p} =~ ^[0-9]+$ ]] || ((${!p} < 1 || ${!p} > 65535)); then die "$p='${!p}' is not a valid port"; fi
  done
  if [[ -n ${MODULAR_RABBIT_DIST_PORT:-} ]]; then
    RMQ_DIST_PORT=$MODULAR_RABBIT_DIST_PORT
  elif ((RMQ_PORT + 20000 <= 65535)); then
    RMQ_DIST_PORT=$((RMQ_PORT + 20000))
  else
    RMQ_DIST_PORT=$((RMQ_PORT - 20000))
  fi
  # The CLI tools use 35672-35682 for their own distribution listener.
  if ((RMQ_DIST_PORT >= 35672 && RMQ_DIST_PORT <= 35682)) && [[ -z ${MODULAR_RABBIT_DIST_PORT:-} ]]; then
    RMQ_DIST_PORT=$((RMQ_DIST_PORT + 20))
  fi
  if [[ -n ${MODULAR_RABBIT_NODENAME:-} ]]; then
    RMQ_NODENAME=$MODULAR_RABBIT_NODENAME
  elif [[ $RMQ_PORT == 5672 ]]; then
    RMQ_NODENAME=modular@localhost
  else
    RMQ_NODENAME="modular_${RMQ_PORT}@localhost"
  fi
  if ! [[ $RMQ_DIST_PORT =~ ^[0-9]+$ ]] || ((RMQ_DIST_PORT < 1 || RMQ_DIST_PORT > 65535)); then
    die "bad rabbitmq dist port '$RMQ_DIST_PORT'"
  fi
  case "$MODE" in auto | local | docker) ;; *) die "MODULAR_SERVICES_MODE must be auto, local or docker" ;; esac
}

save_settings() { # $1 = resolved mode (local|docker)
  local tmp="$SETTINGS_FILE.tmp"
  (
    umask 077
    {
      echo "# written by scripts/services.sh up; delete to forget"
      echo "MODULAR_SERVICES_MODE=$1"
      echo "MODULAR_PG_PORT=$PG_PORT"
      echo "MODULAR_PG_USER=$PG_USER"
      echo "MODULAR_PG_PASSWORD=$PG_PASSWORD"
      echo "MODULAR_PG_DATABASE=$PG_DATABASE"
      echo "MODULAR_PG_TEST_DATABASE=$PG_TEST_DATABASE"
      echo "MODULAR_RABBIT_PORT=$RMQ_PORT"
      echo "MODULAR_RABBIT_MGMT_PORT=$RMQ_MGMT_PORT"
      echo "MODULAR_RABBIT_USER=$RMQ_USER"
      echo "MODULAR_RABBIT_PASSWORD=$RMQ_PASSWORD"
      # derived values are only recorded when they were given explicitly
      [[ -n $EXPLICIT_DIST_PORT ]] && echo "MODULAR_RABBIT_DIST_PORT=$EXPLICIT_DIST_PORT"
      [[ -n $EXPLICIT_NODENAME ]] && echo "MODULAR_RABBIT_NODENAME=$EXPLICIT_NODENAME"
      echo "MODULAR_RABBIT_EPMD_PORT=$RMQ_EPMD_PORT"
      echo "MODULAR_REDIS_PORT=$REDIS_PORT"
    } >"$tmp"
  )
  mv -f "$tmp" "$SETTINGS_FILE"
}

# ---------------------------------------------------------------- helpers
is_root() { [[ $(id -u) == 0 ]]; }

# Alive = exists and is not a zombie (orphans are not reaped here; kill -0 lies).
pid_alive() {
  local pid=${1:-} stat
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z && ${stat:0:1} != X ]]
}
pid_from_file() { if [[ -r $1 ]]; then head -n1 "$1" 2>/dev/null | tr -cd '0-9' || true; fi; }
comm_is() { [[ $(cat "/proc/$1/comm" 2>/dev/null) == "$2"* ]]; }

# exec "$@" with only fds 0-2 open, so long-lived servers keep no caller pipe (or our lock) open.
exec_closing_fds() {
  local fd
  for fd in "/proc/$BASHPID/fd/"*; do
    fd=${fd##*/}
    if [[ $fd =~ ^[0-9]+$ ]] && ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
  exec "$@"
}

wait_pid_gone() { # pid seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do pid_alive "$1" || return 0; sleep 0.1; done
  return 1
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_port_free() { # port description
  if port_busy "$1"; then
    die "port $1 ($2) is already in use by another process; choose another one (see header of $0)"
  fi
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

shell_dq() { # escape for inclusion in a double-quoted shell string
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//\$/\\\$}; s=${s//\`/\\\`}
  printf '%s' "$s"
}
urlencode() {
  local s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case "$c" in [a-zA-Z0-9._~-]) out+=$c ;; *) out+=$(printf '%%%02X' "'$c") ;; esac
  done
  printf '%s' "$out"
}
npgsql_value() { # quote a connection-string value when needed
  local v=$1
  if [[ $v =~ [\;\'\"=[:space:]] ]]; then v="'${v//\'/\'\'}'"; fi
  printf '%s' "$v"
}

docker_available() {
  command -v docker >/dev/null 2>&1 || return 1
  timeout 15 docker info >/dev/null 2>&1 || return 1
  docker compose version >/dev/null 2>&1 || { log "docker engine answers but 'docker compose' is missing; using local servers"; return 1; }
}

compose() { docker compose -f "$COMPOSE_FILE" --project-directory "$REPO_ROOT" "$@"; }

compose_env() {
  export MODULAR_PG_PORT=$PG_PORT MODULAR_PG_USER=$PG_USER MODULAR_PG_PASSWORD=$PG_PASSWORD \
    MODULAR_PG_DATABASE=$PG_DATABASE MODULAR_RABBIT_PORT=$RMQ_PORT MODULAR_RABBIT_MGMT_PORT=$RMQ_MGMT_PORT \
    MODULAR_RABBIT_USER=$RMQ_USER MODULAR_RABBIT_PASSWORD=$RMQ_PASSWORD MODULAR_REDIS_PORT=$REDIS_PORT
}

LOCK_HELD=0
take_lock() {
  ((LOCK_HELD)) && return 0
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/.lock"
  flock -w 600 9 || die "another services.sh holds $STATE_DIR/.lock"
  LOCK_HELD=1
}

prepare_state_dir() {
  mkdir -p "$STATE_DIR"
  # The postgres user must be able to traverse down to its own folder.
  chmod a+x "$STATE_DIR" 2>/dev/null || true
  if [[ $STATE_DIR == "$REPO_ROOT/.state/services" ]]; then chmod a+x "$REPO_ROOT/.state" 2>/dev/null || true; fi
}

ensure_packages() {
  local missing=()
  [[ -x $PG_BIN/initdb ]] || missing+=(postgresql-15)
  [[ -x $RMQ_BIN/rabbitmq-server ]] || missing+=(rabbitmq-server)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
  ((${#missing[@]})) || return 0
  is_root || die "missing packages (${missing[*]}) and not root: install them first"
  command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get"
  log "installing ${missing[*]} (apt-get)"
  local t0 policy_created=0
  t0=$(now)
  # Keep the packages' own init scripts from starting system-wide servers.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_created=1
  fi
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}"
  } >"$STATE_DIR/apt.log" 2>&1 9>&- || rc=$?
  ((policy_created)) && rm -f /usr/sbin/policy-rc.d
  ((rc == 0)) || { tail -n 20 "$STATE_DIR/apt.log" >&2; die "apt-get failed (log: $STATE_DIR/apt.log)"; }
  log "packages installed in $(elapsed "$t0")"
}

# ---------------------------------------------------------------- PostgreSQL
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
# Throwaway data: trade durability for speed.
fsync = off
synchronous_commit = off
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
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_SOCK'")
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

# ---------------------------------------------------------------- RabbitMQ
RMQ_DIR="$STATE_DIR/rabbitmq"
RMQ_PIDFILE="$STATE_DIR/rabbitmq.pid"        # written by the broker (beam.smp)
RMQ_WRAPPER_PIDFILE="$STATE_DIR/rabbitmq-wrapper.pid"

rmq_env() { # environment of this RabbitMQ instance (server and CLI share HOME for the cookie)
  RMQ_ENV=(
    HOME="$RMQ_DIR/home"
    RABBITMQ_NODENAME="$RMQ_NODENAME"
    RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
    RABBITMQ_LOG_BASE="$RMQ_DIR/log"
    RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
    RABBITMQ_PID_FILE="$RMQ_PIDFILE"
    RABBITMQ_DIST_PORT="$RMQ_DIST_PORT"
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    ERL_EPMD_ADDRESS=127.0.0.1
    ERL_EPMD_PORT="$RMQ_EPMD_PORT"
  )
}
rmq() { # run a RabbitMQ tool with this instance's environment
  local tool=$1; shift
  rmq_env
  env "${RMQ_ENV[@]}" "$RMQ_BIN/$tool" "$@"
}
rmq_pid() { pid_from_file "$RMQ_PIDFILE"; }
rmq_alive() { local p; p=$(rmq_pid); [[ -n $p ]] && pid_alive "$p" && comm_is "$p" beam; }
rmq_wrapper_alive() { pid_alive "$(pid_from_file "$RMQ_WRAPPER_PIDFILE")"; }
rmq_sig() { echo "port=$RMQ_PORT mgmt=$RMQ_MGMT_PORT dist=$RMQ_DIST_PORT node=$RMQ_NODENAME epmd=$RMQ_EPMD_PORT"; }
# Fast readiness + credentials + permissions check through the management API.
rmq_api_ok() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -u "$RMQ_USER:$RMQ_PASSWORD" \
    "http://127.0.0.1:$RMQ_MGMT_PORT/api/permissions/%2F/$(urlencode "$RMQ_USER")" 2>/dev/null) || true
  [[ $code == 200 ]]
}

rmq_write_config() {
  mkdir -p "$RMQ_DIR/home" "$RMQ_DIR/mnesia" "$RMQ_DIR/log"
  chmod 700 "$RMQ_DIR/home"
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
# generated by scripts/services.sh
listeners.tcp.1 = 127.0.0.1:$RMQ_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $RMQ_MGMT_PORT
default_user = $RMQ_USER
default_pass = $RMQ_PASSWORD
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
loopback_users = none
log.file.level = info
EOF
  chmod 600 "$RMQ_DIR/rabbitmq.conf"
  echo '[rabbitmq_management].' >"$RMQ_DIR/enabled_plugins"
}

rmq_up() {
  local t0; t0=$(now)
  if rmq_alive; then
    if [[ $(cat "$STATE_DIR/rabbitmq.sig" 2>/dev/null) != "$(rmq_sig)" ]]; then
      log "rabbitmq: settings changed, restarting"
      rmq_down
    elif rmq_api_ok; then
      log "rabbitmq: already running on 127.0.0.1:$RMQ_PORT (pid $(rmq_pid))"
      return 0
    fi
  fi
  rmq_write_config
  if ! rmq_alive && ! rmq_wrapper_alive; then
    require_port_free "$RMQ_PORT" "rabbitmq amqp"
    require_port_free "$RMQ_MGMT_PORT" "rabbitmq management"
    require_port_free "$RMQ_DIST_PORT" "rabbitmq erlang distribution"
    rm -f "$RMQ_PIDFILE"
    log "rabbitmq: starting $RMQ_NODENAME on 127.0.0.1:$RMQ_PORT (management :$RMQ_MGMT_PORT)"
    rmq_env
    (exec_closing_fds nohup env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmq-server") </dev/null >>"$RMQ_DIR/server.out" 2>&1 &
    echo $! >"$RMQ_WRAPPER_PIDFILE"
  else
    log "rabbitmq: process present but not answering for $RMQ_USER yet; checking"
  fi
  local deadline=$((SECONDS + TIMEOUT)) left
  while :; do
    left=$((deadline - SECONDS))
    ((left > 0)) || { tail -n 20 "$RMQ_DIR/server.out" >&2; die "rabbitmq: not ready after ${TIMEOUT}s (logs: $RMQ_DIR)"; }
    if rmq_alive && rmq rabbitmqctl -q await_startup --timeout "$((left < 10 ? left : 10))" >/dev/null 2>&1; then break; fi
    if ! rmq_wrapper_alive && ! rmq_alive; then
      tail -n 30 "$RMQ_DIR/server.out" >&2
      die "rabbitmq: server exited during start (logs: $RMQ_DIR)"
    fi
    sleep 0.5
  done
  rmq_sig >"$STATE_DIR/rabbitmq.sig"
  rmq_ensure_user
  log "rabbitmq: ready on 127.0.0.1:$RMQ_PORT in $(elapsed "$t0")"
}

rmq_ensure_user() {
  local i
  for ((i = 0; i < 20; i++)); do rmq_api_ok && return 0; sleep 0.25; done
  log "rabbitmq: ensuring user $RMQ_USER"
  if rmq rabbitmqctl -s list_users 2>/dev/null | awk '{print $1}' | grep -qxF -- "$RMQ_USER"; then
    rmq rabbitmqctl -q change_password "$RMQ_USER" "$RMQ_PASSWORD" >/dev/null
  else
    rmq rabbitmqctl -q add_user "$RMQ_USER" "$RMQ_PASSWORD" >/dev/null
  fi
  rmq rabbitmqctl -q set_user_tags "$RMQ_USER" administrator >/dev/null
  rmq rabbitmqctl -q set_permissions -p / "$RMQ_USER" '.*' '.*' '.*' >/dev/null
  for ((i = 0; i < 40; i++)); do rmq_api_ok && return 0; sleep 0.25; done
  die "rabbitmq: management API does not accept $RMQ_USER on :$RMQ_MGMT_PORT"
}

rmq_down() {
  local pid wpid
  pid=$(rmq_pid); wpid=$(pid_from_file "$RMQ_WRAPPER_PIDFILE")
  if { [[ -n $pid ]] && pid_alive "$pid"; } || { [[ -n $wpid ]] && pid_alive "$wpid"; }; then
    log "rabbitmq: stopping $RMQ_NODENAME (pid ${pid:-?})"
    rmq rabbitmqctl -q shutdown --timeout "$TIMEOUT" >/dev/null 2>&1 9>&- ||
      rmq rabbitmqctl -q stop >/dev/null 2>&1 9>&- || true
    if [[ -n $pid ]] && ! wait_pid_gone "$pid" 15; then
      log "rabbitmq: still running, sending SIGTERM"
      kill -TERM "$pid" 2>/dev/null || true
      wait_pid_gone "$pid" 15 || kill -KILL "$pid" 2>/dev/null || true
    fi
    if [[ -n $wpid ]] && ! wait_pid_gone "$wpid" 5; then kill -TERM "$wpid" 2>/dev/null || true; fi
  fi
  # epmd outlives the broker; it refuses -kill while other nodes are registered.
  if command -v epmd >/dev/null 2>&1 && ERL_EPMD_PORT=$RMQ_EPMD_PORT epmd -port "$RMQ_EPMD_PORT" -names >/dev/null 2>&1; then
    ERL_EPMD_PORT=$RMQ_EPMD_PORT epmd -port "$RMQ_EPMD_PORT" -kill >/dev/null 2>&1 || true
  fi
  rm -f "$RMQ_PIDFILE" "$RMQ_WRAPPER_PIDFILE" "$STATE_DIR/rabbitmq.sig"
}

# ---------------------------------------------------------------- Redis
REDIS_DIR="$STATE_DIR/redis"
REDIS_PIDFILE="$STATE_DIR/redis.pid"
redis_pid() { pid_from_file "$REDIS_PIDFILE"; }
redis_alive() { local p; p=$(redis_pid); [[ -n $p ]] && pid_alive "$p" && comm_is "$p" redis; }
redis_ready() { [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; }
redis_sig() { echo "port=$REDIS_PORT"; }

redis_up() {
  local t0; t0=$(now)
  if redis_alive; then
    if [[ $(cat "$STATE_DIR/redis.sig" 2>/dev/null) != "$(redis_sig)" ]]; then
      log "redis: settings changed, restarting"
      redis_down
    elif redis_ready; then
      log "redis: already running on 127.0.0.1:$REDIS_PORT (pid $(redis_pid))"
      return 0
    fi
  fi
  mkdir -p "$REDIS_DIR"
  if ! redis_alive; then
    require_port_free "$REDIS_PORT" "redis"
    rm -f "$REDIS_PIDFILE"
    log "redis: starting on 127.0.0.1:$REDIS_PORT"
    (exec_closing_fds redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
      --daemonize yes --pidfile "$REDIS_PIDFILE" --logfile "$REDIS_DIR/redis.log" --dir "$REDIS_DIR") \
      </dev/null >/dev/null 2>&1 || die "redis: failed to start (log: $REDIS_DIR/redis.log)"
  fi
  local deadline=$((SECONDS + TIMEOUT))
  until redis_ready; do
    ((SECONDS < deadline)) || { tail -n 20 "$REDIS_DIR/redis.log" >&2; die "redis: not ready after ${TIMEOUT}s"; }
    sleep 0.1
  done
  redis_sig >"$STATE_DIR/redis.sig"
  log "redis: ready on 127.0.0.1:$REDIS_PORT in $(elapsed "$t0")"
}

redis_down() {
  local pid; pid=$(redis_pid)
  if [[ -n $pid ]] && pid_alive "$pid"; then
    log "redis: stopping (pid $pid)"
    local port; port=$(sed -n 's/^port=//p' "$STATE_DIR/redis.sig" 2>/dev/null); port=${port:-$REDIS_PORT}
    redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
    if ! wait_pid_gone "$pid" 10; then
      kill -TERM "$pid" 2>/dev/null || true
      wait_pid_gone "$pid" 10 || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$REDIS_PIDFILE" "$STATE_DIR/redis.sig"
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local t0; t0=$(now)
  prepare_state_dir
  take_lock
  if [[ $MODE == docker ]] || { [[ $MODE == auto ]] && docker_available; }; then
    [[ $MODE == docker ]] && { docker_available || die "MODULAR_SERVICES_MODE=docker but no Docker engine/compose answers"; }
    log "docker engine found: docker compose up -d --wait postgres rabbitmq redis"
    compose_env
    compose up -d --wait postgres rabbitmq redis >&2
    save_settings docker
    log "up (docker) in $(elapsed "$t0")"
    return 0
  fi
  ensure_packages
  save_settings local
  pg_up
  rmq_up
  redis_up
  log "all services up in $(elapsed "$t0") (state: $STATE_DIR)"
}

recorded_mode() { sed -n 's/^MODULAR_SERVICES_MODE=//p' "$SETTINGS_FILE" 2>/dev/null || true; }

cmd_down() {
  [[ -d $STATE_DIR ]] || return 0
  local t0; t0=$(now)
  take_lock
  if [[ $(recorded_mode) == docker ]]; then
    if docker_available; then
      log "docker compose down"
      compose_env
      compose down >&2
    else
      log "services were started with docker, but no engine answers now"
    fi
    return 0
  fi
  local any=0
  { pg_alive || rmq_alive || rmq_wrapper_alive || redis_alive; } && any=1
  redis_down
  rmq_down
  pg_down
  ((any)) && log "all services down in $(elapsed "$t0")"
  return 0
}

cmd_status() {
  local name state where
  if [[ $(recorded_mode) == docker ]]; then
    local running=""
    docker_available && running=$(compose_env; compose ps --status running --services 2>/dev/null || true)
    for name in postgres rabbitmq redis; do
      state=down; grep -qx "$name" <<<"$running" && state=up
      case $name in postgres) where=$PG_PORT ;; rabbitmq) where="$RMQ_PORT mgmt :$RMQ_MGMT_PORT" ;; redis) where=$REDIS_PORT ;; esac
      printf '%-9s %-5s 127.0.0.1:%s (docker)\n' "$name" "$state" "$where"
    done
    return 0
  fi
  state=down; pg_alive && pg_ready && state=up
  printf '%-9s %-5s 127.0.0.1:%s%s\n' postgres "$state" "$PG_PORT" "$([[ $state == up ]] && echo " pid $(pg_pid)")"
  state=down
  if rmq_alive; then
    if rmq_api_ok || port_busy "$RMQ_PORT"; then state=up; else state=starting; fi
  fi
  printf '%-9s %-5s 127.0.0.1:%s mgmt :%s%s\n' rabbitmq "$state" "$RMQ_PORT" "$RMQ_MGMT_PORT" "$([[ $state != down ]] && echo " pid $(rmq_pid)")"
  state=down; redis_alive && redis_ready && state=up
  printf '%-9s %-5s 127.0.0.1:%s%s\n' redis "$state" "$REDIS_PORT" "$([[ $state == up ]] && echo " pid $(redis_pid)")"
}

cmd_env() {
  local pg amqp
  pg="Host=127.0.0.1;Port=$PG_PORT;Database=$(npgsql_value "$PG_DATABASE");Username=$(npgsql_value "$PG_USER");Password=$(npgsql_value "$PG_PASSWORD")"
  amqp="amqp://$(urlencode "$RMQ_USER"):$(urlencode "$RMQ_PASSWORD")@127.0.0.1:$RMQ_PORT/"
  printf 'export ConnectionStrings__Postgres="%s"\n' "$(shell_dq "$pg")"
  printf 'export ConnectionStrings__RabbitMq="%s"\n' "$(shell_dq "$amqp")"
  printf 'export ConnectionStrings__Redis="%s"\n' "127.0.0.1:$REDIS_PORT"
  printf 'export MODULAR_RABBIT_MGMT_URL=%s\n' "http://127.0.0.1:$RMQ_MGMT_PORT"
}

cmd_purge() {
  cmd_down
  [[ -d $STATE_DIR ]] || return 0
  log "removing $STATE_DIR"
  rm -rf "$STATE_DIR"
}

usage() {
  sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit "${1:-2}"
}

main() {
  [[ $# -ge 1 ]] || usage
  local cmd=$1; shift
  case "$cmd" in -h | --help | help) usage 0 ;; esac
  load_settings
  case "$cmd" in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    env) cmd_env ;;
    purge) cmd_purge ;;
    *) log "unknown command: $cmd"; usage ;;
  esac
}

main "$@"

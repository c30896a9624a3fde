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
#   scripts/services.sh tools    install (apt, when missing) what the tests start or drive themselves: the three
#                                servers' packages, nginx with its headers-more module (multi-process suites),
#                                Debian's chromium and npm (browser tests and their page's SignalR client)
#   scripts/services.sh rabbitmq TOOL [ARGS...]
#                                run a RabbitMQ tool (rabbitmqctl, rabbitmq-plugins, ...) against this broker: the
#                                local server's environment (node name, cookie, plugins file), or the compose service
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
# Progress goes to stderr (prefixed "services:"); stdout is only used by `env`, `status` and the tools `rabbitmq` runs.

# One file per service under scripts/services/ (postgres.sh, rabbitmq.sh, redis.sh, docker.sh for
# Compose mode, common.sh for what they share); this driver only dispatches the commands.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
for part in common postgres rabbitmq redis docker; do
  # shellcheck source=/dev/null
  source "$REPO_ROOT/scripts/services/$part.sh"
done

cmd_up() {
  local t0; t0=$(now)
  prepare_state_dir
  take_lock
  if [[ $MODE == docker ]] || { [[ $MODE == auto ]] && docker_available; }; then
    docker_up
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

cmd_down() {
  [[ -d $STATE_DIR ]] || return 0
  local t0; t0=$(now)
  take_lock
  if [[ $(recorded_mode) == docker ]]; then
    docker_down
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
  if [[ $(recorded_mode) == docker ]]; then
    docker_status
    return 0
  fi
  pg_status
  rmq_status
  redis_status
}

cmd_env() {
  printf 'export ConnectionStrings__Postgres="%s"\n' "$(shell_dq "$(pg_connection_string)")"
  printf 'export ConnectionStrings__RabbitMq="%s"\n' "$(shell_dq "$(rmq_uri)")"
  printf 'export ConnectionStrings__Redis="%s"\n' "127.0.0.1:$REDIS_PORT"
  printf 'export MODULAR_RABBIT_MGMT_URL=%s\n' "http://127.0.0.1:$RMQ_MGMT_PORT"
}

cmd_tools() {
  prepare_state_dir
  take_lock
  ensure_packages
  local missing=()
  command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  [[ -f /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so ]] || missing+=(libnginx-mod-http-headers-more-filter)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  ((${#missing[@]})) || return 0
  apt_install "${missing[@]}"
}

cmd_rabbitmq() {
  [[ $# -ge 1 ]] || die "usage: scripts/services.sh rabbitmq TOOL [ARGS...] (e.g. rabbitmqctl list_queues)"
  [[ $1 == rabbit* ]] || die "not a RabbitMQ tool: $1"
  if [[ $(recorded_mode) == docker ]]; then
    compose exec -T rabbitmq "$@"
  else
    rmq "$@"
  fi
}

cmd_purge() {
  cmd_down
  [[ -d $STATE_DIR ]] || return 0
  log "removing $STATE_DIR"
  rm -rf "$STATE_DIR"
}

usage() {
  sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
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
    tools) cmd_tools ;;
    rabbitmq) cmd_rabbitmq "$@" ;;
    *) log "unknown command: $cmd"; usage ;;
  esac
}

main "$@"

# Docker Compose mode of scripts/services.sh: the three services of docker-compose.yml, used when an
# engine answers (MODULAR_SERVICES_MODE=auto) or when asked for (docker).

COMPOSE_FILE="$REPO_ROOT/docker-compose.yml"

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

docker_up() {
  [[ $MODE == docker ]] && { docker_available || die "MODULAR_SERVICES_MODE=docker but no Docker engine/compose answers"; }
  log "docker engine found: docker compose up -d --wait postgres rabbitmq redis"
  compose_env
  compose up -d --wait postgres rabbitmq redis >&2
  save_settings docker
}

docker_down() {
  if docker_available; then
    log "docker compose down"
    compose_env
    compose down >&2
  else
    log "services were started with docker, but no engine answers now"
  fi
}

docker_status() {
  local name state where running=""
  docker_available && running=$(compose_env; compose ps --status running --services 2>/dev/null || true)
  for name in postgres rabbitmq redis; do
    state=down; grep -qx "$name" <<<"$running" && state=up
    case $name in postgres) where=$PG_PORT ;; rabbitmq) where="$RMQ_PORT mgmt :$RMQ_MGMT_PORT" ;; redis) where=$REDIS_PORT ;; esac
    printf '%-9s %-5s 127.0.0.1:%s (docker)\n' "$name" "$state" "$where"
  done
}

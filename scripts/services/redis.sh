# Redis of scripts/services.sh in local mode: a daemonized server without persistence (test data).

redis_settings() {
  REDIS_PORT="${MODULAR_REDIS_PORT:-6379}"
  require_port REDIS_PORT
}

redis_recorded_settings() { echo "MODULAR_REDIS_PORT=$REDIS_PORT"; }

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

redis_status() {
  local state=down
  redis_alive && redis_ready && state=up
  printf '%-9s %-5s 127.0.0.1:%s%s\n' redis "$state" "$REDIS_PORT" "$([[ $state == up ]] && echo " pid $(redis_pid)")"
}

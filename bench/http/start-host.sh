#!/usr/bin/env bash
# Starts a Production Modular host for the HTTP benchmark (bench/http/run.sh), from a Release build.
# It is the only part of bench/http that starts anything; run.sh measures whatever host it is given.
#
#   bench/http/start-host.sh start    services up, publish Release, migrate, start the host in the background,
#                                     wait for /health/ready; prints the URL and the pid
#   bench/http/start-host.sh stop     SIGTERM the host this script started, wait for it to exit
#   bench/http/start-host.sh status   "running <pid> <url>" or "stopped"
#
# The host runs with ASPNETCORE_ENVIRONMENT=Production and the defaults of appsettings.json (as documented in
# the README's Configuration table), with only these set from the environment:
#   ConnectionStrings__Postgres/__RabbitMq/__Redis   from scripts/services.sh env, database $BENCH_DATABASE
#   ASPNETCORE_URLS            http://127.0.0.1:$MODULAR_HOST_PORT (default 5000)
#   Jwt__SigningKey            48 random bytes, generated at each start
#   Identity__Admin__Email / Identity__Admin__Password   from BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD (required)
#   RateLimiting__Enabled=false   the only deviation from the defaults: rate limits off, by configuration
#
# Other settings (environment):
#   BENCH_DATABASE [modular_bench]   database the host uses (created by the migration when missing)
#   BENCH_STATE_DIR [<repo>/.state/bench]   build output, pid file and host.log (stdout+stderr, truncated at start;
#                                    the Production request log writes one JSON line per request: ~200 MB a run)
#   BENCH_READY_TIMEOUT [120]        seconds to wait for /health/ready
#   BENCH_NO_BUILD [0]               1: reuse the last Release build (restarts between experiments) instead of publishing
#   BENCH_HOST_ENV [empty]           experiments only: extra NAME=value words for the host (e.g. DOTNET_gcServer=0);
#                                    a baseline never sets it, so that it measures the documented settings
# The MODULAR_* service ports are those of scripts/services.sh (source /work/briefing/ports.sh N on a shared machine).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
STATE="${BENCH_STATE_DIR:-$ROOT/.state/bench}"
PIDFILE="$STATE/host.pid"
LOG="$STATE/host.log"
OUT="$STATE/host-release"
URL="http://127.0.0.1:${MODULAR_HOST_PORT:-5000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log() { printf 'start-host: %s\n' "$*" >&2; }
die() { printf 'start-host: error: %s\n' "$*" >&2; exit 1; }

alive() { # pid: exists and is not a zombie
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat:0:1} != Z && ${stat:0:1} != X ]]
}
host_pid() { local p; p=$(cat "$PIDFILE" 2>/dev/null || true); [[ $p =~ ^[0-9]+$ ]] && alive "$p" && echo "$p"; }

ensure_database() { # name: services.sh creates only its own two databases
  PGPASSWORD="${MODULAR_PG_PASSWORD:-modular}" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${MODULAR_PG_PORT:-5432}" \
    -U "${MODULAR_PG_USER:-modular}" -d postgres -v d="$1" >/dev/null <<'SQL' || die "could not create database $1"
SELECT format('CREATE DATABASE %I', :'d') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
}

cmd_start() {
  [[ -n ${BENCH_ADMIN_EMAIL:-} && -n ${BENCH_ADMIN_PASSWORD:-} ]] ||
    die "set BENCH_ADMIN_EMAIL and BENCH_ADMIN_PASSWORD (the administrator the host seeds and run.sh logs in as)"
  if pid=$(host_pid); then die "a benchmark host is already running (pid $pid); '$0 stop' first"; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/${MODULAR_HOST_PORT:-5000}") 2>/dev/null; then
    die "port ${MODULAR_HOST_PORT:-5000} is in use; set MODULAR_HOST_PORT"
  fi
  mkdir -p "$STATE"
  "$ROOT/scripts/services.sh" up
  eval "$(MODULAR_PG_DATABASE="${BENCH_DATABASE:-modular_bench}" "$ROOT/scripts/services.sh" env)"
  ensure_database "${BENCH_DATABASE:-modular_bench}"

  if [[ ${BENCH_NO_BUILD:-0} == 1 && -f $OUT/Modular.Host.dll ]]; then
    log "BENCH_NO_BUILD=1: reusing the Release build in $OUT"
  else
    log "publishing src/Host/Modular.Host (Release) to $OUT"
    dotnet publish "$ROOT/src/Host/Modular.Host/Modular.Host.csproj" -c Release -o "$OUT" -nologo -clp:ErrorsOnly >&2
  fi

  local key
  key=$(head -c 48 /dev/urandom | base64 -w0)
  # Exactly the documented Production settings plus the rate-limit switch; nothing else is inherited by intent.
  local env=(
    ASPNETCORE_ENVIRONMENT=Production
    ASPNETCORE_URLS="$URL"
    ConnectionStrings__Postgres="$ConnectionStrings__Postgres"
    ConnectionStrings__RabbitMq="$ConnectionStrings__RabbitMq"
    ConnectionStrings__Redis="$ConnectionStrings__Redis"
    Jwt__SigningKey="$key"
    Identity__Admin__Email="$BENCH_ADMIN_EMAIL"
    Identity__Admin__Password="$BENCH_ADMIN_PASSWORD"
    RateLimiting__Enabled=false
    DOTNET_CLI_TELEMETRY_OPTOUT=1
  )
  # Experiments only (docs/performance.md): extra NAME=value words, e.g. "DOTNET_gcServer=0". Baselines use none.
  local extra
  for extra in ${BENCH_HOST_ENV:-}; do
    [[ $extra == *=* ]] || die "BENCH_HOST_ENV words must be NAME=value (got '$extra')"
    log "experiment setting: $extra"
    env+=("$extra")
  done
  log "migrating database ${BENCH_DATABASE:-modular_bench}"
  (cd "$OUT" && env -i PATH="$PATH" HOME="$HOME" "${env[@]}" dotnet Modular.Host.dll migrate) >"$LOG" 2>&1 ||
    { tail -n 20 "$LOG" >&2; die "migration failed (log: $LOG)"; }

  log "starting the host on $URL (log: $LOG)"
  (cd "$OUT" && exec env -i PATH="$PATH" HOME="$HOME" "${env[@]}" setsid dotnet Modular.Host.dll) </dev/null >"$LOG" 2>&1 &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  local deadline=$((SECONDS + ${BENCH_READY_TIMEOUT:-120}))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/health/ready" 2>/dev/null) == 200 ]]; do
    alive "$pid" || { tail -n 20 "$LOG" >&2; rm -f "$PIDFILE"; die "the host exited during start (log: $LOG)"; }
    ((SECONDS < deadline)) || { tail -n 20 "$LOG" >&2; die "not ready after ${BENCH_READY_TIMEOUT:-120}s (pid $pid, log: $LOG)"; }
    sleep 0.5
  done
  log "ready: $URL (pid $pid)"
  echo "$URL $pid"
}

cmd_stop() {
  local pid
  pid=$(host_pid) || { log "no benchmark host running"; rm -f "$PIDFILE"; return 0; }
  log "stopping the host (pid $pid, SIGTERM)"
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 400; i++)); do alive "$pid" || break; sleep 0.1; done
  if alive "$pid"; then log "still running after 40 s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE"
}

cmd_status() {
  local pid
  if pid=$(host_pid); then echo "running $pid $URL"; else echo stopped; fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

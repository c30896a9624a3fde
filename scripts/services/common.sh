# Shared by scripts/services.sh and the per-service files next to this one: logging, the settings
# every service shares, process helpers, the state-directory lock and the apt install.
# Sourced, not run: the caller sets REPO_ROOT and `set -euo pipefail`.

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
  MODE="${MODULAR_SERVICES_MODE:-auto}"
  TIMEOUT="${MODULAR_SERVICES_TIMEOUT:-60}"
  pg_settings
  rmq_settings
  redis_settings
  case "$MODE" in auto | local | docker) ;; *) die "MODULAR_SERVICES_MODE must be auto, local or docker" ;; esac
}

require_port() { # variable name
  if ! [[ ${!1} =~ ^[0-9]+$ ]] || ((${!1} < 1 || ${!1} > 65535)); then die "$1='${!1}' is not a valid port"; fi
}

save_settings() { # $1 = resolved mode (local|docker)
  local tmp="$SETTINGS_FILE.tmp"
  (
    umask 077
    {
      echo "# written by scripts/services.sh up; delete to forget"
      echo "MODULAR_SERVICES_MODE=$1"
      pg_recorded_settings
      rmq_recorded_settings
      redis_recorded_settings
    } >"$tmp"
  )
  mv -f "$tmp" "$SETTINGS_FILE"
}

recorded_mode() { sed -n 's/^MODULAR_SERVICES_MODE=//p' "$SETTINGS_FILE" 2>/dev/null || true; }

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
  apt_install "${missing[@]}"
}

# Installs Debian packages (as root, with apt-get), without letting their init scripts start anything.
apt_install() { # packages...
  is_root || die "missing packages ($*) and not root: install them first"
  command -v apt-get >/dev/null 2>&1 || die "missing packages ($*) and no apt-get"
  log "installing $* (apt-get)"
  local t0 policy_created=0
  t0=$(now)
  # Keep the packages' own init scripts from starting system-wide servers.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_created=1
  fi
  local rc=0
  mkdir -p "$STATE_DIR"
  {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"
  } >"$STATE_DIR/apt.log" 2>&1 9>&- || rc=$?
  ((policy_created)) && rm -f /usr/sbin/policy-rc.d
  ((rc == 0)) || { tail -n 20 "$STATE_DIR/apt.log" >&2; die "apt-get failed (log: $STATE_DIR/apt.log)"; }
  log "packages installed in $(elapsed "$t0")"
}

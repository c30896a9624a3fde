#!/usr/bin/env bash
# HTTP load benchmark of a running Modular host (issue 15). Starts nothing: it measures the host at BASE_URL.
#
#   bench/http/run.sh [BASE_URL]      (default $MODULAR_BENCH_URL, else http://127.0.0.1:${MODULAR_HOST_PORT:-5000})
#
# 1. Seeds through the public API: BENCH_PRODUCTS products (created by the admin BENCH_ADMIN_EMAIL /
#    BENCH_ADMIN_PASSWORD), BENCH_USERS users registered and logged in, BENCH_ORDERS_PER_USER orders of 1-3
#    random products each; waits until every profile is readable and every seeded order is confirmed.
# 2. Runs the workloads with wrk (installed with apt-get when missing) and the Lua scripts in lua/, each for
#    BENCH_WARMUP s (discarded) then BENCH_DURATION s (measured), in the order W5 W1 W2 W4 W3 W5 (W3 after the
#    reads: its orders would change W4's lists, and its confirmation backlog is measured after it; W5 at both ends:
#    ratios refer to the mean of the two, so that a change of the machine's load during the run cancels out):
#      W1 GET /api/products/{id} anonymous      W2 GET /api/users/{id} with the user's own token
#      W3 POST /api/orders, 1-3 random products, quantity 1      W4 GET /api/orders?page=1&limit=20 with a user's token
#      W5 GET /health/live (the floor every ratio refers to)
#      W6 W1 over GraphQL: POST /graphql product(id)      W7 W4 over GraphQL: POST /graphql orders(page: 1, limit: 20)
#      (not in the default order; BENCH_WORKLOADS="W5 W1 W6 W4 W7 W5" compares REST and GraphQL in one run)
# 3. Counts every non-2xx answer (and socket error): a workload above 1% is INVALID and the command exits 1.
#    After W3 it polls the admin order list until no order is pending (reports the backlog and the time).
# 4. Prints a table and writes JSON (BENCH_OUT): rps, p50/p90/p99, non-2xx, CPU seconds of the host process, of
#    PostgreSQL (every process of the cluster, exited backends included), Redis and RabbitMQ during each measured
#    window, CPU per request, each workload's ratio to W5, host RSS idle (before seeding) and at the end.
#
# Settings (environment; defaults in brackets):
#   BENCH_ADMIN_EMAIL, BENCH_ADMIN_PASSWORD  required: an admin account of the host (bench/http/start-host.sh seeds it)
#   BENCH_CONNECTIONS [32]  BENCH_THREADS [2]  BENCH_DURATION [15]  BENCH_WARMUP [5]  (seconds)
#   BENCH_USERS [50]  BENCH_PRODUCTS [200]  BENCH_ORDERS_PER_USER [25]
#   BENCH_WORKLOADS ["W5 W1 W2 W4 W3 W5"]   subset/order to run; ratios need a W5 (the mean of all W5s)
#   BENCH_OUT [<repo>/.state/bench/results/<UTC time>.json]
#   BENCH_CONFIRM_TIMEOUT [300]  seconds to wait for W3's orders to be confirmed
#   Local processes whose CPU is measured (found by their listening port; figures are null when not found):
#   BENCH_HOST_PID [listener of BASE_URL's port]  BENCH_PG_PORT [$MODULAR_PG_PORT or 5432]
#   BENCH_REDIS_PORT [$MODULAR_REDIS_PORT or 6379]  BENCH_RABBIT_PORT [$MODULAR_RABBIT_PORT or 5672]
#   Evidence (optional, see docs/performance.md):
#   BENCH_PG_URL   libpq URL of the host's database: pg_stat_statements (reset before each measured window; needs
#                  shared_preload_libraries=pg_stat_statements) and a sample of pg_stat_activity waits
#   BENCH_PROFILE  space-separated workloads (e.g. "W1 W3 W4") during whose measured window dotnet-counters and a
#                  dotnet-trace CPU sample of the host are collected next to BENCH_OUT (this slows those workloads:
#                  do not compare their rps with a run without profiling)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$HERE/../.." && pwd -P)"

BASE_URL="${1:-${MODULAR_BENCH_URL:-http://127.0.0.1:${MODULAR_HOST_PORT:-5000}}}"
BASE_URL="${BASE_URL%/}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-15}"
WARMUP="${BENCH_WARMUP:-5}"
USERS="${BENCH_USERS:-50}"
PRODUCTS="${BENCH_PRODUCTS:-200}"
ORDERS_PER_USER="${BENCH_ORDERS_PER_USER:-25}"
WORKLOADS="${BENCH_WORKLOADS:-W5 W1 W2 W4 W3 W5}"
CONFIRM_TIMEOUT="${BENCH_CONFIRM_TIMEOUT:-300}"
PROFILE="${BENCH_PROFILE:-}"
PG_URL="${BENCH_PG_URL:-}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="${BENCH_OUT:-$ROOT/.state/bench/results/$STAMP.json}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/modular-bench.XXXXXX")"
CLK_TCK="$(getconf CLK_TCK)"

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 2; }

BACKGROUND=()
PROFILED=()
cleanup() {
  local pid
  for pid in "${BACKGROUND[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

for n in CONNECTIONS THREADS DURATION WARMUP USERS PRODUCTS ORDERS_PER_USER CONFIRM_TIMEOUT; do
  [[ ${!n} =~ ^[0-9]+$ ]] || die "BENCH_$n must be a whole number (got '${!n}')"
done
((CONNECTIONS >= THREADS && THREADS >= 1 && DURATION >= 1 && USERS >= 1 && PRODUCTS >= 3)) ||
  die "need BENCH_CONNECTIONS >= BENCH_THREADS >= 1, BENCH_DURATION >= 1, BENCH_USERS >= 1, BENCH_PRODUCTS >= 3"
for w in $WORKLOADS $PROFILE; do [[ $w =~ ^W[1-7]$ ]] || die "unknown workload '$w' (W1..W7)"; done
[[ -n ${BENCH_ADMIN_EMAIL:-} && -n ${BENCH_ADMIN_PASSWORD:-} ]] ||
  die "set BENCH_ADMIN_EMAIL and BENCH_ADMIN_PASSWORD (an admin account of the host; start-host.sh seeds it)"

# ------------------------------------------------------------------ tools
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  command -v ss >/dev/null || missing+=(iproute2)
  ((${#missing[@]})) || return 0
  [[ $(id -u) == 0 ]] || die "missing ${missing[*]}: install them (apt-get install ${missing[*]})"
  log "installing ${missing[*]} (apt-get)"
  { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}"; } >"$WORK/apt.log" 2>&1 ||
    { tail -n 20 "$WORK/apt.log" >&2; die "apt-get failed"; }
}

# ------------------------------------------------------------------ HTTP helpers
# api METHOD PATH [TOKEN] [BODY] -> prints the body; fails (with the answer) on anything but 2xx.
api() {
  local method=$1 path=$2 token=${3:-} body=${4:-} out code
  out="$WORK/api.$BASHPID"
  local args=(-s -o "$out" -w '%{http_code}' --max-time 30 -X "$method" "$BASE_URL$path")
  [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  code=$(curl "${args[@]}") || code=000
  if [[ $code != 2?? ]]; then
    printf 'bench: %s %s answered %s: %s\n' "$method" "$path" "$code" "$(head -c 400 "$out" 2>/dev/null)" >&2
    rm -f "$out"
    return 1
  fi
  cat "$out"
  rm -f "$out"
}

login() { # email password -> "<accessToken> <refreshToken> <userId>"
  api POST /api/identity/login "" "$(jq -cn --arg e "$1" --arg p "$2" '{email:$e,password:$p}')" |
    jq -r '"\(.accessToken) \(.refreshToken) \(.user.id)"'
}

admin_token() { local t; t=$(login "$BENCH_ADMIN_EMAIL" "$BENCH_ADMIN_PASSWORD") || die "admin login failed"; echo "${t%% *}"; }

pending_orders() { # admin token -> number of pending orders of every user
  api GET "/api/orders?status=pending&page=1&limit=1" "$1" | jq -r '.pagination.total'
}

all_orders() { # admin token -> number of orders of every user, whatever their status
  api GET "/api/orders?page=1&limit=1" "$1" | jq -r '.pagination.total'
}

cpu_ms_per_order() { # before-snapshot after-snapshot orders -> JSON {process: CPU ms per order}
  jq -cn --argjson before "$1" --argjson after "$2" --argjson orders "$3" --argjson tck "$CLK_TCK" '
    $after | with_entries(.value = (if .value == null or $before[.key] == null or $orders == 0 then null
      else ((.value - $before[.key]) * 1000 / $tck / $orders * 1000 | round / 1000) end))'
}

# run_parallel N FUNCTION ARGS...: FUNCTION i ARGS for i in 1..N, at most 8 at once; fails if any failed.
run_parallel() {
  local n=$1 fn=$2 i failed=0
  shift 2
  local pids=()
  for ((i = 1; i <= n; i++)); do
    "$fn" "$i" "$@" &
    pids+=($!)
    if ((${#pids[@]} >= 8)); then wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}"); fi
  done
  for i in "${pids[@]}"; do wait "$i" || failed=1; done
  return $failed
}

# ------------------------------------------------------------------ processes and their CPU
listener_pid() { # port -> pid of the local process listening on it (empty when none is visible)
  [[ -n ${1:-} ]] || return 0
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true
}

proc_ticks() { # pid [with_children] -> utime+stime (+cutime+cstime) in clock ticks
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
  stat=${stat##*) }
  # after "comm)": state is field 3, utime 14, stime 15, cutime 16, cstime 17 of the full line
  awk -v c="${2:-0}" '{ t = $12 + $13; if (c) t += $14 + $15; print t }' <<<"$stat"
}

tree_ticks() { # pid -> CPU ticks of pid and its reaped children, plus its live children (PostgreSQL backends)
  local root=$1 total child
  [[ -n $root ]] || { echo null; return; }
  # Children first: a backend exiting between the two reads is counted twice rather than lost (10 ms at most).
  total=0
  for child in $(ps -o pid= --ppid "$root" 2>/dev/null); do
    total=$((total + $(proc_ticks "$child" 1)))
  done
  echo $((total + $(proc_ticks "$root" 1)))
}

rss_kib() { [[ -n ${1:-} ]] && awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo null; }

cpu_snapshot() { # -> JSON of tick counters
  jq -cn --argjson host "$(if [[ -n $HOST_PID ]]; then proc_ticks "$HOST_PID" 1; else echo null; fi)" \
    --argjson postgres "$(tree_ticks "$PG_PID")" --argjson redis "$(tree_ticks "$REDIS_PID")" \
    --argjson rabbitmq "$(tree_ticks "$RABBIT_PID")" '{host:$host, postgres:$postgres, redis:$redis, rabbitmq:$rabbitmq}'
}

# ------------------------------------------------------------------ evidence: PostgreSQL, Redis, Npgsql
psql_q() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -A -t -v ON_ERROR_STOP=1 "$PG_URL" "$@"; }

PGSS=0
pgss_setup() {
  [[ -n $PG_URL ]] || return 0
  command -v psql >/dev/null || { log "BENCH_PG_URL set but no psql: statements not collected"; return 0; }
  if [[ $(psql_q -c "SHOW shared_preload_libraries" 2>/dev/null) != *pg_stat_statements* ]]; then
    log "pg_stat_statements is not in shared_preload_libraries: statements not collected (docs/performance.md)"
    return 0
  fi
  psql_q -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null && PGSS=1
}

pgss_reset() { ((PGSS)) && psql_q -c "SELECT pg_stat_statements_reset()" >/dev/null || true; }

pgss_collect() { # -> JSON array of this database's statements since the reset, by total time
  ((PGSS)) || { echo null; return; }
  psql_q -c "
    SELECT coalesce(json_agg(s ORDER BY s.total_ms DESC), '[]')
      FROM (SELECT regexp_replace(query, '\s+', ' ', 'g') AS query, calls, rows,
                   round(total_exec_time::numeric, 3) AS total_ms, round(mean_exec_time::numeric, 4) AS mean_ms
              FROM pg_stat_statements
             WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND query NOT ILIKE '%pg_stat_%') s"
}

# A sampler of what the database's active sessions wait on, 5 times a second, for the measured window.
waits_start() {
  ((PGSS)) || return 0
  local sql="SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, state), count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND state NOT IN ('idle') AND pid <> pg_backend_pid() GROUP BY 1"
  (while :; do psql_q -F ' ' -c "$sql" 2>/dev/null || true; echo '--'; sleep 0.2; done) >"$WORK/waits" &
  WAITS_PID=$!
  BACKGROUND+=("$WAITS_PID")
}
waits_stop() { # -> JSON {samples, sessions_by_wait: {event: mean active sessions}}
  ((PGSS)) || { echo null; return; }
  kill "$WAITS_PID" 2>/dev/null || true
  wait "$WAITS_PID" 2>/dev/null || true
  awk '$1 == "--" { n++; next } NF == 2 { s[$1] += $2 } END {
         printf "{\"samples\":%d,\"mean_active_sessions\":{", n; sep = "";
         for (k in s) { printf "%s\"%s\":%.2f", sep, k, (n ? s[k] / n : 0); sep = "," } print "}}" }' "$WORK/waits"
}

redis_stats() { # -> JSON {command: calls} of the Redis server, or null
  [[ -n $REDIS_PORT ]] && command -v redis-cli >/dev/null || { echo null; return; }
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" INFO commandstats 2>/dev/null | tr -d '\r' |
    awk -F'[:=,]' '/^cmdstat_/ { sub("cmdstat_", "", $1); printf "%s\"%s\":%s", (n++ ? "," : "{"), $1, $3 } END { print (n ? "}" : "null") }'
}

db_operations() { # -> Npgsql commands executed so far (sum of db_client_operation_duration_seconds_count), or null
  curl -s --max-time 10 "$BASE_URL/metrics" 2>/dev/null |
    awk '/^db_client_operation_duration_seconds_count/ { s += $NF; n++ } END { print (n ? s : "null") }'
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ------------------------------------------------------------------ seeding
create_product() { # i
  local cents=$((RANDOM % 9900 + 100))
  api POST /api/products "$ADMIN_TOKEN" \
    "$(printf '{"sku":"B%s-P%d","name":"Bench product %d","price":%d.%02d,"stock":1000000}' "$RUN" "$1" "$1" $((cents / 100)) $((cents % 100)))" |
    jq -r .id >"$WORK/product.$1"
}

register_user() { # i
  local email="bench-$RUN-u$1@example.com" password="bench-pass-$RUN-$1"
  api POST /api/identity/register "" "$(jq -cn --arg n "Bench user $1" --arg e "$email" --arg p "$password" '{name:$n,email:$e,password:$p}')" >/dev/null
  login "$email" "$password" >"$WORK/user.$1"
}

wait_profile() { # i: the profile is created from an event, readable "within 1 second on an idle system"
  local id token deadline=$((SECONDS + 60))
  read -r token _ id <"$WORK/user.$1"
  until curl -sf -o /dev/null --max-time 10 -H "Authorization: Bearer $token" "$BASE_URL/api/users/$id"; do
    ((SECONDS < deadline)) || { log "profile of user $1 ($id) not readable after 60 s"; return 1; }
    sleep 0.2
  done
}

place_orders() { # i: BENCH_ORDERS_PER_USER orders of 1-3 distinct random products, quantity 1, on one connection
  local token k n a b c body args=()
  read -r token _ _ <"$WORK/user.$1"
  local count=${#PRODUCT_IDS[@]}
  for ((k = 0; k < ORDERS_PER_USER; k++)); do
    n=$((RANDOM % 3 + 1))
    a=$((RANDOM % count)) b=$a c=$a
    while ((b == a)); do b=$((RANDOM % count)); done
    while ((c == a || c == b)); do c=$((RANDOM % count)); done
    body="{\"productId\":\"${PRODUCT_IDS[a]}\",\"quantity\":1}"
    ((n >= 2)) && body+=",{\"productId\":\"${PRODUCT_IDS[b]}\",\"quantity\":1}"
    ((n == 3)) && body+=",{\"productId\":\"${PRODUCT_IDS[c]}\",\"quantity\":1}"
    ((k > 0)) && args+=(--next)
    args+=(-s -o /dev/null -w '%{http_code}\n' --max-time 30 -H "Authorization: Bearer $token"
      -H 'Content-Type: application/json' --data-binary "{\"items\":[$body]}" "$BASE_URL/api/orders")
  done
  local codes
  codes=$(curl "${args[@]}") || true
  if [[ $(grep -c '^2[0-9][0-9]$' <<<"$codes") != "$ORDERS_PER_USER" ]]; then
    log "placing the orders of user $1 answered: $(sort <<<"$codes" | uniq -c | tr '\n' ' ')"
    return 1
  fi
}

refresh_user() { # i: a fresh access token (15 minutes), without a bcrypt login
  local token refresh id
  read -r token refresh id <"$WORK/user.$1"
  api POST /api/identity/refresh "" "$(jq -cn --arg r "$refresh" '{refreshToken:$r}')" |
    jq -r --arg id "$id" '"\(.accessToken) \(.refreshToken) \($id)"' >"$WORK/user.$1.new" && mv "$WORK/user.$1.new" "$WORK/user.$1"
}

write_data() { # the Lua data file every workload script loads
  {
    echo "return {"
    echo "  users = {"
    local i token id
    for ((i = 1; i <= USERS; i++)); do
      read -r token _ id <"$WORK/user.$i"
      printf '    { id = "%s", token = "%s" },\n' "$id" "$token"
    done
    echo "  },"
    echo "  products = {"
    sed 's/.*/    "&",/' "$WORK/products"
    echo "  },"
    echo "}"
  } >"$WORK/data.lua"
  TOKENS_AT=$SECONDS
}

wait_confirmed() { # since (epoch seconds) -> prints the seconds from since until no order is pending, or "null"
  # Uses $ADMIN_TOKEN (fresh: logged in at seeding and again before W3; a login costs a bcrypt verification).
  local since=$1 deadline pending
  deadline=$((SECONDS + CONFIRM_TIMEOUT))
  while :; do
    pending=$(pending_orders "$ADMIN_TOKEN") || pending=unknown
    if [[ $pending == 0 ]]; then
      awk -v a="$since" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", b - a }'
      return 0
    fi
    ((SECONDS < deadline)) || { echo null; return 0; }
    sleep 0.2
  done
}

# ------------------------------------------------------------------ one workload
declare -A SCRIPT=([W1]=w1-product.lua [W2]=w2-user.lua [W3]=w3-place-order.lua [W4]=w4-list-orders.lua [W5]=w5-live.lua
  [W6]=w6-graphql-product.lua [W7]=w7-graphql-list-orders.lua)
declare -A TITLE=(
  [W1]="GET /api/products/{id}, anonymous"
  [W2]="GET /api/users/{id}, own bearer token"
  [W3]="POST /api/orders, 1-3 random items, quantity 1"
  [W4]="GET /api/orders?page=1&limit=20, user's token"
  [W5]="GET /health/live (the floor)"
  [W6]="POST /graphql product(id), anonymous"
  [W7]="POST /graphql orders(page: 1, limit: 20), user's token")

wrk_run() { # script seconds -> wrk's output (BENCH_RESULT line included)
  BENCH_DATA="$WORK/data.lua" BENCH_LUA_DIR="$HERE/lua" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${2}s" --timeout 10s -s "$HERE/lua/$1" "$BASE_URL"
}

run_workload() { # W -> appends one JSON object to $WORK/workloads.jsonl
  local w=$1 script=${SCRIPT[$1]} profiling=0
  [[ " $PROFILE " == *" $w "* && -n $HOST_PID ]] && profiling=1
  if [[ $w != W1 && $w != W5 && $w != W6 ]] && ((SECONDS - TOKENS_AT > 300)); then
    log "refreshing the users' access tokens"
    run_parallel "$USERS" refresh_user || die "token refresh failed"
    write_data
  fi
  log "$w ${TITLE[$w]}: warm-up ${WARMUP}s"
  if ((WARMUP > 0)); then wrk_run "$script" "$WARMUP" >"$WORK/$w.warmup" 2>&1 || { cat "$WORK/$w.warmup" >&2; die "wrk failed"; }; fi

  local load_before cpu_before redis_before ops_before
  pgss_reset
  if ((profiling)); then start_profile "$w"; fi
  load_before=$(loadavg)
  redis_before=$(redis_stats)
  ops_before=$(db_operations)
  waits_start
  cpu_before=$(cpu_snapshot)
  log "$w: measuring ${DURATION}s (load average $load_before)"
  wrk_run "$script" "$DURATION" >"$WORK/$w.out" 2>&1 || { cat "$WORK/$w.out" >&2; die "wrk failed"; }
  local cpu_after
  cpu_after=$(cpu_snapshot)
  if [[ $w == W3 ]]; then
    W3_END=$(date +%s.%N)
    W3_PENDING=$(pending_orders "$ADMIN_TOKEN") || W3_PENDING=null
  fi
  local waits redis_after ops_after statements
  waits=$(waits_stop)
  ops_after=$(db_operations)
  redis_after=$(redis_stats)
  statements=$(pgss_collect)
  if ((profiling)); then stop_profile "$w"; fi
  local result
  result=$(sed -n 's/^BENCH_RESULT //p' "$WORK/$w.out")
  [[ -n $result ]] || { cat "$WORK/$w.out" >&2; die "wrk printed no result for $w"; }
  jq -cn --arg w "$w" --arg title "${TITLE[$w]}" --argjson wrk "$result" \
    --argjson before "$cpu_before" --argjson after "$cpu_after" --argjson tck "$CLK_TCK" \
    --arg load_before "$load_before" --arg load_after "$(loadavg)" \
    --argjson rb "$redis_before" --argjson ra "$redis_after" \
    --argjson ob "$ops_before" --argjson oa "$ops_after" \
    --argjson statements "$statements" --argjson waits "$waits" --argjson profiled "$profiling" '
    {workload: $w, title: $title, profiled: ($profiled == 1), wrk: $wrk,
     load_average_before: $load_before, load_average_after: $load_after,
     cpu_seconds: ($before | with_entries(.value = (if .value == null or $after[.key] == null then null
                                                    else ($after[.key] - .value) / $tck end))),
     npgsql_commands: (if $ob == null or $oa == null then null else $oa - $ob end),
     redis_commands: (if $rb == null or $ra == null then null else
                        ($ra | with_entries(.value = .value - ($rb[.key] // 0)) | with_entries(select(.value > 0)))
                        | del(.info) end),
     pg_statements: $statements, pg_waits: $waits}' >>"$WORK/workloads.jsonl"
}

start_profile() { # W: dotnet-counters and a dotnet-trace thread-time sample of the host for the measured window
  local base="${OUT%.json}-$1"
  local span
  span=$(printf '00:00:%02d:%02d' $(((DURATION + 2) / 60)) $(((DURATION + 2) % 60)))
  (cd "$ROOT" && exec dotnet dotnet-counters collect -p "$HOST_PID" --format json -o "$base-counters.json" --duration "$span" \
    --counters 'System.Runtime,Microsoft.AspNetCore.Hosting,Microsoft.AspNetCore.Server.Kestrel,Npgsql') \
    >"$WORK/$1.counters.log" 2>&1 &
  COUNTERS_PID=$!
  # collect-linux's kernel CPU samples would be better, but neither `report` nor `convert` can read them yet.
  (cd "$ROOT" && exec dotnet dotnet-trace collect -p "$HOST_PID" --profile dotnet-sampled-thread-time -o "$base.nettrace" --duration "$span") \
    >"$WORK/$1.trace.log" 2>&1 &
  TRACE_PID=$!
  BACKGROUND+=("$COUNTERS_PID" "$TRACE_PID")
  sleep 2 # both attach through the diagnostics port before the window starts
}

stop_profile() { # W
  wait "$COUNTERS_PID" || log "dotnet-counters failed: $(tail -n 3 "$WORK/$1.counters.log")"
  wait "$TRACE_PID" || log "dotnet-trace failed: $(tail -n 3 "$WORK/$1.trace.log")"
  PROFILED+=("$1")
}

summarize_profiles() { # after the load: converting a trace takes CPU, so none is converted while one is measured
  local w base
  for w in "${PROFILED[@]}"; do
    base="${OUT%.json}-$w"
    if [[ -s $base-counters.json ]]; then jq -f "$HERE/counters.jq" "$base-counters.json" >"$base-counters-summary.json"; fi
    if [[ -s $base.nettrace ]] && (cd "$ROOT" && dotnet dotnet-trace convert "$base.nettrace" --format speedscope -o "$base") >/dev/null 2>&1; then
      jq --argjson top 40 -f "$HERE/hot-paths.jq" "$base.speedscope.json" >"$base-hot-paths.json"
    fi
    log "$w profile: $base.nettrace, $base-hot-paths.json, $base-counters-summary.json"
  done
}

# ------------------------------------------------------------------ main
ensure_tools
mkdir -p "$(dirname "$OUT")"
curl -sf -o /dev/null --max-time 10 "$BASE_URL/health/ready" || die "$BASE_URL/health/ready does not answer 200: start a host first (bench/http/start-host.sh start)"

port=$(sed -E 's#^[a-z]+://(\[[^]]*\]|[^:/]*)(:([0-9]+))?.*#\3#' <<<"$BASE_URL")
hostname=$(sed -E 's#^[a-z]+://(\[[^]]*\]|[^:/]*).*#\1#' <<<"$BASE_URL")
[[ -n $port ]] || { [[ $BASE_URL == https:* ]] && port=443 || port=80; }
HOST_PID="${BENCH_HOST_PID:-}"
if [[ -z $HOST_PID && $hostname =~ ^(127\.0\.0\.1|localhost|\[::1\])$ ]]; then HOST_PID=$(listener_pid "$port"); fi
PG_PID=$(listener_pid "${BENCH_PG_PORT:-${MODULAR_PG_PORT:-5432}}")
REDIS_PORT="${BENCH_REDIS_PORT:-${MODULAR_REDIS_PORT:-6379}}"
REDIS_PID=$(listener_pid "$REDIS_PORT")
[[ -n $REDIS_PID ]] || REDIS_PORT=""
RABBIT_PID=$(listener_pid "${BENCH_RABBIT_PORT:-${MODULAR_RABBIT_PORT:-5672}}")
log "target $BASE_URL; pids: host ${HOST_PID:-?}, postgres ${PG_PID:-?}, redis ${REDIS_PID:-?}, rabbitmq ${RABBIT_PID:-?}"
if [[ -n $PROFILE && -z $HOST_PID ]]; then log "BENCH_PROFILE needs a local host process: not profiling"; fi
pgss_setup

RSS_IDLE=$(rss_kib "$HOST_PID")
LOAD_START=$(loadavg)
RUN="$(date +%s)$((RANDOM % 100))"

log "seeding: $PRODUCTS products, $USERS users, $ORDERS_PER_USER orders each (run $RUN)"
SEED_T0=$SECONDS
ADMIN_TOKEN=$(admin_token)
run_parallel "$PRODUCTS" create_product || die "creating products failed"
for ((i = 1; i <= PRODUCTS; i++)); do cat "$WORK/product.$i"; done >"$WORK/products"
mapfile -t PRODUCT_IDS <"$WORK/products"
run_parallel "$USERS" register_user || die "registering users failed"
run_parallel "$USERS" wait_profile || die "profiles not readable"
run_parallel "$USERS" place_orders || die "placing the seed orders failed"
write_data
log "seeded in $((SECONDS - SEED_T0)) s; waiting for the seed orders' confirmation"
[[ $(wait_confirmed "$(date +%s.%N)") != null ]] || die "seed orders still pending after ${CONFIRM_TIMEOUT}s"
RSS_SEEDED=$(rss_kib "$HOST_PID")

: >"$WORK/workloads.jsonl"
CONFIRMATION=null
for w in $WORKLOADS; do
  if [[ $w == W3 ]]; then
    # A fresh admin token counts the pending orders the moment the load ends. The CPU of W3's whole life is read from
    # before its warm-up (nothing pending then) to its last confirmation: the measured window alone leaves out the
    # confirmation and notification work that falls behind during the load.
    ADMIN_TOKEN=$(admin_token)
    w3_orders_before=$(all_orders "$ADMIN_TOKEN")
    w3_cpu_before=$(cpu_snapshot)
  fi
  run_workload "$w"
  if [[ $w == W3 ]]; then
    log "W3: $W3_PENDING orders pending at the end of the load; waiting for their confirmation"
    # Polled from just after the evidence of W3 is read (a fraction of a second, about 1 s with BENCH_PG_URL).
    if [[ $W3_PENDING == 0 ]]; then seconds=0; else seconds=$(wait_confirmed "$W3_END"); fi
    w3_cpu_after=$(cpu_snapshot)
    w3_orders=$(($(all_orders "$ADMIN_TOKEN") - w3_orders_before))
    CONFIRMATION=$(jq -cn --argjson p "$W3_PENDING" --argjson s "$seconds" --argjson t "$CONFIRM_TIMEOUT" \
      --argjson orders "$w3_orders" --argjson cpu "$(cpu_ms_per_order "$w3_cpu_before" "$w3_cpu_after" "$w3_orders")" \
      '{pending_at_end: $p, seconds_until_last_confirmed: $s, timeout_seconds: $t,
        orders_placed_with_warmup: $orders, cpu_ms_per_order_until_confirmed: $cpu}')
  fi
done
RSS_END=$(rss_kib "$HOST_PID")
summarize_profiles

jq -s --arg url "$BASE_URL" --arg started "$STAMP" --arg load_start "$LOAD_START" \
  --argjson connections "$CONNECTIONS" --argjson threads "$THREADS" --argjson duration "$DURATION" --argjson warmup "$WARMUP" \
  --argjson users "$USERS" --argjson products "$PRODUCTS" --argjson orders "$ORDERS_PER_USER" \
  --argjson rss_idle "${RSS_IDLE:-null}" --argjson rss_seeded "${RSS_SEEDED:-null}" --argjson rss_end "${RSS_END:-null}" \
  --argjson confirmation "$CONFIRMATION" --arg machine "$(nproc) cores, $(uname -sr)" '
  {started_utc: $started, base_url: $url, machine: $machine, load_average_at_start: $load_start,
   settings: {connections: $connections, threads: $threads, duration_s: $duration, warmup_s: $warmup,
              users: $users, products: $products, orders_per_user: $orders},
   host_rss_mib: {idle_before: (if $rss_idle == null then null else $rss_idle / 1024 end),
                  after_seeding: (if $rss_seeded == null then null else $rss_seeded / 1024 end),
                  end: (if $rss_end == null then null else $rss_end / 1024 end)},
   w3_confirmation: $confirmation,
   workloads: .}' "$WORK/workloads.jsonl" | jq -f "$HERE/summary.jq" >"$OUT"

jq -r -f "$HERE/table.jq" "$OUT"
log "JSON: $OUT"
if jq -e '[.workloads[] | select(.valid | not)] | length > 0' "$OUT" >/dev/null; then
  log "INVALID: a workload had more than 1% non-2xx answers or socket errors"
  exit 1
fi

#!/usr/bin/env bash
# Checks the arithmetic of bench/http/summary.jq on a fixed example (not part of scripts/test.sh: the benchmark
# is not a test; run this after changing summary.jq or table.jq).   bash bench/http/test/summary-test.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
result=$(jq -f "$HERE/../summary.jq" "$HERE/summary-input.json")
failures=0
check() { # description jq-expression (must be true)
  if jq -e "$2" >/dev/null <<<"$result"; then echo "ok   $1"; else echo "FAIL $1: $2"; failures=$((failures + 1)); fi
}
w() { echo "[.workloads[] | select(.workload == \"$1\")] | first"; }
check "rps is requests over the measured seconds" "$(w W5) | .rps == 20000"
check "the floor is the mean of the run's W5s" ".w5_rps_mean == 15000"
check "ratio to the floor of the same run" "$(w W1) | .ratio_to_w5 == 0.6667"
check "each W5 against the mean floor" "[.workloads[] | select(.workload == \"W5\") | .ratio_to_w5] == [1.3333, 0.6667]"
check "latency in milliseconds, rounded to microseconds" "$(w W1) | .latency_ms.p99 == 12.346"
check "CPU per request in ms" "$(w W1) | .cpu_ms_per_request.host == 0.1 and .cpu_ms_per_request.postgres == 0.01"
check "an unmeasured process stays null" "$(w W5) | .cpu_ms_per_request.redis == null"
check "non-2xx up to 1% is valid" "$(w W1) | .failed_percent == 0.667 and .valid"
check "non-2xx plus socket errors above 1% is invalid" "$(w W3) | .socket_errors == 10 and .failed_percent == 1.033 and (.valid | not)"
check "SQL statements per request from pg_stat_statements calls" "$(w W3) | .sql_statements_per_request == 3"
check "statements sorted by total time, with calls per request" "$(w W3) | .pg_statements[0].query == \"B\" and .pg_statements[0].calls_per_request == 1"
check "Npgsql commands per request" "$(w W3) | .npgsql_commands_per_request == 12"
check "Redis commands per request" "$(w W3) | .redis_commands_per_request == 3"
check "no Redis command is zero per request" "$(w W5) | .redis_commands_per_request == 0"
check "missing evidence stays null" "$(w W1) | .sql_statements_per_request == null and .npgsql_commands_per_request == null"
table=$(jq -r -f "$HERE/../table.jq" <<<"$result")
if grep -qE '^ +W3 +200 +80 +120 +200 +31 .*INVALID$' <<<"$table"; then echo "ok   table row of an invalid workload"; else
  echo "FAIL table row of W3:"; echo "$table"; failures=$((failures + 1)); fi
if grep -qxF 'W3 CPU per order from its warm-up to its last confirmation (400 orders): host 1.25 ms, PostgreSQL 0.9 ms, RabbitMQ n/a ms, Redis 0.01 ms' <<<"$table"; then
  echo "ok   table line of W3's CPU until confirmed"; else echo "FAIL W3 CPU line:"; echo "$table"; failures=$((failures + 1)); fi
echo "$((17 - failures)) passed, $failures failed"
((failures == 0))

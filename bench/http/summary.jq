# Derives the reported figures from the raw measurements of bench/http/run.sh (one object, see README.md).
# A pure function of its input, so that its arithmetic can be checked on a fixed example (test/summary-test.sh).

def per_request($value; $requests): if $value == null or $requests == 0 then null else $value / $requests end;
def round($digits): if . == null then null else (. * pow(10; $digits) | round) / pow(10; $digits) end;
def sum_or_null: if . == null then null else add // 0 end;

# The floor is the mean rps of every W5 of the run (by default one at the start and one at the end, so that a
# change of the machine's load during the run moves the floor as it moved the other workloads).
(.workloads | map(select(.workload == "W5") | .wrk.requests / (.wrk.duration_us / 1e6))
 | if length == 0 then null else add / length end) as $w5rps
| .w5_rps_mean = ($w5rps | if . == null then null else . * 10 | round / 10 end)
| .workloads |= map(
    .wrk.requests as $n
    | (.wrk.duration_us / 1e6) as $seconds
    | ($n / $seconds) as $rps
    | ([.wrk.socket_errors[]] | add) as $socket
    | (if $n == 0 then 100 else (.wrk.non2xx + $socket) * 100 / $n end) as $failed_pct
    | . + {
        requests: $n,
        seconds: ($seconds | round(3)),
        rps: ($rps | round(1)),
        latency_ms: (.wrk.latency_us | with_entries(.value = (.value / 1000 | round(3)))),
        non2xx: .wrk.non2xx,
        socket_errors: $socket,
        failed_percent: ($failed_pct | round(3)),
        valid: ($n > 0 and $failed_pct <= 1),
        ratio_to_w5: (if $w5rps == null or $w5rps == 0 then null else $rps / $w5rps | round(4) end),
        cpu_ms_per_request: (.cpu_seconds | with_entries(.value = (per_request(.value; $n) | if . == null then null else . * 1000 | round(4) end))),
        sql_statements_per_request: (per_request(.pg_statements | if . == null then null else map(.calls) | sum_or_null end; $n) | round(3)),
        npgsql_commands_per_request: (per_request(.npgsql_commands; $n) | round(3)),
        redis_commands_per_request: (per_request(.redis_commands | if . == null then null else [.[]] | sum_or_null end; $n) | round(3)),
        pg_statements: (.pg_statements | if . == null then null else
                          sort_by(-.total_ms) | .[:25]
                          | map(. + {calls_per_request: (per_request(.calls; $n) | round(4))}) end)
      })

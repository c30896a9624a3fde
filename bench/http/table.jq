# The human-readable table of a bench/http/run.sh result (the JSON that summary.jq completes).
def pad($n): tostring | if length >= $n then . else (" " * ($n - length)) + . end;
def num: if . == null then "n/a" elif type == "number" then (. * 100 | round / 100 | tostring) else tostring end;

"Modular HTTP benchmark \(.started_utc) against \(.base_url) (\(.machine); load average at start \(.load_average_at_start))",
"wrk: \(.settings.connections) connections, \(.settings.threads) threads, \(.settings.warmup_s) s warm-up, \(.settings.duration_s) s measured; seeded \(.settings.users) users, \(.settings.products) products, \(.settings.orders_per_user) orders per user",
"",
([ "workload", "rps", "p50 ms", "p90 ms", "p99 ms", "non-2xx", "host ms/req", "pg ms/req", "x W5", "load avg", "valid" ]
  | map(pad(12)) | join("")),
(.workloads[] | [ .workload, (.rps | num), (.latency_ms.p50 | num), (.latency_ms.p90 | num), (.latency_ms.p99 | num),
    "\(.non2xx + .socket_errors)", (.cpu_ms_per_request.host | num), (.cpu_ms_per_request.postgres | num),
    (.ratio_to_w5 | num), (.load_average_before | split(" ") | first), (if .valid then "yes" else "INVALID" end) ]
  | map(pad(12)) | join("")),
"",
"x W5: rps over the mean rps of the run's W5 rows (\(.w5_rps_mean | num))",
"round trips per request: " + ([.workloads[] | "\(.workload) sql \(.sql_statements_per_request | num) / npgsql \(.npgsql_commands_per_request | num) / redis \(.redis_commands_per_request | num)"] | join("; ")),
"host RSS: idle \(.host_rss_mib.idle_before | num) MiB, after seeding \(.host_rss_mib.after_seeding | num) MiB, end \(.host_rss_mib.end | num) MiB",
(if .w3_confirmation == null then empty else
  "W3 confirmation: \(.w3_confirmation.pending_at_end) orders pending at the end of the load, last one confirmed after \(.w3_confirmation.seconds_until_last_confirmed | num) s" end),
(if .w3_confirmation.cpu_ms_per_order_until_confirmed == null then empty else
  .w3_confirmation as $c | $c.cpu_ms_per_order_until_confirmed as $m |
  "W3 CPU per order from its warm-up to its last confirmation (\($c.orders_placed_with_warmup) orders): host \($m.host | num) ms, PostgreSQL \($m.postgres | num) ms, RabbitMQ \($m.rabbitmq | num) ms, Redis \($m.redis | num) ms" end)

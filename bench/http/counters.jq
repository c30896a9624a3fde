# Summary of a `dotnet-counters collect --format json` file: one entry per counter and tag set, with the mean and
# the largest of its values over the window (rates such as "(By / 1 sec)" are per second already).
#   jq -f bench/http/counters.jq W1-counters.json
.Events
| group_by([.name, .tags])
| map({counter: .[0].name, tags: .[0].tags, samples: length,
       mean: (map(.value) | add / length | . * 1000 | round / 1000),
       max: (map(.value) | max)})
| map(select(.counter | test("^(dotnet\\.(gc|monitor|thread_pool|process|exceptions)|db\\.client\\.(connection\\.count|operation\\.npgsql\\.(executing|prepared))|kestrel\\.(active|queued)|http\\.server\\.active)")))
| map(.tags |= sub("db\\.client\\.connection\\.pool\\.name=[^,]*,?"; ""))

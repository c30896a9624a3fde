# Hot paths of a dotnet-trace thread-time trace (`dotnet-trace collect --profile dotnet-sampled-thread-time`,
# converted with `dotnet-trace convert --format speedscope`). The sampler sees every managed thread ~100 times a
# second, running or not, and ends each stack with a pseudo-frame: CPU_TIME (running managed code) or
# UNMANAGED_CODE_TIME (in native code: a wait, or a system call such as a socket send). Time whose innermost real
# frame is a wait (patterns below) is blocked time and is left out (managed spinning before a block goes with it),
# and so are a few frames that the sampler shows as managed although their thread is parked: StackExchange.Redis's backlog thread lingering on an AutoResetEvent, the
# finalizer thread, a thread suspended for a GC (PollGCWorker), and unresolved native frames (?!?). The rest
# approximates where the host spends CPU; on an oversubscribed machine it also holds runnable threads waiting for a
# core, so read it as shares, not as CPU seconds. Prints JSON: thread-milliseconds in total, managed,
# native-not-waiting, and the frames with the most of that running time, inclusive (anywhere on the stack) and
# exclusive (innermost real frame).
#   jq --argjson top 25 -f bench/http/hot-paths.jq trace.speedscope.json

def waiting: test("^\\?!\\?$|PhysicalBridge\\+<ProcessBacklogAsync>|GC\\.RunFinalizers|PollGCWorker|DedicatedThreadPoolPipeScheduler\\.RunWorkLoop|ConsoleLoggerProcessor\\.TryDequeue|WaitForSignal|WaitOneNoCheck|Monitor\\.Wait|ManualResetEventSlim\\.Wait|SemaphoreSlim\\.Wait|LowLevelLifoSemaphore\\.Wait|LowLevelMonitor|Thread\\.Sleep|Task\\.(Internal)?Wait|SpinWait|Interop\\+Sys\\.(Read|WaitForSocketEvents|Poll|ReceiveMessage|Accept)\\(|SocketAsyncEngine\\.EventLoop|WaitHandle\\.Wait|TimerQueue|WaitSubsystem");
def structural: test("^(\\(Non-Activities\\)|Threads|Thread \\([0-9]+\\)|Process64 .*)$");

.shared.frames as $frames
| ($frames | map(.name)) as $names
| ($names | map(if . == "CPU_TIME" then "managed" elif . == "UNMANAGED_CODE_TIME" then "native" else "frame" end)) as $kinds
| ($names | map(waiting)) as $waits
| ($names | map(structural)) as $skip
| reduce (.profiles[] | {events}) as $p ({total: 0, managed: 0, native: 0, excl: {}, incl: {}};
    reduce $p.events[] as $e (. + {stack: [], at: null};
      (if .at != null and ($e.at > .at) and (.stack | length) > 1 then
         ($e.at - .at) as $ms
         | .stack[-1] as $leaf | .stack[-2] as $frame
         | .total += $ms
         | if ($kinds[$leaf] == "managed" or $kinds[$leaf] == "native") and ($waits[$frame] | not) then
             (if $kinds[$leaf] == "managed" then .managed += $ms else .native += $ms end)
             | .excl[$frame | tostring] += $ms
             | reduce (.stack[:-1] | unique[] | select($skip[.] | not)) as $f (.; .incl[$f | tostring] += $ms)
           else . end
       else . end)
      | .at = $e.at
      | if $e.type == "O" then .stack += [$e.frame] else .stack |= .[:-1] end))
| def top($m): $m | to_entries | sort_by(-.value) | .[:$top] | map({frame: $names[.key | tonumber], ms: (.value * 10 | round / 10)});
  {thread_ms: (.total | round), managed_cpu_ms: (.managed | round), native_not_waiting_ms: (.native | round),
   exclusive: top(.excl), inclusive: top(.incl)}

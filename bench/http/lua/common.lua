-- Shared by every workload script: loads the seeded data, counts every answer outside 2xx, and prints one JSON
-- line of figures when wrk is done. Each wrk thread has its own Lua state; setup() and done() run in the main one.
-- Environment: BENCH_DATA = the data file run.sh wrote (return { users = {{id=, token=}}, products = {ids} }).

local data_file = os.getenv("BENCH_DATA")
data = dofile(data_file)

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
  table.insert(threads, thread)
end

non2xx = 0
local seeded = false

-- Lazily seeds the thread's generator (init() of a workload may be defined by the workload script).
function rand(n)
  if not seeded then
    math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919 + math.floor(os.clock() * 1000000))
    seeded = true
  end
  return math.random(n)
end

function pick(list)
  return list[rand(#list)]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"non2xx":%d,' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%.1f,"p90":%.1f,"p99":%.1f,"max":%.1f,"mean":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes, failed,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end

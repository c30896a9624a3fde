-- W5: GET /health/live, the framework floor (same response accounting as the other workloads).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local live = nil

function init(args)
  live = wrk.format("GET", "/health/live")
end

function request()
  return live
end

-- W4: GET /api/orders?page=1&limit=20 with a random seeded user's token (each has its seeded orders).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local requests = {}

function init(args)
  for i, user in ipairs(data.users) do
    requests[i] = wrk.format("GET", "/api/orders?page=1&limit=20", { ["Authorization"] = "Bearer " .. user.token })
  end
end

function request()
  return pick(requests)
end

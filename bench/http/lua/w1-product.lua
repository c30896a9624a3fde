-- W1: GET /api/products/{id}, anonymous, over the seeded products.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local requests = {}

function init(args)
  for i, id in ipairs(data.products) do
    requests[i] = wrk.format("GET", "/api/products/" .. id)
  end
end

function request()
  return pick(requests)
end

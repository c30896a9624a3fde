-- W3: POST /api/orders by a random seeded user: 1-3 distinct random seeded products, quantity 1 each.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local headers = {}

function init(args)
  for i, user in ipairs(data.users) do
    headers[i] = { ["Authorization"] = "Bearer " .. user.token, ["Content-Type"] = "application/json" }
  end
end

function request()
  local count = rand(3)
  local chosen, items = {}, {}
  while #items < count do
    local id = pick(data.products)
    if not chosen[id] then
      chosen[id] = true
      items[#items + 1] = '{"productId":"' .. id .. '","quantity":1}'
    end
  end
  return wrk.format("POST", "/api/orders", pick(headers), '{"items":[' .. table.concat(items, ",") .. ']}')
end

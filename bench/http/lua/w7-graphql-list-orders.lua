-- W7: W4 over GraphQL: POST /graphql orders(page: 1, limit: 20) with every field REST answers, a random seeded
-- user's token (each has its seeded orders).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")

local document = "query Orders { orders(page: 1, limit: 20) { data { id userId status " ..
  "items { productId sku name quantity unitPrice lineTotal } total createdAt updatedAt } " ..
  "pagination { page limit total pages } } }"
local requests = {}

function init(args)
  for i, user in ipairs(data.users) do
    requests[i] = graphql_request(document, "{}", { ["Authorization"] = "Bearer " .. user.token })
  end
end

function request()
  return pick(requests)
end

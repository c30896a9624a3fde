-- W6: W1 over GraphQL: POST /graphql product(id) with every field REST answers, anonymous, over the seeded products.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")

local document = "query Product($id: ID!) { product(id: $id) { id sku name price stock createdAt updatedAt } }"
local requests = {}

function init(args)
  for i, id in ipairs(data.products) do
    requests[i] = graphql_request(document, '{"id":"' .. id .. '"}')
  end
end

function request()
  return pick(requests)
end

-- W2: GET /api/users/{id} with that user's own bearer token, over the seeded users.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local requests = {}

function init(args)
  for i, user in ipairs(data.users) do
    requests[i] = wrk.format("GET", "/api/users/" .. user.id, { ["Authorization"] = "Bearer " .. user.token })
  end
end

function request()
  return pick(requests)
end

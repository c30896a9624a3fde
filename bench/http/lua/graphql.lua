-- Shared by the GraphQL workloads: a POST /graphql request of a document and its variables, and a response() that
-- also counts a 200 answer carrying "errors" as failed (GraphQL reports a field's failure inside a 200).

function graphql_request(document, variables_json, headers)
  headers = headers or {}
  headers["Content-Type"] = "application/json"
  headers["Accept"] = "application/graphql-response+json"
  local body = '{"query":"' .. document .. '","variables":' .. variables_json .. '}'
  return wrk.format("POST", "/graphql", headers, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 or string.find(body, '"errors"', 1, true) then
    non2xx = non2xx + 1
  end
end

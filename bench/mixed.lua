-- wrk script of the mixed workload: 90% reads (GET one submitted recommendation, as request.lua), 10% writes
-- through the workflow as the province officer of BENCH_TOKEN: a proposal (POST, 201) and, once its answer has
-- come, its submission with the ETag it carried (POST .../submit with If-Match, 200). Every answer other than
-- 200/201 is an error: counted, the first ones printed to stderr, and summed in wrk's "Non-2xx" line.
-- BENCH_PROPOSAL: the JSON of a proposal with "%s" where a nominee name unique to the thread and request goes.
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Accept"] = "application/json",
                  ["Content-Type"] = "application/json" }
local low = tonumber(os.getenv("BENCH_MIN") or "1")
local high = tonumber(os.getenv("BENCH_MAX") or "1")
local proposal = os.getenv("BENCH_PROPOSAL")
local threads = {}
local counter = 0
local pending = {}
local errors = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + (tid or 0) * 7919)
end

local function read_id()
  local blocks = math.floor((high - low + 1) / 200)
  return low + 200 * math.random(0, blocks - 1) + math.random(16, 189)
end

function request()
  counter = counter + 1
  if counter % 10 ~= 0 then
    return wrk.format("GET", "/api/v1/award-recommendations/" .. read_id(), headers)
  end
  local next = table.remove(pending, 1)
  if next then
    local h = { ["If-Match"] = next.etag }
    for k, v in pairs(headers) do h[k] = v end
    return wrk.format("POST", "/api/v1/award-recommendations/" .. next.id .. "/submit", h, "{}")
  end
  local name = string.format("Bench %d-%d-%d", tid or 0, counter, math.random(1, 1000000000))
  return wrk.format("POST", "/api/v1/award-recommendations", headers, string.format(proposal, name))
end

function response(status, h, body)
  if status == 201 then
    local id = body:match('"id":(%d+)')
    local etag = h["ETag"] or h["etag"]
    if id and etag then table.insert(pending, { id = id, etag = etag }) end
  elseif status ~= 200 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("HTTP " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
end

-- wrk script: GET BENCH_PATH with the bearer token BENCH_TOKEN; "{id}" in the path becomes a random id in
-- BENCH_MIN..BENCH_MAX (the recommendation of each request is another one, as pgbench's :id is). With
-- BENCH_SUBMITTED=yes only ids of submitted recommendations, which every caller may see: bench/data.sql gives
-- the rows in blocks of 200 whose positions 16..189 are past DRAFT and not WITHDRAWN.
local path = os.getenv("BENCH_PATH")
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Accept"] = "application/json" }
-- BENCH_IF_NONE_MATCH: a conditional GET (the reference data cases), which must be answered 304: a 200 (the whole
-- list) counts as an error.
local conditional = (os.getenv("BENCH_IF_NONE_MATCH") or "") ~= ""
if conditional then headers["If-None-Match"] = os.getenv("BENCH_IF_NONE_MATCH") end
local expected = conditional and 304 or 200
local low = tonumber(os.getenv("BENCH_MIN") or "1")
local high = tonumber(os.getenv("BENCH_MAX") or "1")
local submitted = os.getenv("BENCH_SUBMITTED") == "yes"
-- Answers other than the expected status, counted per thread (a global, so that done() can read it).
errors = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function id()
  if submitted then
    local blocks = math.floor((high - low + 1) / 200)
    return low + 200 * math.random(0, blocks - 1) + math.random(16, 189)
  end
  return math.random(low, high)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", (path:gsub("{id}", tostring(id()))), headers)
end

function response(status, headers, body)
  if status ~= expected then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("HTTP " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  end
end

function done(summary, latency, requests)
  local n = 0
  for _, thread in ipairs(threads) do n = n + (thread:get("errors") or 0) end
  io.write("Unexpected answers: " .. n .. "\n")
end

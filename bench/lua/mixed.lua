-- wrk script: a mixed load for one signed-in user. Of every 100 requests about 40 read the list,
-- 40 a detail page, 8 create, 7 edit and 5 delete (POST /appointments/{id}/delete/). Reads and
-- edits use the user's BENCH_IDS; each delete takes the next id of this thread's share of the
-- BENCH_POOL file, so no id is deleted twice. When a thread's share runs out it reads the list
-- instead and counts a "delete_short", which report.py shows.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local stable, pool, next_delete = {}, {}, 1
local creates = 0
local list_request, threads, first, token

setup = common.setup

function init()
  unexpected, list, detail, create, edit, delete, delete_short = 0, 0, 0, 0, 0, 0, 0
  threads = tonumber(common.env("BENCH_THREADS"))
  first = tonumber(common.env("BENCH_FIRST"))
  token = common.form({ { "__RequestVerificationToken", common.env("BENCH_TOKEN") } })
  for id in common.env("BENCH_IDS"):gmatch("%d+") do stable[#stable + 1] = id end
  local k = 0
  for id in io.lines(common.env("BENCH_POOL")) do
    if k % threads == thread_index then pool[#pool + 1] = id end
    k = k + 1
  end
  list_request = common.get("/appointments/")
  math.randomseed(1000 + thread_index)
end

local function any_stable()
  return stable[math.random(#stable)]
end

-- The counts are of requests built; wrk builds one more on its first thread to check the script.
function request()
  local roll = math.random(100)
  if roll <= 40 then
    list = list + 1
    return list_request
  elseif roll <= 80 then
    detail = detail + 1
    return common.get("/appointments/" .. any_stable() .. "/")
  elseif roll <= 88 then
    create = create + 1
    creates = creates + 1
    return common.post("/appointments/create/",
      common.appointment_form(first + thread_index + creates * threads, "Mixed"))
  elseif roll <= 95 then
    edit = edit + 1
    return common.post("/appointments/" .. any_stable() .. "/edit/",
      common.appointment_form(math.random(100000), "Edited"))
  elseif next_delete <= #pool then
    delete = delete + 1
    next_delete = next_delete + 1
    return common.post("/appointments/" .. pool[next_delete - 1] .. "/delete/", token)
  else
    delete_short = delete_short + 1
    return list_request
  end
end

function response(status, headers, body)
  common.check(status, headers, body, false)
end

function done()
  common.done({ "list", "detail", "create", "edit", "delete", "delete_short", "unexpected" })
end

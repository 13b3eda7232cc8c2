-- wrk script: POST /appointments/create/ with the real form and a replayed antiforgery token.
-- Measuring: posts until wrk's duration ends. Seeding (BENCH_QUOTA set): the threads share out
-- exactly BENCH_QUOTA creates, then ask only for a static file; each thread drops a marker file in
-- BENCH_DONE_DIR once its last create has answered, and run.sh then stops wrk with SIGINT (wrk's
-- own thread:stop() does not shorten -d).
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local quota = tonumber(os.getenv("BENCH_QUOTA") or "")
local threads = tonumber(common.env("BENCH_THREADS"))
local first = tonumber(common.env("BENCH_FIRST", "0"))
local title = common.env("BENCH_TITLE", "Bench")
local calls, sent, answered = 0, 0, 0
local filler

setup = common.setup

local function finish()
  local marker = io.open(common.env("BENCH_DONE_DIR") .. "/thread-" .. thread_index, "w")
  marker:close()
end

function init()
  unexpected = 0
  filler = wrk.format("GET", "/css/site.css") -- in init, where wrk knows the Host header
  if quota then
    -- Thread i takes rows i, i + threads, ... so every row number is used once.
    quota = math.max(0, math.ceil((quota - thread_index) / threads))
    if quota == 0 then finish() end
  end
end

function request()
  calls = calls + 1
  -- wrk calls request() once on the first thread to check the script and never sends that
  -- request; when seeding, the first call of every thread asks for the filler so no row is lost.
  if quota and (calls == 1 or sent >= quota) then
    return filler
  end
  local n = first + thread_index + sent * threads
  sent = sent + 1
  return common.post("/appointments/create/", common.appointment_form(n, title))
end

function response(status, headers)
  if (headers["Content-Type"] or ""):find("text/css", 1, true) then
    return
  end
  answered = answered + 1
  common.check(status, headers, nil, true)
  if quota and answered == quota then
    finish()
  end
end

function done()
  common.done({ "unexpected" })
end

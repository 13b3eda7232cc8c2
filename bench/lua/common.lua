-- Shared by bench/'s wrk scripts: form encoding, numbering of wrk's threads, and a tally of the
-- answers that wrk would count as successes but are not (a form shown again with its errors, a
-- redirect to the login page). Parameters come from BENCH_* environment variables set by run.sh.
local common = {}

function common.env(name, default)
  local value = os.getenv(name)
  if value == nil or value == "" then
    if default == nil then error("bench: " .. name .. " is not set") end
    return default
  end
  return value
end

local function encode(text)
  return (tostring(text):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

-- fields: a list of {name, value} pairs, in the order a browser sends them.
function common.form(fields)
  local parts = {}
  for _, field in ipairs(fields) do parts[#parts + 1] = encode(field[1]) .. "=" .. encode(field[2]) end
  return table.concat(parts, "&")
end

function common.post(path, body)
  return wrk.format("POST", path, {
    ["Cookie"] = common.env("BENCH_COOKIE"),
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

function common.get(path)
  return wrk.format("GET", path, { ["Cookie"] = common.env("BENCH_COOKIE") })
end

-- The appointment form as _AppointmentForm.cshtml posts it. Row n gets its own start (97 minutes
-- apart from 2030-01-01, so times and days vary); every tenth is all day, every seventh has an end.
function common.appointment_form(n, title)
  local start = 1893456000 + n * 97 * 60
  local all_day = n % 10 == 0
  local fields = {
    { "Title", title .. " " .. n },
    { "Start", os.date(all_day and "!%Y-%m-%dT00:00" or "!%Y-%m-%dT%H:%M", start) },
    { "End", (n % 7 == 0 and not all_day) and os.date("!%Y-%m-%dT%H:%M", start + 45 * 60) or "" },
  }
  if all_day then fields[#fields + 1] = { "AllDay", "true" } end
  fields[#fields + 1] = { "AllDay", "false" } -- the checkbox's hidden companion, sent by every browser
  fields[#fields + 1] = { "Location", "Room " .. (n % 12 + 1) }
  fields[#fields + 1] = { "Description", "Seeded by bench/run.sh.\r\nSecond line." }
  -- Every tenth row is all-day on a day that holds timed rows, so most rows overlap another: the
  -- form's "Save anyway" stores each, as before overlap warnings. Creates and edits here therefore
  -- skip the overlap query (docs/decisions/0018-overlaps-are-confirmed-not-forbidden.md).
  fields[#fields + 1] = { "AllowOverlap", "true" }
  fields[#fields + 1] = { "__RequestVerificationToken", common.env("BENCH_TOKEN") }
  return common.form(fields)
end

-- Number the threads in the main Lua state; each thread then knows its share of the work.
local threads = {}
function common.setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_index", #threads - 1)
end

-- An answer that is not what a browser would call success. wrk counts only statuses outside
-- 2xx/3xx as errors; here a POST that comes back 200 shows its form again (a validation error),
-- and a redirect to /login/ means the session was refused.
function common.check(status, headers, body, want_redirect)
  local location = headers["Location"] or headers["location"] or ""
  local ok
  if status == 302 or status == 303 then
    ok = not location:find("/login", 1, true)
  elseif status >= 200 and status < 300 then
    ok = not want_redirect
      and not (body and (body:find("validation-error", 1, true) or body:find("validation-summary-errors", 1, true)))
  else
    ok = false
  end
  if not ok then
    unexpected = (unexpected or 0) + 1
    last_unexpected = status .. " " .. location
  end
  return ok
end

-- Sums the per-thread counters named in `names` into one line that report.py reads.
function common.done(names)
  local totals = {}
  local last = ""
  for _, thread in ipairs(threads) do
    for _, name in ipairs(names) do totals[name] = (totals[name] or 0) + (thread:get(name) or 0) end
    last = thread:get("last_unexpected") or last
  end
  local line = {}
  for _, name in ipairs(names) do line[#line + 1] = name .. "=" .. totals[name] end
  io.write("BENCH_LUA " .. table.concat(line, " ") .. "\n")
  if last ~= "" then io.write("BENCH_LUA_LAST_UNEXPECTED " .. last .. "\n") end
end

return common

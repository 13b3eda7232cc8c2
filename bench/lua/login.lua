-- wrk script: POST /login/ with valid credentials, as the login form sends them, replaying one
-- anonymous antiforgery token and its cookie. Every answer must be the redirect to the list.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

local signin

setup = common.setup

function init()
  unexpected = 0
  signin = common.post("/login/", common.form({
    { "ReturnUrl", "" },
    { "Email", common.env("BENCH_EMAIL") },
    { "Password", common.env("BENCH_PASSWORD") },
    { "RememberMe", "false" },
    { "__RequestVerificationToken", common.env("BENCH_TOKEN") },
  }))
end

function request()
  return signin
end

function response(status, headers)
  common.check(status, headers, nil, true)
end

function done()
  common.done({ "unexpected" })
end

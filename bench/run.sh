#!/usr/bin/env bash
# The one benchmark command: publishes Sched and a bare Kestrel hello app in Release, seeds users
# through the real CLI and pages, and measures each path with wrk, alternating with the hello app
# so every figure is a share of this machine's ceiling measured in the same run. Also reads the
# runtime's counters under load, the RSS, and the cold start. Prints a table, saves
# bench/results/latest.json, and writes docs/benchmarks.md + docs/benchmarks.svg against
# bench/results/before.json.
#
#   bench/run.sh [--quick] [--duration S] [--warmup S]
#
# --quick: 3 s per run, 3 s warm-up and 1,000 appointments for the big user, to try the script;
# it saves bench/results/quick.json and leaves docs/ alone.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C # a decimal point in $EPOCHREALTIME and in wrk's figures, whatever the locale

duration=15      # seconds per wrk run (the GUIDE's -d15s)
warmup=30        # seconds of the list before measuring
counters=10      # seconds of dotnet-counters under the list load
big=10000        # appointments of the big user
quick=false
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=true; duration=3; warmup=3; counters=3; big=1000 ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--duration SECONDS] [--warmup SECONDS]" >&2; exit 2 ;;
  esac
  shift
done

die() { echo "bench: $*" >&2; exit 1; }
step() { echo "== $*"; }

# --- tools -------------------------------------------------------------------------------------
missing=()
for tool in wrk curl sqlite3 python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]} with apt"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
fi
command -v dotnet >/dev/null || die "needs the .NET 10 SDK (dotnet) on PATH"
dotnet tool restore >/dev/null || die "dotnet tool restore failed (dotnet-counters comes from dotnet-tools.json)"

# --- temporary home: builds, database, keys, raw wrk output --------------------------------------
tmp=$(mktemp -d /tmp/sched-bench.XXXXXX)
raw=$tmp/raw
mkdir -p "$raw"
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  # A run that went wrong, or in which Sched logged a failure, keeps its folder for a look at the log.
  if [ "$status" -eq 0 ] && ! grep -q "^fail:" "$tmp/sched.log" 2>/dev/null; then
    rm -rf "$tmp"
  else
    echo "bench: kept $tmp (Sched's log: $tmp/sched.log)" >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "publishing Sched and bench/Hello (Release)"
dotnet publish src/WebUI -c Release -o "$tmp/sched" --nologo >"$tmp/publish.log" 2>&1 ||
  die "publishing src/WebUI failed (see $tmp/publish.log)"
dotnet publish bench/Hello -c Release -o "$tmp/hello" --nologo >>"$tmp/publish.log" 2>&1 ||
  die "publishing bench/Hello failed (see $tmp/publish.log)"

read -r hello_port sched_port < <(python3 bench/probe.py free-ports 2)
hello_url=http://127.0.0.1:$hello_port
base=http://127.0.0.1:$sched_port

# Sched as an operator would run it, but on its own database and keys. The sign-in rate limit is
# raised for the benchmark only, so that POST /login/ can be measured at all.
sched_env=(
  ASPNETCORE_ENVIRONMENT=Production
  "ConnectionStrings__Sched=Data Source=$tmp/sched.db"
  "Sched__DataProtection__KeysPath=$tmp/keys"
  "ASPNETCORE_URLS=$base"
  Sched__RateLimit__SignInPermitsPerMinute=1000000
)
sched_cli() { (cd "$tmp/sched" && env "${sched_env[@]}" dotnet Sched.WebUI.dll "$@"); }
start_sched() {
  # The content root is the working directory: run from the publish folder, as a deployment would.
  (cd "$tmp/sched" && exec env "${sched_env[@]}" dotnet Sched.WebUI.dll) >>"$tmp/sched.log" 2>&1 &
  sched_pid=$!
  pids+=("$sched_pid")
}

# --- users through the real CLI ------------------------------------------------------------------
password="bench password 1"
step "creating users with Sched.WebUI.dll create-user"
for user in list big mixed create login; do
  sched_cli create-user --email "bench-$user@example.com" --password "$password" >>"$tmp/cli.log" 2>&1 ||
    die "create-user bench-$user@example.com failed (see $tmp/cli.log)"
done

(cd "$tmp/hello" && exec env ASPNETCORE_URLS="$hello_url" dotnet Hello.dll) >"$tmp/hello.log" 2>&1 &
hello_pid=$!
pids+=("$hello_pid")
start_sched
python3 bench/probe.py wait "$hello_url/" --pid "$hello_pid" --timeout 60 >/dev/null || die "the hello app did not start"
python3 bench/probe.py wait "$base/login/" --pid "$sched_pid" --timeout 120 >/dev/null || die "Sched did not start (see $tmp/sched.log)"

# --- signing in through the login page -----------------------------------------------------------
# A Cookie header from a curl cookie jar (HttpOnly cookies are the lines marked #HttpOnly_).
jar_cookie() { awk -F'\t' 'NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }
form_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }

# sign_in NAME: sets cookie_NAME and token_NAME (a token from a signed-in page, valid with that cookie).
sign_in() {
  local name=$1 jar=$tmp/jar-$1 page=$tmp/page-$1.html location token
  curl -sf -c "$jar" -b "$jar" -o "$page" "$base/login/" || die "GET /login/ failed"
  token=$(form_token "$page")
  location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "ReturnUrl=" --data-urlencode "Email=bench-$name@example.com" \
    --data-urlencode "Password=$password" --data-urlencode "RememberMe=false" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/login/")
  [[ $location == 302\ */appointments/ ]] || die "signing in bench-$name@example.com answered '$location', not a redirect to /appointments/"
  curl -sf -b "$jar" -o "$page" "$base/appointments/create/" || die "GET /appointments/create/ as bench-$name failed"
  printf -v "cookie_$name" '%s' "$(jar_cookie "$jar")"
  printf -v "token_$name" '%s' "$(form_token "$page")"
}
step "signing in through POST /login/"
for user in list big mixed create; do sign_in "$user"; done

# An anonymous login page's token and cookie, replayed by the POST /login/ run.
curl -sf -c "$tmp/jar-anonymous" -o "$tmp/page-anonymous.html" "$base/login/" || die "GET /login/ failed"
cookie_anonymous=$(jar_cookie "$tmp/jar-anonymous")
token_anonymous=$(form_token "$tmp/page-anonymous.html")

sql() { sqlite3 -readonly "$tmp/sched.db" "$@"; }
user_id() { sql "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = upper('bench-$1@example.com');"; }
count_of() { sql "SELECT count(*) FROM Appointments WHERE OwnerId = '$(user_id "$1")';"; }

# --- seeding through POST /appointments/create/ --------------------------------------------------
# seed NAME COUNT TITLE: exactly COUNT more appointments for the user, through the real form.
seed_first=0
seed() {
  local name=$1 count=$2 title=$3 before cookie token wrk_pid out=$tmp/seed-$1-$2.txt
  before=$(count_of "$name")
  cookie=cookie_$name token=token_$name
  rm -rf "$tmp/done" && mkdir "$tmp/done"
  BENCH_COOKIE=${!cookie} BENCH_TOKEN=${!token} BENCH_THREADS=2 BENCH_QUOTA=$count BENCH_FIRST=$seed_first \
    BENCH_TITLE=$title BENCH_DONE_DIR=$tmp/done \
    wrk -t2 -c32 -d600s -s bench/lua/create.lua "$base" >"$out" 2>&1 &
  wrk_pid=$!
  pids+=("$wrk_pid")
  while kill -0 "$wrk_pid" 2>/dev/null && [ "$(find "$tmp/done" -type f | wc -l)" -lt 2 ]; do sleep 0.2; done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  seed_first=$((seed_first + count))
  grep -q '^BENCH_LUA unexpected=0$' "$out" || die "seeding $name: some creates failed ($(grep BENCH_LUA "$out" | tr '\n' ' '))"
  [ "$(count_of "$name")" -eq $((before + count)) ] ||
    die "seeding $name: expected $((before + count)) appointments, the database has $(count_of "$name")"
}
ids_of() { sql "SELECT Id FROM Appointments WHERE OwnerId = '$(user_id "$1")' ORDER BY Id;"; }

step "seeding: 50 appointments for bench-list, $big for bench-big, 50 for bench-mixed"
seed list 50 "Bench"
seed big "$big" "Bench"
seed mixed 50 "Bench"
mixed_ids=$(ids_of mixed | paste -sd, -)
detail_id=$(curl -sf -H "Cookie: $cookie_list" "$base/appointments/" | grep -o 'href="/appointments/[0-9]*/"' | head -n 1 | grep -o '[0-9]*')
[ -n "$detail_id" ] || die "no appointment link on bench-list's list page"

# --- measuring -----------------------------------------------------------------------------------
clk_tck=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
page_ok() { # page_ok COOKIE PATH: the page answers 200 to that session (or to nobody, given "")
  local header=() status
  [ -z "$1" ] || header=(-H "Cookie: $1")
  status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "${header[@]}" "$base$2")
  [ "$status" = "200 " ] || die "GET $2 answered '$status', not 200, for its session"
}

# measure NAME PID URL WRK-OPTIONS...: one wrk run, its output and the server's CPU time kept in raw/.
seq=0
measure() {
  local name=$1 pid=$2 url=$3 out before after
  shift 3
  seq=$((seq + 1))
  out=$raw/$(printf '%02d' "$seq")-$name.txt
  before=$(cpu_ticks "$pid")
  wrk "$@" --latency "$url" >"$out" 2>&1 || die "wrk failed on $name: $(tail -n 1 "$out")"
  after=$(cpu_ticks "$pid")
  echo "BENCH_RUN name=$name cpu_ticks=$((after - before)) clk_tck=$clk_tck" >>"$out"
  printf '   %-12s %s\n' "$name" "$(grep -o 'Requests/sec: *[0-9.]*' "$out" | tr -s ' ')"
}
hello() { measure hello "$hello_pid" "$hello_url/" -t2 -c32 -d"${duration}s"; }
# get NAME COOKIE PATH: a signed-in GET without a script, as the hello app is measured; the page
# is checked before and after, since wrk would count a redirect to /login/ as a success.
get() {
  page_ok "$2" "$3"
  measure "$1" "$sched_pid" "$base$3" -t2 -c32 -d"${duration}s" -H "Cookie: $2"
  page_ok "$2" "$3"
}

step "warm-up: ${warmup} s of the list, then a little of every other page"
wrk -t2 -c32 -d"${warmup}s" -H "Cookie: $cookie_list" "$base/appointments/" >"$tmp/warmup.txt" 2>&1 || die "warm-up failed"
short=$(( warmup / 6 > 2 ? warmup / 6 : 2 ))
for path in "/appointments/$detail_id/" "/login/"; do
  wrk -t2 -c32 -d"${short}s" -H "Cookie: $cookie_list" "$base$path" >/dev/null 2>&1 || die "warm-up failed"
done
wrk -t2 -c32 -d"${short}s" "$hello_url/" >/dev/null 2>&1 || die "warm-up failed"

# Deletes take ids from a pool that must outlast the mixed run: 5 % of it at three times the
# warm-up's list rate.
warm_rps=$(grep -o 'Requests/sec: *[0-9.]*' "$tmp/warmup.txt" | grep -o '[0-9.]*$') || die "the warm-up printed no rate"
pool=$(python3 -c "import math; print(max(200, math.ceil($warm_rps * $duration * 0.05 * 3)))")
step "seeding $pool more appointments for bench-mixed to delete"
seed mixed "$pool" "Delete me"
ids_of mixed | grep -vxF -f <(tr ',' '\n' <<<"$mixed_ids") >"$tmp/pool.txt" || true
[ "$(wc -l <"$tmp/pool.txt")" -eq "$pool" ] || die "the delete pool has $(wc -l <"$tmp/pool.txt") ids, not $pool"

step "measuring, ${duration} s a run, alternating with the hello app"
hello
get list "$cookie_list" /appointments/
hello
get big "$cookie_big" /appointments/
hello
get detail "$cookie_list" "/appointments/$detail_id/"
hello
page_ok "" /login/
measure login-get "$sched_pid" "$base/login/" -t2 -c32 -d"${duration}s"
hello
# The raw hash cost is taken just before and just after, under the same load on the machine as the
# sign-ins themselves (a CPU second on a busy shared machine is not a constant).
hash_ms=$(python3 bench/probe.py hash-cost)
BENCH_COOKIE=$cookie_anonymous BENCH_TOKEN=$token_anonymous BENCH_EMAIL=bench-login@example.com BENCH_PASSWORD=$password \
  measure login-post "$sched_pid" "$base" -t2 -c4 -d"${duration}s" -s bench/lua/login.lua
hash_ms="$hash_ms $(python3 bench/probe.py hash-cost)"
hello
BENCH_COOKIE=$cookie_create BENCH_TOKEN=$token_create BENCH_THREADS=1 BENCH_FIRST=100000 \
  measure create-1 "$sched_pid" "$base" -t1 -c1 -d"${duration}s" -s bench/lua/create.lua
hello
BENCH_COOKIE=$cookie_create BENCH_TOKEN=$token_create BENCH_THREADS=2 BENCH_FIRST=200000 \
  measure create-32 "$sched_pid" "$base" -t2 -c32 -d"${duration}s" -s bench/lua/create.lua
hello
BENCH_COOKIE=$cookie_mixed BENCH_TOKEN=$token_mixed BENCH_THREADS=2 BENCH_FIRST=300000 BENCH_IDS=$mixed_ids \
  BENCH_POOL=$tmp/pool.txt measure mixed "$sched_pid" "$base" -t2 -c32 -d"${duration}s" -s bench/lua/mixed.lua
hello
page_ok "$cookie_mixed" /appointments/

# --- runtime counters and RSS under the list load -------------------------------------------------
step "dotnet-counters: ${counters} s inside a run of the list"
seq=$((seq + 1))
out=$raw/$(printf '%02d' "$seq")-counters-load.txt
wrk -t2 -c32 -d"$((counters + 10))s" --latency -H "Cookie: $cookie_list" "$base/appointments/" >"$out" 2>&1 &
wrk_pid=$!
pids+=("$wrk_pid")
sleep 2
dotnet tool run dotnet-counters collect -p "$sched_pid" --counters System.Runtime --format json \
  --duration "$(printf '00:00:%02d' "$counters")" -o "$raw/counters.json" >"$tmp/counters.log" 2>&1 ||
  die "dotnet-counters failed (see $tmp/counters.log)"
grep VmRSS "/proc/$sched_pid/status" | awk '{ print "BENCH_RSS kb=" $2 }' >>"$raw/rss.txt"
wait "$wrk_pid" || die "wrk failed under dotnet-counters"

# --- cold start ----------------------------------------------------------------------------------
step "cold start: a new process on the same database, until bench-list's page answers 200"
kill "$sched_pid"
wait "$sched_pid" 2>/dev/null || true
started=$EPOCHREALTIME
start_sched
first_ms=$(python3 bench/probe.py wait "$base/appointments/" --cookie "$cookie_list" --since "$started" --pid "$sched_pid" --timeout 120) ||
  die "the restarted Sched did not serve the list (see $tmp/sched.log)"
seq=$((seq + 1))
wrk -t2 -c32 -d5s --latency -H "Cookie: $cookie_list" "$base/appointments/" >"$raw/$(printf '%02d' "$seq")-cold.txt" 2>&1 || die "wrk failed after the cold start"
echo "BENCH_COLD first_ms=$first_ms" >>"$raw/$(printf '%02d' "$seq")-cold.txt"

# --- report --------------------------------------------------------------------------------------
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" && $2 ~ /^10\./ { v = $2 } END { print v }')
# HEAD, and the commit that last changed the app's code (HEAD may only have touched bench/ or docs/).
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown) (src/ as of $(git log -1 --format=%h -- src 2>/dev/null || echo unknown))"
[ -z "$(git status --porcelain -- src 2>/dev/null)" ] || commit="$commit + uncommitted changes in src/"
{
  echo "quick=$quick"
  echo "duration=$duration"
  echo "warmup=$warmup"
  echo "counters=$counters"
  echo "users_list=$(count_of list)"
  echo "users_big=$(count_of big)"
  echo "mixed_stable=50"
  echo "mixed_pool=$pool"
  echo "runtime=$runtime"
  echo "sdk=$(dotnet --version)"
  echo "wrk=$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')"
  echo "commit=$commit"
  echo "hash_ms=$hash_ms"
  echo "loadavg=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$raw/meta.txt"

if $quick; then
  python3 bench/report.py collect "$raw" bench/results/quick.json
else
  python3 bench/report.py collect "$raw" bench/results/latest.json
  python3 bench/report.py render
fi

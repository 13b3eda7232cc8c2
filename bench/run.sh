#!/usr/bin/env bash
# The one benchmark command: publishes Sched and a bare Kestrel hello app in Release, seeds users
# through the real CLI and pages, and measures each path with wrk, alternating with the hello app
# so every figure is a share of this machine's ceiling measured in the same run. Also reads the
# runtime's counters under load, the RSS, and the cold start. Prints a table, saves
# bench/results/latest.json, and writes docs/benchmarks.md + docs/benchmarks.svg against
# bench/results/before.json.
#
#   bench/run.sh [--quick] [--duration S] [--warmup S] [--provider Sqlite|PostgreSQL] [--instances 1|2]
#
# --quick: 3 s per run, 3 s warm-up and 1,000 appointments for the big user, to try the script;
# it saves bench/results/quick*.json and leaves docs/ alone.
# --provider PostgreSQL: Sched on a throwaway PostgreSQL cluster started here instead of a SQLite
# file; saves bench/results/latest-postgresql.json.
# --instances 2 (PostgreSQL only): two Sched processes on two ports share that database; every
# measured run loads both at once, one wrk per instance with half the connections, started
# together; saves bench/results/latest-postgresql-x2.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C # a decimal point in $EPOCHREALTIME and in wrk's figures, whatever the locale

duration=15      # seconds per wrk run (the GUIDE's -d15s)
warmup=30        # seconds of the list before measuring
counters=10      # seconds of dotnet-counters under the list load
big=10000        # appointments of the big user
quick=false
provider=Sqlite
instances=1
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=true; duration=3; warmup=3; counters=3; big=1000 ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --provider) provider=$2; shift ;;
    --instances) instances=$2; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--duration SECONDS] [--warmup SECONDS] [--provider Sqlite|PostgreSQL] [--instances 1|2]" >&2
       exit 2 ;;
  esac
  shift
done

die() { echo "bench: $*" >&2; exit 1; }
step() { echo "== $*"; }

case ${provider,,} in
  sqlite) provider=Sqlite ;;
  postgresql) provider=PostgreSQL ;;
  *) die "--provider is Sqlite or PostgreSQL, not '$provider'" ;;
esac
case $instances in
  1) ;;
  2) [ "$provider" = PostgreSQL ] || die "--instances 2 needs --provider PostgreSQL (a SQLite file serves one instance)" ;;
  *) die "--instances is 1 or 2, not '$instances'" ;;
esac
# latest.json stays SQLite's (compared with before.json); the others get a suffix, quick runs too.
suffix=""
[ "$provider" = Sqlite ] || suffix=-postgresql
[ "$instances" -eq 1 ] || suffix=$suffix-x$instances

# --- tools -------------------------------------------------------------------------------------
pg_bin_dir() { local dir; for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && echo "$dir"; done | sort -V | tail -n 1; }
missing=()
for tool in wrk curl sqlite3 python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ "$provider" = PostgreSQL ] && { [ -z "$(pg_bin_dir)" ] || ! command -v psql >/dev/null; }; then missing+=(postgresql); fi
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
pg_data=""
# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || echo "bench: could not stop PostgreSQL in $pg_data" >&2
  fi
  # A run that went wrong, or in which Sched logged a failure, keeps its folder for a look at the log.
  if [ "$status" -eq 0 ] && ! grep -q "^fail:" "$tmp"/sched*.log 2>/dev/null; then
    rm -rf "$tmp"
  else
    local logs="Sched's logs: $tmp/sched*.log"
    [ -z "$pg_data" ] || logs="$logs; PostgreSQL's log: $tmp/pg/log"
    echo "bench: kept $tmp ($logs)" >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "publishing Sched and bench/Hello (Release)"
dotnet publish src/WebUI -c Release -o "$tmp/sched" --nologo >"$tmp/publish.log" 2>&1 ||
  die "publishing src/WebUI failed (see $tmp/publish.log)"
dotnet publish bench/Hello -c Release -o "$tmp/hello" --nologo >>"$tmp/publish.log" 2>&1 ||
  die "publishing bench/Hello failed (see $tmp/publish.log)"

read -r hello_port pg_port sched_ports < <(python3 bench/probe.py free-ports $((instances + 2)))
hello_url=http://127.0.0.1:$hello_port
bases=()
for port in $sched_ports; do bases+=("http://127.0.0.1:$port"); done
base=${bases[0]} # seeding, signing in and the cold start use the first instance

# Sched as an operator would run it, but on its own database and keys. The sign-in rate limit is
# raised for the benchmark only, so that POST /login/ can be measured at all.
sched_env=(
  ASPNETCORE_ENVIRONMENT=Production
  Sched__RateLimit__SignInPermitsPerMinute=1000000
)
if [ "$provider" = PostgreSQL ]; then
  # A throwaway cluster on a free loopback port. fsync and synchronous_commit stay on (the
  # defaults), so a create waits for its commit to reach the disk as on a real server; only
  # max_connections is raised, above two instances' Npgsql pools (100 connections each at most).
  pg_bin=$(pg_bin_dir)
  pg_data=$tmp/pg/data
  step "starting PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }') on port $pg_port"
  mkdir "$tmp/pg"
  chmod 711 "$tmp" # the postgres user reaches its own folder inside, and nothing else
  [ "$(id -u)" -ne 0 ] || chown postgres "$tmp/pg"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U sched --encoding=UTF8 --locale=C >"$tmp/pg-initdb.log" 2>&1 ||
    die "initdb failed (see $tmp/pg-initdb.log)"
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$tmp/pg/log" -w \
    -o "-p $pg_port -k $tmp/pg -c listen_addresses=127.0.0.1 -c max_connections=250" start >/dev/null ||
    die "PostgreSQL did not start (see $tmp/pg/log)"
  sched_env+=(
    Sched__Database__Provider=PostgreSQL
    "ConnectionStrings__Sched=Host=127.0.0.1;Port=$pg_port;Database=sched;Username=sched"
    # The schema is create-tables' job, as with several instances (the keys live in the database).
    Sched__Database__MigrateOnStartup=false
  )
else
  sched_env+=(
    "ConnectionStrings__Sched=Data Source=$tmp/sched.db"
    "Sched__DataProtection__KeysPath=$tmp/keys"
  )
fi
sched_cli() { (cd "$tmp/sched" && env "${sched_env[@]}" dotnet Sched.WebUI.dll "$@"); }
# start_sched N: instance N (1-based) on its port; its PID in sched_pids[N-1]. Instance 1 logs to
# sched.log, instance 2 to sched-2.log.
sched_pids=()
start_sched() {
  local n=$1 log=$tmp/sched.log
  [ "$n" -eq 1 ] || log=$tmp/sched-$n.log
  # The content root is the working directory: run from the publish folder, as a deployment would.
  (cd "$tmp/sched" && exec env "${sched_env[@]}" "ASPNETCORE_URLS=${bases[n - 1]}" dotnet Sched.WebUI.dll) >>"$log" 2>&1 &
  sched_pids[n - 1]=$!
  pids+=("$!")
}

# --- tables and users through the real CLI -------------------------------------------------------
password="bench password 1"
step "creating the tables with Sched.WebUI.dll create-tables"
sched_cli create-tables >>"$tmp/cli.log" 2>&1 || die "create-tables failed (see $tmp/cli.log)"
step "creating users with Sched.WebUI.dll create-user"
for user in list big mixed create login import; do
  sched_cli create-user --email "bench-$user@example.com" --password "$password" >>"$tmp/cli.log" 2>&1 ||
    die "create-user bench-$user@example.com failed (see $tmp/cli.log)"
done

(cd "$tmp/hello" && exec env ASPNETCORE_URLS="$hello_url" dotnet Hello.dll) >"$tmp/hello.log" 2>&1 &
hello_pid=$!
pids+=("$hello_pid")
for n in $(seq "$instances"); do start_sched "$n"; done
python3 bench/probe.py wait "$hello_url/" --pid "$hello_pid" --timeout 60 >/dev/null || die "the hello app did not start"
for n in $(seq "$instances"); do
  python3 bench/probe.py wait "${bases[n - 1]}/login/" --pid "${sched_pids[n - 1]}" --timeout 120 >/dev/null ||
    die "Sched instance $n did not start (see $tmp/sched*.log)"
done

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
for user in list big mixed create import; do sign_in "$user"; done

# An anonymous login page's token and cookie, replayed by the POST /login/ run.
curl -sf -c "$tmp/jar-anonymous" -o "$tmp/page-anonymous.html" "$base/login/" || die "GET /login/ failed"
cookie_anonymous=$(jar_cookie "$tmp/jar-anonymous")
token_anonymous=$(form_token "$tmp/page-anonymous.html")

# sql QUERY: one query, rows one a line. Quoted names read the same in SQLite and PostgreSQL.
if [ "$provider" = PostgreSQL ]; then
  sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U sched -d sched -c "$1"; }
else
  sql() { sqlite3 -readonly "$tmp/sched.db" "$1"; }
fi
user_id() { sql "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = upper('bench-$1@example.com');"; }
count_of() { sql "SELECT count(*) FROM \"Appointments\" WHERE \"OwnerId\" = '$(user_id "$1")';"; }

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
ids_of() { sql "SELECT \"Id\" FROM \"Appointments\" WHERE \"OwnerId\" = '$(user_id "$1")' ORDER BY \"Id\";"; }

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
page_ok() { # page_ok COOKIE PATH: the page answers 200 to that session (or to nobody, given "") on every instance
  local header=() status url
  [ -z "$1" ] || header=(-H "Cookie: $1")
  for url in "${bases[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "${header[@]}" "$url$2")
    [ "$status" = "200 " ] || die "GET $url$2 answered '$status', not 200, for its session"
  done
}

# load OUT THREADS CONNECTIONS SECONDS PATH [WRK-OPTIONS...]: wrk on Sched. With one instance, one
# wrk -tTHREADS -cCONNECTIONS; with two, one wrk per instance with half the threads and connections
# (at least one each), all started together, their outputs one after the other in OUT, each after a
# BENCH_INSTANCE line. The Lua scripts' BENCH_THREADS is set to each wrk's threads; each instance's
# creates number their rows from BENCH_FIRST + 50,000 × (instance - 1), and each takes its own
# share of BENCH_POOL's ids (BENCH_POOL.N, written by split_pool), so no id is deleted twice.
load() {
  local out=$1 threads=$2 connections=$3 seconds=$4 path=$5 n status=0 wrk_pids=()
  shift 5
  if [ "$instances" -eq 1 ]; then
    BENCH_THREADS=$threads wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@" "$base$path" >"$out" 2>&1 || return 1
    return 0
  fi
  threads=$(( threads / instances > 1 ? threads / instances : 1 ))
  connections=$(( connections / instances > 1 ? connections / instances : 1 ))
  for n in $(seq "$instances"); do
    BENCH_THREADS=$threads BENCH_FIRST=$(( ${BENCH_FIRST:-0} + 50000 * (n - 1) )) BENCH_POOL=${BENCH_POOL:+$BENCH_POOL.$n} \
      wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@" "${bases[n - 1]}$path" >"$out.$n" 2>&1 &
    wrk_pids+=("$!")
    pids+=("$!")
  done
  for n in "${!wrk_pids[@]}"; do wait "${wrk_pids[n]}" || status=1; done
  for n in $(seq "$instances"); do echo "BENCH_INSTANCE $n"; cat "$out.$n"; rm "$out.$n"; done >"$out"
  return "$status"
}
# The sum of the rates in a load's output (one per instance).
load_rps() { grep -o 'Requests/sec: *[0-9.]*' "$1" | awk '{ sum += $2 } END { if (NR) print sum; else exit 1 }'; }
# split_pool FILE: FILE.1, FILE.2, ... take every instances-th line of FILE each.
split_pool() { local n; for n in $(seq "$instances"); do awk -v k="$instances" -v n="$n" '(NR - 1) % k == n - 1' "$1" >"$1.$n"; done; }
sched_cpu_ticks() { local pid sum=0; for pid in "${sched_pids[@]}"; do sum=$((sum + $(cpu_ticks "$pid"))); done; echo "$sum"; }

# measure NAME THREADS CONNECTIONS PATH [WRK-OPTIONS...]: one measured load of Sched (every
# instance), its output, connections in all, and the servers' CPU time kept in raw/.
seq=0
measure() {
  local name=$1 threads=$2 connections=$3 path=$4 out before after
  shift 4
  seq=$((seq + 1))
  out=$raw/$(printf '%02d' "$seq")-$name.txt
  before=$(sched_cpu_ticks)
  load "$out" "$threads" "$connections" "$duration" "$path" "$@" || die "wrk failed on $name: $(tail -n 1 "$out")"
  after=$(sched_cpu_ticks)
  [ "$instances" -eq 1 ] || connections=$(( (connections / instances > 1 ? connections / instances : 1) * instances ))
  echo "BENCH_RUN name=$name cpu_ticks=$((after - before)) clk_tck=$clk_tck connections=$connections instances=$instances" >>"$out"
  printf '   %-12s Requests/sec: %s\n' "$name" "$(load_rps "$out")"
}
# The ceiling: the one hello app, always -t2 -c32.
hello() {
  local out before after
  seq=$((seq + 1))
  out=$raw/$(printf '%02d' "$seq")-hello.txt
  before=$(cpu_ticks "$hello_pid")
  wrk -t2 -c32 -d"${duration}s" --latency "$hello_url/" >"$out" 2>&1 || die "wrk failed on hello: $(tail -n 1 "$out")"
  after=$(cpu_ticks "$hello_pid")
  echo "BENCH_RUN name=hello cpu_ticks=$((after - before)) clk_tck=$clk_tck connections=32 instances=1" >>"$out"
  printf '   %-12s Requests/sec: %s\n' hello "$(load_rps "$out")"
}
# get NAME COOKIE PATH: a signed-in GET without a script, as the hello app is measured; the page
# is checked before and after, since wrk would count a redirect to /login/ as a success.
get() {
  page_ok "$2" "$3"
  measure "$1" 2 32 "$3" -H "Cookie: $2"
  page_ok "$2" "$3"
}

step "warm-up: ${warmup} s of the list, then a little of every other page"
load "$tmp/warmup.txt" 2 32 "$warmup" /appointments/ -H "Cookie: $cookie_list" || die "warm-up failed"
short=$(( warmup / 6 > 2 ? warmup / 6 : 2 ))
for path in "/appointments/$detail_id/" "/login/"; do
  load "$tmp/warmup-short.txt" 2 32 "$short" "$path" -H "Cookie: $cookie_list" || die "warm-up failed"
done
load "$tmp/warmup-short.txt" 2 32 "$short" /calendar/2030/02/ -H "Cookie: $cookie_big" || die "warm-up failed"
wrk -t2 -c32 -d"${short}s" "$hello_url/" >/dev/null 2>&1 || die "warm-up failed"

# Deletes take ids from a pool that must outlast the mixed run: 5 % of it at three times the
# warm-up's list rate (of all instances together).
warm_rps=$(load_rps "$tmp/warmup.txt") || die "the warm-up printed no rate"
pool=$(python3 -c "import math; print(max(200, math.ceil($warm_rps * $duration * 0.05 * 3)))")
step "seeding $pool more appointments for bench-mixed to delete"
seed mixed "$pool" "Delete me"
ids_of mixed | grep -vxF -f <(tr ',' '\n' <<<"$mixed_ids") >"$tmp/pool.txt" || true
[ "$(wc -l <"$tmp/pool.txt")" -eq "$pool" ] || die "the delete pool has $(wc -l <"$tmp/pool.txt") ids, not $pool"
split_pool "$tmp/pool.txt"

step "measuring, ${duration} s a run, alternating with the hello app$([ "$instances" -eq 1 ] || echo "; $instances instances loaded at once")"
hello
get list "$cookie_list" /appointments/
hello
get big "$cookie_big" /appointments/
hello
get month "$cookie_big" /calendar/2030/02/
hello
get detail "$cookie_list" "/appointments/$detail_id/"
hello
page_ok "" /login/
measure login-get 2 32 /login/
hello
# The raw hash cost is taken just before and just after, under the same load on the machine as the
# sign-ins themselves (a CPU second on a busy shared machine is not a constant).
hash_ms=$(python3 bench/probe.py hash-cost)
BENCH_COOKIE=$cookie_anonymous BENCH_TOKEN=$token_anonymous BENCH_EMAIL=bench-login@example.com BENCH_PASSWORD=$password \
  measure login-post 2 4 / -s bench/lua/login.lua
hash_ms="$hash_ms $(python3 bench/probe.py hash-cost)"
hello
BENCH_COOKIE=$cookie_create BENCH_TOKEN=$token_create BENCH_FIRST=100000 \
  measure create-1 1 1 / -s bench/lua/create.lua
hello
BENCH_COOKIE=$cookie_create BENCH_TOKEN=$token_create BENCH_FIRST=200000 \
  measure create-32 2 32 / -s bench/lua/create.lua
hello
BENCH_COOKIE=$cookie_mixed BENCH_TOKEN=$token_mixed BENCH_FIRST=300000 BENCH_IDS=$mixed_ids BENCH_POOL=$tmp/pool.txt \
  measure mixed 2 32 / -s bench/lua/mixed.lua
hello
page_ok "$cookie_mixed" /appointments/

# --- import ----------------------------------------------------------------------------------------
# A calendar file of as many events as the big user has appointments (10,000; 1,000 with --quick)
# through the real import form, as a browser sends it: the preview (upload, read, check, kept as a
# pending import), then its confirm (stored in one transaction), each timed by curl. Through the first
# instance, after the measured runs, so its writes disturb none of them.
step "import: a file of $big events through /appointments/import/, then its confirm"
import_bytes=$(python3 bench/probe.py calendar-file "$big" "$tmp/import.ics")
curl -sf -b "$tmp/jar-import" -c "$tmp/jar-import" -o "$tmp/import-form.html" "$base/appointments/import/" ||
  die "GET /appointments/import/ failed"
preview=$(curl -s -b "$tmp/jar-import" -c "$tmp/jar-import" -o "$tmp/import-preview.html" -w '%{http_code} %{time_total}' \
  -F "File=@$tmp/import.ics;type=text/calendar" -F "__RequestVerificationToken=$(form_token "$tmp/import-form.html")" \
  "$base/appointments/import/")
[[ $preview == 200\ * ]] || die "the import preview answered '${preview%% *}', not 200 (see $tmp/import-preview.html)"
pending=$(grep -o 'name="PendingImportId" value="[^"]*"' "$tmp/import-preview.html" | sed 's/.*value="//; s/"$//')
[ -n "$pending" ] || die "the import preview offers no confirm (see $tmp/import-preview.html)"
confirm=$(curl -s -b "$tmp/jar-import" -c "$tmp/jar-import" -o /dev/null -w '%{http_code} %{redirect_url} %{time_total}' \
  --data-urlencode "PendingImportId=$pending" --data-urlencode "__RequestVerificationToken=$(form_token "$tmp/import-preview.html")" \
  "$base/appointments/import/confirm/")
[[ $confirm == 302\ */appointments/\ * ]] || die "the import's confirm answered '$confirm', not a redirect to /appointments/"
[ "$(count_of import)" -eq "$big" ] || die "import: expected $big appointments, the database has $(count_of import)"
echo "BENCH_IMPORT events=$big bytes=$import_bytes preview_s=${preview##* } confirm_s=${confirm##* }" >"$raw/import.txt"
printf '   %-12s %s events, preview %s s, confirm %s s\n' import "$big" "${preview##* }" "${confirm##* }"

# --- runtime counters and RSS under the list load -------------------------------------------------
# With two instances both carry the list load; the counters and the RSS are the first instance's.
step "dotnet-counters: ${counters} s inside a run of the list"
seq=$((seq + 1))
out=$raw/$(printf '%02d' "$seq")-counters-load.txt
load "$out" 2 32 "$((counters + 10))" /appointments/ -H "Cookie: $cookie_list" &
load_pid=$!
pids+=("$load_pid")
sleep 2
dotnet tool run dotnet-counters collect -p "${sched_pids[0]}" --counters System.Runtime --format json \
  --duration "$(printf '00:00:%02d' "$counters")" -o "$raw/counters.json" >"$tmp/counters.log" 2>&1 ||
  die "dotnet-counters failed (see $tmp/counters.log)"
grep VmRSS "/proc/${sched_pids[0]}/status" | awk '{ print "BENCH_RSS kb=" $2 }' >>"$raw/rss.txt"
wait "$load_pid" || die "wrk failed under dotnet-counters"

# --- cold start ----------------------------------------------------------------------------------
# One process, so only in a one-instance run.
if [ "$instances" -eq 1 ]; then
  step "cold start: a new process on the same database, until bench-list's page answers 200"
  kill "${sched_pids[0]}"
  wait "${sched_pids[0]}" 2>/dev/null || true
  started=$EPOCHREALTIME
  start_sched 1
  first_ms=$(python3 bench/probe.py wait "$base/appointments/" --cookie "$cookie_list" --since "$started" --pid "${sched_pids[0]}" --timeout 120) ||
    die "the restarted Sched did not serve the list (see $tmp/sched.log)"
  seq=$((seq + 1))
  wrk -t2 -c32 -d5s --latency -H "Cookie: $cookie_list" "$base/appointments/" >"$raw/$(printf '%02d' "$seq")-cold.txt" 2>&1 || die "wrk failed after the cold start"
  echo "BENCH_COLD first_ms=$first_ms" >>"$raw/$(printf '%02d' "$seq")-cold.txt"
fi

# --- report --------------------------------------------------------------------------------------
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" && $2 ~ /^10\./ { v = $2 } END { print v }')
# HEAD, and the commit that last changed the app's code (HEAD may only have touched bench/ or docs/).
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown) (src/ as of $(git log -1 --format=%h -- src 2>/dev/null || echo unknown))"
[ -z "$(git status --porcelain -- src 2>/dev/null)" ] || commit="$commit + uncommitted changes in src/"
{
  echo "quick=$quick"
  echo "provider=$provider"
  echo "instances=$instances"
  [ "$provider" = Sqlite ] || echo "postgresql=$("$pg_bin/postgres" --version | awk '{ print $3 }')"
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
  python3 bench/report.py collect "$raw" "bench/results/quick$suffix.json"
else
  python3 bench/report.py collect "$raw" "bench/results/latest$suffix.json"
  python3 bench/report.py render
fi

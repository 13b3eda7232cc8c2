#!/usr/bin/env bash
# Sched's one test command: installs Chromium and PostgreSQL when missing, runs every test project
# (the integration suite on SQLite and again on PostgreSQL), and ends
# with one summary line "N passed, N failed[, N skipped]". Exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")"

results="TestResults"
rm -rf "$results"

# The browser tests drive Debian's Chromium (Playwright cannot download its own here).
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/lib/chromium/chromium ]; then
  echo "Installing Chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null
fi

# The PostgreSQL tests start throwaway clusters with Debian's PostgreSQL binaries (no Docker here).
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "Installing PostgreSQL for the PostgreSQL tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq postgresql >/dev/null
fi

dotnet tool restore >/dev/null
dotnet test Sched.sln --logger "trx" --results-directory "$results" "$@"
status=$?

# The integration suite once more, on PostgreSQL (a throwaway server the tests start themselves).
SCHED_TEST_PROVIDER=PostgreSQL dotnet test tests/WebUI.IntegrationTests --no-build \
  --logger "trx;LogFileName=integration-on-postgresql.trx" --results-directory "$results" "$@"
[ $? -eq 0 ] || status=1

sum() { grep -ho "<Counters [^>]*" "$results"/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(sum passed); failed=$(sum failed); skipped=$(sum notExecuted)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before running every test (exit $status)" >&2
  failed=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]

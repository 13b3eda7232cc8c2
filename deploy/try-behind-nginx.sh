#!/usr/bin/env bash
# Runs what docs/deploy.md describes, on this machine, and checks it: a throwaway PostgreSQL,
# create-tables once, two Sched instances on 127.0.0.1:5001 and :5002 that do not migrate, and nginx
# with deploy/nginx-sched.conf in front (TLS for sched.example, with a self-signed certificate made
# for the run). Everything it starts is stopped and removed at the end. Needs root: nginx binds ports
# 80 and 443, and PostgreSQL runs as the postgres user.
#
#   deploy/try-behind-nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
[ "$(id -u)" -eq 0 ] || { echo "deploy: run as root (nginx binds 80 and 443)" >&2; exit 1; }

missing=()
command -v nginx >/dev/null || missing+=(nginx)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v curl >/dev/null || missing+=(curl)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  service nginx stop >/dev/null 2>&1 || true # Debian starts its default site; this run brings its own
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

tmp=$(mktemp -d /tmp/sched-deploy.XXXXXX)
certs=/etc/ssl/sched
made_certs=false
pids=()
cleanup() {
  nginx -c "$tmp/nginx.conf" -s stop 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg/data" -m fast stop >/dev/null 2>&1 || true
  if $made_certs; then rm -rf "$certs"; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
check() { echo "ok: $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== publishing Sched (Release)"
dotnet publish src/WebUI -c Release -o "$tmp/app" >/dev/null

echo "== PostgreSQL: a throwaway cluster"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$tmp/pg" && chown postgres "$tmp" "$tmp/pg"
runuser -u postgres -- "$pgbin/initdb" -D "$tmp/pg/data" -A trust -U sched >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/log" -w \
  -o "-p $pgport -k $tmp/pg -c listen_addresses=127.0.0.1" start >/dev/null

export Sched__Database__Provider=PostgreSQL
export ConnectionStrings__Sched="Host=127.0.0.1;Port=$pgport;Database=sched;Username=sched"
cd "$tmp/app"

echo "== migrations, once, before any instance starts"
dotnet Sched.WebUI.dll create-tables
dotnet Sched.WebUI.dll create-user --email ada@example.com --password "correct horse battery"

echo "== two instances"
for port in 5001 5002; do
  ASPNETCORE_URLS=http://127.0.0.1:$port \
  Sched__Database__MigrateOnStartup=false \
  Sched__ForwardedHeaders__Enabled=true \
  Sched__Session__HttpsOnly=true \
  AllowedHosts=sched.example \
  Logging__Console__FormatterName=json \
    dotnet Sched.WebUI.dll >"$tmp/instance-$port.log" 2>&1 &
  pids+=($!)
done
for port in 5001 5002; do
  for _ in $(seq 1 100); do
    [ "$(curl -s -H 'Host: sched.example' "http://127.0.0.1:$port/healthz/ready" || true)" = Healthy ] && break
    sleep 0.2
  done
  [ "$(curl -s -H 'Host: sched.example' "http://127.0.0.1:$port/healthz/ready")" = Healthy ] || fail "instance on $port is not ready"
  check "instance on 127.0.0.1:$port answers /healthz/ready: Healthy"
done
echo "   its log, one JSON object per line: $(head -1 "$tmp/instance-5001.log")"

echo "== nginx with deploy/nginx-sched.conf"
if [ ! -f "$certs/sched.example.crt" ]; then
  mkdir -p "$certs" && made_certs=true
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=sched.example" -addext "subjectAltName=DNS:sched.example" \
    -keyout "$certs/sched.example.key" -out "$certs/sched.example.crt" 2>/dev/null
fi
cat >"$tmp/nginx.conf" <<EOF
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events { worker_connections 256; }
http {
    log_format upstream '\$request \$status upstream=\$upstream_addr';
    access_log $tmp/nginx-access.log upstream;
    include $repo/deploy/nginx-sched.conf;
}
EOF
nginx -t -q -c "$tmp/nginx.conf"
nginx -c "$tmp/nginx.conf"

site=(--resolve sched.example:443:127.0.0.1 --resolve sched.example:80:127.0.0.1 --cacert "$certs/sched.example.crt")
jar=$tmp/cookies
url=https://sched.example

[ "$(curl -s "${site[@]}" $url/healthz/ready)" = Healthy ] || fail "https://sched.example/healthz/ready through nginx: Healthy"
check "https://sched.example/healthz/ready through nginx: Healthy"
[ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "${site[@]}" http://sched.example/appointments/)" = "301 https://sched.example/appointments/" ] \
  || fail "plain http is sent to https"
check "plain http is sent to https"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: evil.example' http://127.0.0.1/appointments/ || true)
[ "$status" = 000 ] || fail "a request for another host name is closed unanswered by nginx"
check "a request for another host name is closed unanswered by nginx"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: evil.example' http://127.0.0.1:5001/appointments/)
[ "$status" = 400 ] || fail "an instance asked directly for another host name answers 400 (AllowedHosts)"
check "an instance asked directly for another host name answers 400 (AllowedHosts)"

token() { curl -s "${site[@]}" -c "$jar" -b "$jar" "$url$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
login=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "${site[@]}" -c "$jar" -b "$jar" \
  --data-urlencode Email=ada@example.com --data-urlencode "Password=correct horse battery" \
  --data-urlencode "__RequestVerificationToken=$(token /login/)" $url/login/)
[ "$login" = "302 https://sched.example/appointments/" ] || fail "login answered $login"
grep -q "__Host-sched" "$jar" || fail "no __Host-sched cookie"
check "signed in through nginx; the session cookie is __Host-sched (Secure: the instances trust X-Forwarded-Proto)"

created=$(curl -s -o /dev/null -w '%{http_code}' "${site[@]}" -c "$jar" -b "$jar" \
  --data-urlencode Title="Dentist" --data-urlencode Start=2031-03-04T09:30 --data-urlencode End=2031-03-04T10:30 \
  --data-urlencode "__RequestVerificationToken=$(token /appointments/create/)" $url/appointments/create/)
[ "$created" = 302 ] || fail "created an appointment through nginx"
check "created an appointment through nginx"
for _ in 1 2 3 4 5 6; do
  curl -s "${site[@]}" -b "$jar" $url/appointments/ | grep -q Dentist || fail "the list through nginx does not show the appointment"
done
served_by=$(grep "GET /appointments/ HTTP/[0-9.]* 200 " "$tmp/nginx-access.log" | grep -o "upstream=[0-9.:]*" | sort | uniq -c | tr -s ' ' | paste -sd, -)
check "six list requests all show it; nginx sent them to:$served_by"

kill -TERM "${pids[0]}"
wait "${pids[0]}" || fail "instance on 5001 exited with $? on SIGTERM"
check "instance on 5001 stopped on SIGTERM with exit code 0"
for _ in 1 2 3 4; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "${site[@]}" -b "$jar" $url/appointments/)" = 200 ] || fail "a request failed after 5001 stopped"
done
check "with 5001 gone, four more list requests all answered 200 (by 5002), signed in still"
grep -q '"LogLevel":"Error"\|"LogLevel":"Critical"' "$tmp"/instance-*.log && fail "an instance logged an error: $(cat "$tmp"/instance-*.log)"
check "neither instance logged an error"

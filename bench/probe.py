#!/usr/bin/env python3
"""Small measurements for bench/run.sh that wrk cannot make (standard library only).

  probe.py free-ports N              N different free loopback TCP ports
  probe.py wait URL [--cookie C] [--since T] [--pid P] [--timeout S]
                                     polls URL every 5 ms until it answers 200; prints the
                                     milliseconds since T (a Unix time, e.g. bash's
                                     $EPOCHREALTIME taken just before the process started)
  probe.py hash-cost                 CPU milliseconds of one ASP.NET Core Identity password hash
  probe.py calendar-file N PATH      writes an iCalendar file of N one-hour events (UTC, CRLF) to
                                     PATH for the import step; prints its size in bytes

Polling from Python rather than a curl loop keeps the prober's own CPU use negligible while the
2-core machine starts the app, and gives millisecond resolution.
"""

import argparse
import hashlib
import http.client
import os
import socket
import sys
import time
import urllib.parse


def free_ports(count):
    # All held open together, so the ports differ.
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    print(" ".join(str(s.getsockname()[1]) for s in sockets))
    for s in sockets:
        s.close()


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def wait(url, cookie, since, pid, timeout):
    parts = urllib.parse.urlsplit(url)
    path = parts.path or "/"
    headers = {"Cookie": cookie} if cookie else {}
    start = since if since is not None else time.time()
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if pid is not None and not alive(pid):
            sys.exit(f"bench: the process {pid} exited before {url} answered 200 ({last})")
        try:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            connection.request("GET", path, headers=headers)
            status = connection.getresponse().status
            connection.close()
            if status == 200:
                print(round((time.time() - start) * 1000))
                return
            last = f"status {status}"
        except OSError as error:
            last = str(error)
        time.sleep(0.005)
    sys.exit(f"bench: {url} did not answer 200 within {timeout} s ({last})")


def hash_cost():
    # ASP.NET Core Identity's default (PasswordHasher V3): PBKDF2 with HMAC-SHA512, 100,000
    # iterations, 128-bit salt, 256-bit subkey. Python and .NET both call OpenSSL for it on Linux.
    # CPU time, not wall time, so other load on the machine does not inflate it.
    costs = []
    for _ in range(7):
        start = time.process_time()
        hashlib.pbkdf2_hmac("sha512", b"bench password 1", os.urandom(16), 100_000, dklen=32)
        costs.append(time.process_time() - start)
    print(f"{sorted(costs)[len(costs) // 2] * 1000:.1f}")


def calendar_file(count, path):
    # As small as a real event gets (UID, SUMMARY, DTSTART, DURATION), so 10,000 fit in the
    # import's default limit of 1 MB; one a day from 2031 at 09:00 UTC.
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sched//bench//EN"]
    for i in range(count):
        day = time.gmtime(1924992000 + i * 86400)  # 2031-01-01
        lines += ["BEGIN:VEVENT", f"UID:b{i}@sched", f"SUMMARY:Event {i}",
                  time.strftime("DTSTART:%Y%m%dT090000Z", day), "DURATION:PT1H", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    content = ("\r\n".join(lines) + "\r\n").encode()
    with open(path, "wb") as file:
        file.write(content)
    print(len(content))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("free-ports").add_argument("count", type=int)
    waiting = commands.add_parser("wait")
    waiting.add_argument("url")
    waiting.add_argument("--cookie")
    waiting.add_argument("--since", type=float)
    waiting.add_argument("--pid", type=int)
    waiting.add_argument("--timeout", type=float, default=120)
    commands.add_parser("hash-cost")
    calendar = commands.add_parser("calendar-file")
    calendar.add_argument("count", type=int)
    calendar.add_argument("path")
    args = parser.parse_args()
    if args.command == "free-ports":
        free_ports(args.count)
    elif args.command == "wait":
        wait(args.url, args.cookie, args.since, args.pid, args.timeout)
    elif args.command == "calendar-file":
        calendar_file(args.count, args.path)
    else:
        hash_cost()


if __name__ == "__main__":
    main()

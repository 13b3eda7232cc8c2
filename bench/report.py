#!/usr/bin/env python3
"""Turns bench/run.sh's raw output into figures, and figures into docs (standard library only).

  report.py collect RAWDIR OUT.json   parse wrk output, dotnet-counters JSON and run facts; save
                                      OUT.json and print the table
  report.py table RESULTS.json        print the table of a saved run
  report.py render [--before F] [--after F] [--postgresql F] [--postgresql-x2 F] [--md F] [--svg F]
                                      write docs/benchmarks.md and docs/benchmarks.svg from
                                      bench/results/before.json and bench/results/latest.json
                                      (SQLite), beside latest-postgresql.json and
                                      latest-postgresql-x2.json when they exist

Every Sched figure is divided by the hello app's rate measured just before and just after it in
the same run, so a busy or slow machine moves both sides of the ratio together.
"""

import argparse
import html
import json
import os
import platform
import re
import statistics
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The measured paths in run order: key (the raw file's name), label, wrk connections.
PATHS = [
    ("list", "GET /appointments/ ({list} appointments, first page)", 32),
    ("big", "GET /appointments/ ({big} appointments, first page)", 32),
    ("month", "GET /calendar/2030/02/ (the month view of the {big}-appointment user)", 32),
    ("detail", "GET /appointments/{{id}}/", 32),
    ("login-get", "GET /login/ (anonymous)", 32),
    ("login-post", "POST /login/ (valid password)", 4),
    ("create-1", "POST /appointments/create/", 1),
    ("create-32", "POST /appointments/create/", 32),
    ("mixed", "mixed: 80 % list/detail, 15 % create/edit, 5 % delete", 32),
]

# The .NET 10 runtime's counters (System.Runtime meter) that the report reads.
COUNTERS = {
    "alloc": "dotnet.gc.heap.total_allocated",
    "jit": "dotnet.jit.compiled_methods",
    "gc": "dotnet.gc.collections",
    "locks": "dotnet.monitor.lock_contentions",
}

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(text):
    """The figures of one measured run, plus the BENCH_* lines run.sh adds. A run of several Sched
    instances holds one wrk output per instance, each after a BENCH_INSTANCE line: their rates,
    requests, errors and Lua counts are summed, and the slower instance's p50 and p99 are taken."""
    sections = re.split(r"^BENCH_INSTANCE \d+\n", text, flags=re.M)[1:] or [text]
    each = [parse_one_wrk(section) for section in sections]
    run = {}
    for key in ("rps", "requests"):
        if all(key in r for r in each):
            run[key] = sum(r[key] for r in each)
    for key in ("p50_ms", "p99_ms"):
        if all(key in r for r in each):
            run[key] = max(r[key] for r in each)
    for key in ("non2xx", "socket_errors", "timeouts"):
        run[key] = sum(r[key] for r in each)
    if all("lua" in r for r in each):
        run["lua"] = {k: sum(r["lua"].get(k, 0) for r in each) for k in each[0]["lua"]}
    if last := next((r["last_unexpected"] for r in each if "last_unexpected" in r), None):
        run["last_unexpected"] = last
    if len(each) > 1:
        run["instance_rps"] = [r.get("rps") for r in each]
    if m := re.search(r"^BENCH_RUN name=(\S+) cpu_ticks=(\d+) clk_tck=(\d+)(.*)$", text, re.M):
        seconds = int(m.group(2)) / int(m.group(3))
        if run.get("requests"):
            run["cpu_us_per_request"] = seconds / run["requests"] * 1e6
        extra = dict(pair.split("=") for pair in m.group(4).split())
        if "connections" in extra:
            run["connections"] = int(extra["connections"])
    if m := re.search(r"^BENCH_COLD first_ms=(\d+)$", text, re.M):
        run["first_ms"] = int(m.group(1))
    # Errors: answers a browser would not call success, plus broken sockets. The Lua scripts'
    # count includes wrk's non-2xx/3xx, and adds forms shown again and redirects to /login/.
    bad = run["lua"]["unexpected"] if "lua" in run else run["non2xx"]
    run["errors"] = bad + run["socket_errors"]
    return run


def parse_one_wrk(text):
    """The figures of one wrk process's output (with --latency), plus the BENCH_LUA lines of the scripts."""
    run = {}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        run["rps"] = float(m.group(1))
    if m := re.search(r"(\d+) requests in ([\d.]+)(\w+)", text):
        run["requests"] = int(m.group(1))
    for pct, key in (("50", "p50_ms"), ("99", "p99_ms")):
        if m := re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M):
            run[key] = float(m.group(1)) * UNITS[m.group(2)]
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    run["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    run["socket_errors"] = sum(int(g) for g in m.groups()) if m else 0
    run["timeouts"] = int(m.group(4)) if m else 0
    if m := re.search(r"^BENCH_LUA (.*)$", text, re.M):
        run["lua"] = {k: int(v) for k, v in (pair.split("=") for pair in m.group(1).split())}
    if m := re.search(r"^BENCH_LUA_LAST_UNEXPECTED (.*)$", text, re.M):
        run["last_unexpected"] = m.group(1).strip()
    return run


def machine_facts():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    os_name = platform.system()
    if Path("/etc/os-release").exists():
        if m := re.search(r'^PRETTY_NAME="?([^"\n]*)', Path("/etc/os-release").read_text(), re.M):
            os_name = m.group(1)
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "os": f"{os_name}, kernel {platform.release()}"}


def counter_means(path):
    """Mean of each rate counter over the window (the first sample, which covers attaching, is dropped)."""
    events = json.loads(Path(path).read_text())["Events"]
    series = {}
    for event in events:
        name = event["name"].split(" ")[0]
        key = name
        if name == COUNTERS["gc"]:
            key = f"{name}[{event['tags'].split('=')[-1]}]"
        series.setdefault(key, []).append(event["value"])
    return {key: statistics.mean(values[1:] or values) for key, values in series.items()}


def collect(raw_dir, out):
    raw = Path(raw_dir)
    meta = dict(line.split("=", 1) for line in (raw / "meta.txt").read_text().splitlines() if "=" in line)
    runs = []
    for file in sorted(raw.glob("[0-9][0-9]-*.txt")):
        run = parse_wrk(file.read_text())
        run["name"] = file.stem.split("-", 1)[1]
        runs.append(run)

    hello = [r for r in runs if r["name"] == "hello"]
    labels = {"list": f"{int(meta['users_list']):,}", "big": f"{int(meta['users_big']):,}"}
    paths = []
    for key, label, connections in PATHS:
        index = next((i for i, r in enumerate(runs) if r["name"] == key), None)
        if index is None:
            continue
        run = runs[index]
        # The hello runs adjacent to this one in the alternation.
        around = [r["rps"] for r in (runs[index - 1] if index > 0 else None,
                                     runs[index + 1] if index + 1 < len(runs) else None)
                  if r and r["name"] == "hello"]
        # Two instances count the connections of both wrk processes (a single connection each
        # for create-1); older raw output has no count and ran the table's.
        run.update(key=key, label=label.format(**labels), connections=run.get("connections", connections),
                   hello_rps=statistics.mean(around), share=run["rps"] / statistics.mean(around) * 100)
        paths.append(run)

    by_key = {p["key"]: p for p in paths}
    load = next(r for r in runs if r["name"] == "counters-load")
    # The counters and RSS are the first instance's, so its own rate is the divisor.
    load_rps = load["instance_rps"][0] if "instance_rps" in load else load["rps"]
    means = counter_means(raw / "counters.json")
    rss_kb = int(re.search(r"kb=(\d+)", (raw / "rss.txt").read_text()).group(1))
    cold = next((r for r in runs if r["name"] == "cold"), None)  # one-instance runs only
    login = by_key.get("login-post")
    hash_samples = [float(v) for v in meta["hash_ms"].split()]
    hash_ms = statistics.mean(hash_samples)

    imported = None
    if (raw / "import.txt").exists():
        line = re.search(r"^BENCH_IMPORT (.*)$", (raw / "import.txt").read_text(), re.M).group(1)
        figures = dict(pair.split("=") for pair in line.split())
        imported = {"events": int(figures["events"]), "bytes": int(figures["bytes"]),
                    "preview_s": float(figures["preview_s"]), "confirm_s": float(figures["confirm_s"])}

    results = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_facts() | {
            "dotnet_runtime": meta["runtime"], "sdk": meta["sdk"], "wrk": meta["wrk"],
            "commit": meta["commit"], "loadavg_at_end": meta["loadavg"]},
        "settings": {
            "quick": meta["quick"] == "true", "duration_s": int(meta["duration"]),
            "provider": meta.get("provider", "Sqlite"), "instances": int(meta.get("instances", 1)),
            "postgresql": meta.get("postgresql"),
            "warmup_s": int(meta["warmup"]), "counters_s": int(meta["counters"]),
            "appointments": {"list": int(meta["users_list"]), "big": int(meta["users_big"]),
                             "mixed": int(meta["mixed_stable"]), "delete_pool": int(meta["mixed_pool"])}},
        "hello": {"runs": [round(r["rps"]) for r in hello], "rps": statistics.mean(r["rps"] for r in hello),
                  "p50_ms": statistics.median(r["p50_ms"] for r in hello),
                  "p99_ms": statistics.median(r["p99_ms"] for r in hello),
                  "errors": sum(r["errors"] for r in hello),
                  "cpu_us_per_request": statistics.median(r["cpu_us_per_request"] for r in hello)},
        "paths": paths,
        "runtime": {
            "counters": sorted(means),
            "rps": load_rps,
            "alloc_bytes_per_s": means.get(COUNTERS["alloc"]),
            "alloc_bytes_per_request": means[COUNTERS["alloc"]] / load_rps if COUNTERS["alloc"] in means else None,
            "jit_methods_per_s": means.get(COUNTERS["jit"]),
            "gen0_per_s": means.get(f"{COUNTERS['gc']}[gen0]"),
            "gen1_per_s": means.get(f"{COUNTERS['gc']}[gen1]"),
            "gen2_per_s": means.get(f"{COUNTERS['gc']}[gen2]"),
            "lock_contentions_per_s": means.get(COUNTERS["locks"]),
            "rss_mb": rss_kb / 1024},
        "cold_start": {"first_page_ms": cold["first_ms"], "first_5s_rps": cold["rps"],
                       "share_of_steady": cold["rps"] / by_key["list"]["rps"] * 100 if "list" in by_key else None}
        if cold else None,
        "login": {"hash_ms": hash_ms, "hash_ms_before_and_after": hash_samples,
                  "cpu_ms_per_login": login["cpu_us_per_request"] / 1000 if login else None,
                  "ratio_to_hash": login["cpu_us_per_request"] / 1000 / hash_ms if login else None},
        "import": imported,
    }
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(results, indent=1) + "\n")
    print(table(results))
    print(f"\nSaved {os.path.relpath(out)}")
    bad = [p["label"] for p in paths if p["errors"]]
    if bad:
        print(f"bench: errors on {', '.join(bad)}", file=sys.stderr)


# --- formatting ------------------------------------------------------------------------------------

def ms(value):
    if value is None:
        return "–"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"


def share(value):
    if value is None:
        return "–"
    return f"{value:.2g} %" if value < 0.1 else f"{value:.2f} %" if value < 10 else f"{value:.1f} %"


def cpu(us):
    return ms(us / 1000) if us >= 1000 else f"{us:.0f} µs"


def rows(results):
    """The table's rows: the ceiling first, then each path."""
    h = results["hello"]
    yield ("hello app (the ceiling)", 32, f"{h['rps']:,.0f}", ms(h["p50_ms"]), ms(h["p99_ms"]), h["errors"],
           "100 %", cpu(h["cpu_us_per_request"]))
    for p in results["paths"]:
        yield (p["label"], p["connections"], f"{p['rps']:,.0f}", ms(p.get("p50_ms")), ms(p.get("p99_ms")),
               p["errors"], share(p["share"]), cpu(p["cpu_us_per_request"]))


HEADER = ("path", "conns", "rps", "p50", "p99", "errors", "% of hello", "server CPU/request")


def notes(results):
    """The figures that are not one row per path, as sentences."""
    r, c, login, s = results["runtime"], results["cold_start"], results["login"], results["settings"]
    instances = s.get("instances", 1)
    out = []
    if instances > 1:
        out.append(f"{instances} Sched processes on one PostgreSQL database, loaded at once: each row's rps, errors and "
                   f"requests are the sum over one wrk per instance (half the threads and connections each, started "
                   f"together), p50 and p99 the slower instance's, server CPU both processes' over all requests.")
    if r["alloc_bytes_per_request"] is not None:
        whose = f"the first of the {instances} instances, at its " if instances > 1 else ""
        out.append(f"Under the list ({s['appointments']['list']}) load, {whose}{r['rps']:,.0f} rps: "
                   f"{r['alloc_bytes_per_request'] / 1024:,.0f} KB allocated per request "
                   f"({r['alloc_bytes_per_s'] / 1e6:,.0f} MB/s), JIT {r['jit_methods_per_s']:.0f} methods compiled/s, "
                   f"GCs {r['gen0_per_s']:.1f}/s of gen0, {r['gen1_per_s']:.1f}/s of gen1, {r['gen2_per_s']:.1f}/s of gen2, "
                   f"lock contentions {r['lock_contentions_per_s']:.1f}/s, RSS {r['rss_mb']:.0f} MB.")
    if c:
        out.append(f"Cold start: the first signed-in list answered {c['first_page_ms']:,} ms after the process started; "
                   f"the first 5 s ran at {c['first_5s_rps']:,.0f} rps, {share(c['share_of_steady'])} of the steady list rate.")
    else:
        out.append("Cold start is one process's figure: see the one-instance runs.")
    if login["cpu_ms_per_login"] is not None:
        out.append(f"POST /login/ is bounded by PBKDF2 (measured with 4 connections): {login['cpu_ms_per_login']:.0f} ms "
                   f"of server CPU per sign-in = {login['ratio_to_hash']:.2f}× one password hash "
                   f"({login['hash_ms']:.0f} ms CPU, PBKDF2-HMAC-SHA512, 100,000 iterations; "
                   f"{' and '.join(f'{v:.0f}' for v in login.get('hash_ms_before_and_after', []))} ms "
                   f"just before and after the run).")
    if imp := results.get("import"):
        out.append(f"Import: a file of {imp['events']:,} events ({imp['bytes'] / 1024:,.0f} KB) through `/appointments/import/`: "
                   f"the preview (upload, read, check, kept as a pending import) took {imp['preview_s']:.2f} s, the confirm "
                   f"(stored in one transaction) {imp['confirm_s']:.2f} s; {imp['preview_s'] + imp['confirm_s']:.2f} s in all.")
    for p in results["paths"]:
        if p["errors"]:
            timeouts = p.get("timeouts", 0)
            kinds = [f"{timeouts} timeout{'s' * (timeouts != 1)} (no answer within wrk's 2 s)" if timeouts else "",
                     f"{p['socket_errors'] - timeouts} other socket errors" if p["socket_errors"] > timeouts else "",
                     f"{p['lua']['unexpected'] if 'lua' in p else p['non2xx']} answers that were not a success"
                     if p["errors"] > p["socket_errors"] else ""]
            out.append(f"Errors on {p['label']} ({p['connections']} conn.): {' and '.join(k for k in kinds if k)}"
                       f"{'; the last: ' + p['last_unexpected'] if p.get('last_unexpected') else ''}.")
    by_key = {p["key"]: p for p in results["paths"]}
    if "month" in by_key and "big" in by_key:
        month, big = by_key["month"], by_key["big"]
        out.append(f"The month view of the user with {s['appointments']['big']:,} appointments costs "
                   f"{month['cpu_us_per_request'] / big['cpu_us_per_request']:.2f}× the server CPU per request of that "
                   f"user's list page ({big['rps'] / month['rps']:.2f}× in rps); the target is at most 2×.")
    mixed = next((p for p in results["paths"] if p["key"] == "mixed"), None)
    if mixed and "lua" in mixed:
        lua = mixed["lua"]
        total = sum(lua[k] for k in ("list", "detail", "create", "edit", "delete", "delete_short")) or 1
        mix = ", ".join(f"{lua[k] / total * 100:.0f} % {k}" for k in ("list", "detail", "create", "edit", "delete"))
        short = f"; {lua['delete_short']} deletes found the pool empty and read the list instead" if lua["delete_short"] else ""
        out.append(f"The mixed load sent {mix}{short}.")
    return out


def setup(results):
    """The database and the number of Sched processes: "SQLite", "PostgreSQL 15.18 ×2"."""
    s = results["settings"]
    name = "SQLite" if s.get("provider", "Sqlite") == "Sqlite" else f"PostgreSQL {s.get('postgresql') or ''}".strip()
    return name + (f" ×{s['instances']}" if s.get("instances", 1) > 1 else "")


def table(results):
    m, s = results["machine"], results["settings"]
    widths = [max(len(str(row[i])) for row in [HEADER, *rows(results)]) for i in range(len(HEADER))]
    line = lambda row: "  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w)
                                 for i, (v, w) in enumerate(zip(row, widths)))
    out = [f"Sched benchmark ({setup(results)}), {results['date']}, commit {m['commit']}: {m['cores']} cores, "
           f".NET {m['dotnet_runtime']}, wrk {s['duration_s']} s a run{' (QUICK: not for comparison)' if s['quick'] else ''}",
           line(HEADER), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in rows(results)]
    out.append("")
    out += notes(results)
    return "\n".join(out)


# --- docs --------------------------------------------------------------------------------------------

def md_table(results):
    out = ["| " + " | ".join(HEADER) + " |", "|---|" + "---:|" * (len(HEADER) - 1)]
    for row in rows(results):
        out.append("| " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(out)


def svg(runs):
    """Horizontal bars: each path's share of the hello app, one bar per run (before grey, after blue)."""
    series = [(name, run, colour) for (name, run), colour in zip(runs, ("#9aa0a6", "#1a73e8"))]
    labels = [(p["key"], f"{p['label']} ({p['connections']} conn.)") for p in runs[0][1]["paths"]]
    value = {name: {p["key"]: p["share"] for p in run["paths"]} for name, run, _ in series}
    top = max(v for vals in value.values() for v in vals.values())
    left, width, bar, gap = 390, 330, 14, 14
    group = bar * len(series) + gap
    top_y = 40 + 18 * len(series)  # below the title and one legend line per run
    height = top_y + group * len(labels) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           "<!-- Written by bench/report.py from bench/results/*.json; the chart of docs/benchmarks.md. -->",
           '<rect width="100%" height="100%" fill="#fff"/>',
           f'<text x="10" y="20" font-size="14" font-weight="bold">Sched: rps as a share of a bare Kestrel hello '
           f'app in the same run</text>']
    for i, (name, run, colour) in enumerate(series):
        out.append(f'<rect x="10" y="{32 + 18 * i}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="26" y="{42 + 18 * i}">{html.escape(name)}: commit {html.escape(run["machine"]["commit"])}, '
                   f'{run["date"]}</text>')
    y = top_y
    for key, label in labels:
        out.append(f'<text x="{left - 8}" y="{y + bar * len(series) / 2 + 4}" text-anchor="end">{html.escape(label)}</text>')
        for i, (name, _, colour) in enumerate(series):
            v = value[name].get(key)
            if v is None:
                continue
            w = max(1.0, v / top * width)
            out.append(f'<rect x="{left}" y="{y + i * bar}" width="{w:.1f}" height="{bar - 2}" fill="{colour}"/>')
            out.append(f'<text x="{left + w + 4:.1f}" y="{y + i * bar + bar - 4}">{share(v)}</text>')
        y += group
    out.append(f'<line x1="{left}" y1="{top_y - 6}" x2="{left}" y2="{y - gap + 4}" stroke="#333"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def method(results):
    s = results["settings"]
    a = s["appointments"]
    return f"""- Both apps are published in Release (`dotnet publish -c Release`) and run side by side on loopback: Sched
  in the Production environment on its own temporary SQLite file and keys folder, and the hello app
  (`bench/Hello`: `WebApplication.CreateSlimBuilder`, logging cleared, `MapGet("/", () => "Hello World!")`).
  The hello app is this machine's ceiling for one HTTP response.
- Users are made with `Sched.WebUI.dll create-user` and sign in through `POST /login/`. Appointments are
  created through the real `POST /appointments/create/` form (wrk with `bench/lua/create.lua`, one
  antiforgery token replayed with its cookie): {a['list']:,} for the list user, {a['big']:,} for the big
  user, {a['mixed']} for the mixed-load user plus {a['delete_pool']:,} for it to delete. Each count is
  checked in the database afterwards.
- Warm-up: {s['warmup_s']} s of the list, then a few seconds each of the detail page, `GET /login/` and
  the hello app.
- Load: wrk {results['machine']['wrk']} on the same machine, `-t2 -c32 -d{s['duration_s']}s --latency`, except
  `POST /login/` (`-t2 -c4`: every sign-in costs a PBKDF2 hash, so more connections only queue) and the
  single-connection create (`-t1 -c1`). The runs alternate: hello, path, hello, path, …, hello; each path's
  share is its rps divided by the mean of the two hello runs beside it.
- Errors: socket errors plus answers that are not a success — a status outside 2xx/3xx (wrk's
  "Non-2xx or 3xx responses"), and for the scripted runs also a POST answered with its form again (a
  validation error) or a redirect to `/login/`. GET runs without a script check their page answers 200
  before and after.
- Server CPU per request: the process's user + system CPU time over the run (`/proc/PID/stat`) divided by
  the requests wrk completed.
- The mixed load (`bench/lua/mixed.lua`) is one user: about 40 % list, 40 % detail, 8 % create, 7 % edit
  and 5 % `POST /appointments/{{id}}/delete/`, each id deleted once (the pool is split between wrk's threads).
- Runtime counters: `dotnet-counters collect --counters System.Runtime --format json` for {s['counters_s']} s inside a
  run of the list; means of `dotnet.gc.heap.total_allocated`, `dotnet.jit.compiled_methods`,
  `dotnet.gc.collections` (gen0/1/2) and `dotnet.monitor.lock_contentions`; bytes per request divide the
  allocation rate by that run's rps. RSS is `VmRSS` from `/proc/PID/status` at the end of the window.
- Cold start: Sched is stopped and started again on the same database and keys; the time runs from the
  process start until the list, asked for every 5 ms with a session cookie from before, answers 200. wrk
  then runs 5 s at once; its rps is compared with the steady list run.
- Import: `bench/probe.py calendar-file` writes one event a day (UID, SUMMARY, DTSTART in UTC, DURATION) for as
  many days as the big user has appointments; a user of its own posts it to `/appointments/import/` with curl
  (multipart, as a browser's file input sends it), then posts the preview's confirm. Each is timed by curl
  (`time_total`, the request sent to the last byte of the answer) after the measured runs, and the count
  stored is checked in the database.
- Raw password hash: ASP.NET Core Identity's default, PBKDF2-HMAC-SHA512 with 100,000 iterations, timed
  in CPU time with Python's `hashlib` (which calls the same OpenSSL as .NET on Linux) just before and
  just after the `POST /login/` run; the ratio is the server's CPU per sign-in over that cost.
- `Sched:RateLimit:SignInPermitsPerMinute` is raised to 1,000,000 for the benchmark only, so that
  `POST /login/` can be measured; everything else is the app's own configuration.
- PostgreSQL (`--provider PostgreSQL`): a throwaway cluster of Debian's PostgreSQL started by the script
  (`initdb`, `pg_ctl`) on a free loopback port, with its default durability settings (fsync and
  synchronous commit on) and `max_connections` 250. `create-tables` makes the schema and Sched runs with
  `Sched:Database:MigrateOnStartup=false`, as several instances should; its Data Protection keys live in
  the database. Seeding counts and ids are read with `psql` instead of `sqlite3`.
- Two instances (`--instances 2`): two Sched processes on two ports and the one database. Users sign in
  and are seeded through the first; every measured run loads both at once with one wrk per instance
  (`-t1`, half the connections; `POST /appointments/create/` at 1 connection runs 1 per instance),
  started together. Rates, requests, errors and CPU are summed; p50 and p99 are the slower instance's.
  Each instance deletes its own half of the pool. The runtime counters and RSS are the first
  instance's under that load; there is no cold start row.
- The machine is shared (builds and other load run beside it), so absolute rps move from run to run;
  the share of hello from the same run is the figure to compare."""


def providers_table(columns):
    """One row per path; for each setup (SQLite, PostgreSQL, PostgreSQL ×2) its rps, p99 and share of hello."""
    present = [(name, run) for name, run in columns if run]
    head = "| path | conns | " + " | ".join(f"{name}: rps | p99 | % of hello" for name, _ in columns) + " |"
    out = [head, "|---|---:|" + "---:|---:|---:|" * len(columns)]
    keys = []
    for _, run in present:
        keys += [p["key"] for p in run["paths"] if p["key"] not in keys]
    for key in keys:
        found = [next((p for p in run["paths"] if p["key"] == key), None) if run else None for _, run in columns]
        first = next(p for p in found if p)
        conns = []
        for (name, _), p in zip(columns, found):
            if p and p["connections"] != first["connections"]:
                conns.append(f"{name}: {p['connections']}")
        cells = []
        for p in found:
            if p is None:
                cells += ["–"] * 3
            else:
                errors = f" ({p['errors']:,} error{'s' * (p['errors'] != 1)})" if p["errors"] else ""
                cells += [f"{p['rps']:,.0f}{errors}", ms(p.get("p99_ms")), share(p["share"])]
        conn_cell = str(first["connections"]) + (f" ({'; '.join(conns)})" if conns else "")
        out.append(f"| {first['label']} | {conn_cell} | " + " | ".join(cells) + " |")
    hello = []
    for _, run in columns:
        hello += [f"{run['hello']['rps']:,.0f}", ms(run["hello"]["p99_ms"]), "100 %"] if run else ["–"] * 3
    out.append("| hello app (the ceiling, one process) | 32 | " + " | ".join(hello) + " |")
    return "\n".join(out)


def facts_table(runs):
    keys = [("cpu", "CPU"), ("cores", "cores"), ("ram_gb", "RAM (GB)"), ("os", "OS"),
            ("dotnet_runtime", ".NET runtime"), ("sdk", ".NET SDK"), ("commit", "commit"),
            ("loadavg_at_end", "load average at the end")]
    out = ["| | " + " | ".join(name for name, _ in runs) + " |", "|---|" + "---|" * len(runs)]
    out.append("| date | " + " | ".join(run["date"] for _, run in runs) + " |")
    for key, label in keys:
        out.append(f"| {label} | " + " | ".join(str(run["machine"][key]) for _, run in runs) + " |")
    out.append("| hello app, each run (rps) | " + " | ".join(
        ", ".join(f"{v:,}" for v in run["hello"]["runs"]) for _, run in runs) + " |")
    return "\n".join(out)


def render(before_path, after_path, postgresql_path, postgresql_x2_path, md_path, svg_path):
    load = lambda path: json.loads(Path(path).read_text()) if Path(path).exists() else None
    before, after = load(before_path), load(after_path)
    postgresql, postgresql_x2 = load(postgresql_path), load(postgresql_x2_path)
    if before is None and after is None:
        sys.exit(f"bench: neither {before_path} nor {after_path} exists; run bench/run.sh first")
    if after == before:
        after = None  # the baseline run itself: nothing to compare yet
    runs = [("before", before)] if before else []
    runs += [("after" if before else "this run (no before.json yet)", after)] if after else []
    doc = ["<!-- Written by bench/report.py from bench/results/*.json; run bench/run.sh to measure again. -->",
           "# Benchmarks", "",
           "One command measures Sched against a bare Kestrel app on the same machine: `bench/run.sh` "
           "(6–8 minutes on 2 cores; `--quick` to try it). It saves `bench/results/latest.json` and "
           "rewrites this page against `bench/results/before.json`. `bench/run.sh --provider PostgreSQL` "
           "measures the same paths on PostgreSQL (`latest-postgresql.json`), and `--instances 2` with two "
           "Sched processes on that one database (`latest-postgresql-x2.json`); each run rewrites this page "
           "from every results file there is. `python3 bench/report.py render` rewrites it from those files alone.", "",
           "The targets, what the profiles showed and what changed: [performance.md](performance.md).", "",
           f"![Each path's share of the hello app, {' and '.join(name for name, _ in runs)}]({Path(svg_path).name})", ""]
    if before and after:
        doc += ["| path | conns | before: % of hello | after: % of hello | after ÷ before |", "|---|---:|---:|---:|---:|"]
        after_by = {p["key"]: p for p in after["paths"]}
        for p in before["paths"]:
            q = after_by.get(p["key"])
            change = f"{q['share'] / p['share']:.2f}×" if q else "–"
            doc.append(f"| {p['label']} | {p['connections']} | {share(p['share'])} | "
                       f"{share(q['share']) if q else '–'} | {change} |")
        doc.append("")
    sqlite = after or before
    columns = [("SQLite", sqlite), ("PostgreSQL", postgresql), ("PostgreSQL ×2", postgresql_x2)]
    doc += ["## SQLite, PostgreSQL and two instances", "",
            "The same paths with Sched on a PostgreSQL server on the same machine, with one Sched process and with "
            "two processes sharing the database, both loaded at once by the same load generator (one wrk per "
            "instance, half the connections each; rps summed, p99 the slower instance's). Every share is of the one "
            "hello app measured beside it in the same run. The machine has 2 cores, which the load generator, "
            "PostgreSQL and every Sched process share: a second instance adds no CPU, so it cannot be expected to scale here; "
            "it shows that two instances serve one database and one set of sessions correctly and what the sharing costs.", "",
            providers_table(columns), ""]
    missing = [(name, flags) for (name, run), flags in zip(columns[1:], ("--provider PostgreSQL", "--provider PostgreSQL --instances 2"))
               if not run]
    doc += [f"- {name}: not measured yet (`bench/run.sh {flags}`)." for name, flags in missing]
    doc += [f"- {name}: {run['date']}, commit {run['machine']['commit']}, {setup(run)}, load average at the end "
            f"{run['machine']['loadavg_at_end']}{' (QUICK run: not for comparison)' if run['settings']['quick'] else ''}."
            for name, run in columns if run] + [""]
    doc += ["## Machine and runs", "", facts_table(runs), "", "## Method", "", method(runs[-1][1]), ""]
    for name, run in runs:
        doc += [f"## {name.capitalize()}: commit {run['machine']['commit']}, {run['date']}", "", md_table(run), ""]
        doc += [f"- {note}" for note in notes(run)] + [""]
    for name, run in columns[1:]:
        if run:
            doc += [f"## {name}: commit {run['machine']['commit']}, {run['date']}", "", md_table(run), ""]
            doc += [f"- {note}" for note in notes(run)] + [""]
    Path(md_path).write_text("\n".join(doc))
    Path(svg_path).write_text(svg(runs))
    print(f"Wrote {os.path.relpath(md_path)} and {os.path.relpath(svg_path)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("collect")
    c.add_argument("raw")
    c.add_argument("out")
    t = commands.add_parser("table")
    t.add_argument("results")
    r = commands.add_parser("render")
    r.add_argument("--before", default=ROOT / "bench/results/before.json")
    r.add_argument("--after", default=ROOT / "bench/results/latest.json")
    r.add_argument("--postgresql", default=ROOT / "bench/results/latest-postgresql.json")
    r.add_argument("--postgresql-x2", default=ROOT / "bench/results/latest-postgresql-x2.json")
    r.add_argument("--md", default=ROOT / "docs/benchmarks.md")
    r.add_argument("--svg", default=ROOT / "docs/benchmarks.svg")
    args = parser.parse_args()
    if args.command == "collect":
        collect(args.raw, args.out)
    elif args.command == "table":
        print(table(json.loads(Path(args.results).read_text())))
    else:
        render(args.before, args.after, args.postgresql, args.postgresql_x2, args.md, args.svg)


if __name__ == "__main__":
    main()

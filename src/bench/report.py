#!/usr/bin/env python3
"""report.py [RESULTS.jsonl OUT.md [NOTES.md]]: renders benchmark results as a Markdown table,
with a description of the machine they were measured on. NOTES.md (analysis written by hand)
is appended as is. Without arguments: src/bench/results/results.jsonl to results/results.md,
with results/analysis.md appended."""
import json
import os
import platform
import subprocess
import sys


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception:
        return "?"


# Which build of the app a run measured (results.jsonl "app").
CODE_LABELS = {'baseline': 'V1 queries', 'current': 'current'}

RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
if len(sys.argv) == 1:
    src, out, notes = (os.path.join(RESULTS_DIR, f) for f in ("results.jsonl", "results.md", "analysis.md"))
elif len(sys.argv) in (3, 4):
    src, out, notes = sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None
else:
    sys.exit(__doc__)

recs = [json.loads(l) for l in open(src) if l.strip()]
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("awk '/MemTotal/ {printf \"%.1f GiB\", $2/1048576}' /proc/meminfo")
jdk = sh("java -version 2>&1 | head -2 | tail -1")
wrk = sh("wrk --version 2>&1 | head -1 | cut -d' ' -f1-2")
dbs = sorted({f"{r['db']}: {r['db_version']}" for r in recs})
lines = [
    "# Parley benchmark results",
    "",
    "Measured with `src/bench/run.sh` (see README, section Benchmarks). Packaged app, JVM mode,"
    f" `{recs[0]['java_opts'] if recs else ''}`; wrk with 2 threads, closed loop.",
    "",
    "## Machine",
    "",
    f"- CPU: {cpu}, {os.cpu_count()} cores (shared: other engineers' builds ran at the same time,"
    " see the load averages below)",
    f"- Memory: {mem}",
    f"- OS: {platform.platform()}",
    f"- JDK: {jdk}",
    f"- Databases: {'; '.join(dbs)}",
    f"- Load tool: {wrk}",
    "",
    "## Figures",
    "",
    "| DB | code | positions | operation | conns | req/s | p50 ms | p99 ms | app CPU ms/req | SQL/req (Hibernate) |"
    " SQL/req (pg_stat_statements) | response bytes | RSS MB | start-up ms (CPU ms) | load avg |",
    "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]
for r in recs:
    pg = r["sql_per_request_pg_stat_statements"]
    lines.append(
        f"| {r['db']} | {CODE_LABELS.get(r.get('app'), 'fixed queries')} | {r['positions']:,} | {r['op']} | {r['connections']} | {r['rps']:.0f} | {r['p50_ms']:.1f} |"
        f" {r['p99_ms']:.1f} | {r['app_cpu_ms_per_request']:.1f} | {r['sql_per_request_hibernate']:g} |"
        f" {'-' if pg is None else format(pg, 'g')} | {r['response_bytes']:,} | {r['rss_mb']} |"
        f" {r['startup_ms']:,} ({r['startup_cpu_ms']:,}) | {r['loadavg_before']:.1f}-{r['loadavg_after']:.1f} |")
lines += ["", "Operation arguments per size:", ""]
seen = set()
for r in recs:
    key = (r["db"], r["positions"])
    if key in seen:
        continue
    seen.add(key)
    a = r["args"]
    lines.append(f"- {r['db']} {r['positions']:,}: leader {a['leader']}, commitments on {a['commitment_day']}"
                 f" ({a['commitments_that_day']}), fixed-shape day {a.get('commitment_day_fixed')}"
                 f" ({a.get('commitments_that_day_fixed')}), month from {a['month_from']}"
                 f" ({a['leader_positions_in_month']} positions), deep cursor at rank {a['deep_cursor_rank']:,};"
                 f" bulk load {'-' if r['load_ms'] is None else format(r['load_ms'], ',')} ms; rows {json.dumps(r['rows'])}")
if notes and os.path.exists(notes):
    lines += ["", open(notes).read().rstrip()]
open(out, "w").write("\n".join(lines) + "\n")

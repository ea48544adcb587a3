#!/usr/bin/env python3
"""Helpers of peer.sh: the Parley-vs-PostGraphile comparison.

  peer.py ops ARGS.json OUT_DIR
      writes the request body of every workload for both servers:
      OUT_DIR/parley-<workload>.json and OUT_DIR/postgraphile-<workload>.json
  peer.py compare OUT_DIR PARLEY_URL POSTGRAPHILE_URL
      asks both servers every workload, maps both answers to one canonical JSON and
      compares them; prints PASS/FAIL per workload, exits 1 on any difference
  peer.py measure --out-dir OUT_DIR --parley-pid PID --postgraphile-pid PID ...
      interleaved wrk rounds (A B A B ...), see measure() below; appends JSON lines
      and writes a Markdown table

ARGS.json: {"leader": ..., "busiest_day": ..., "busiest_count": N, "fixed_leader": ...,
"fixed_day": ..., ...} as chosen with SQL by peer.sh after loading.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request

WORKLOADS = ["headline", "headline_2", "meetings", "typename"]
SERVERS = ["parley", "postgraphile"]

# --- the queries: the same facts from both schemas ------------------------------------
PARLEY_COMMITMENTS = """query ($leader: String!, $on: Date!) { commitments(leader: $leader, on: $on) {
  summary condition date datePrecision status holder { name }
  meeting { title date status participants { role person { name } } }
  evidence { quote article { title } } } }"""

# peer.commitments_on (functions.sql) is the fair equivalent of commitments(leader, on);
# nested lists in id order, as Parley orders participants and evidence.
POSTGRAPHILE_COMMITMENTS = """query ($leader: String!, $day: Date!) { peerCommitmentsOnList(leader: $leader, day: $day) {
  summary conditionText eventDate datePrecision commitmentStatus personByHolderId { name }
  meetingByMeetingId { title eventDate status
    attendancesByMeetingId(orderBy: ROW_ID_ASC) { nodes { role personByPersonId { name } } } }
  evidencesByPositionId(orderBy: ROW_ID_ASC) { nodes { quote articleByArticleId { title } } } } }"""

# Parley: meetings in date order, undated last, then id; retracted ones hidden.
PARLEY_MEETINGS = """query { meetings(first: 20) { nodes { title date
  participants { role person { name } } } } }"""

POSTGRAPHILE_MEETINGS = """query { allMeetings(first: 20, orderBy: [EVENT_DATE_ASC, ROW_ID_ASC], condition: {retractedAt: null}) {
  nodes { title eventDate attendancesByMeetingId(orderBy: ROW_ID_ASC) { nodes { role personByPersonId { name } } } } } }"""

TYPENAME = "{ __typename }"


def bodies(args):
    """{(server, workload): request body}"""
    def b(query, variables=None):
        return {"query": query, "variables": variables or {}}
    return {
        ("parley", "headline"): b(PARLEY_COMMITMENTS, {"leader": args["leader"], "on": args["busiest_day"]}),
        ("postgraphile", "headline"): b(POSTGRAPHILE_COMMITMENTS, {"leader": args["leader"], "day": args["busiest_day"]}),
        ("parley", "headline_2"): b(PARLEY_COMMITMENTS, {"leader": args["fixed_leader"], "on": args["fixed_day"]}),
        ("postgraphile", "headline_2"): b(POSTGRAPHILE_COMMITMENTS, {"leader": args["fixed_leader"], "day": args["fixed_day"]}),
        ("parley", "meetings"): b(PARLEY_MEETINGS),
        ("postgraphile", "meetings"): b(POSTGRAPHILE_MEETINGS),
        ("parley", "typename"): b(TYPENAME),
        ("postgraphile", "typename"): b(TYPENAME),
    }


# --- normalisers: each server's answer -> one canonical JSON ----------------------------
def _person(p):
    return None if p is None else p["name"]


def _participants(items):
    return [{"role": a["role"], "person": _person(a["person"])} for a in items]


def norm_parley(workload, data):
    if workload in ("headline", "headline_2"):
        return [{
            "summary": c["summary"], "condition": c["condition"], "date": c["date"],
            "precision": c["datePrecision"], "status": c["status"], "holder": _person(c["holder"]),
            "meeting": None if c["meeting"] is None else {
                "title": c["meeting"]["title"], "date": c["meeting"]["date"], "status": c["meeting"]["status"],
                "participants": _participants(c["meeting"]["participants"])},
            "evidence": [{"quote": e["quote"], "article": e["article"]["title"]} for e in c["evidence"]],
        } for c in data["commitments"]]
    if workload == "meetings":
        return [{"title": m["title"], "date": m["date"], "participants": _participants(m["participants"])}
                for m in data["meetings"]["nodes"]]
    return data


def _pg_participants(conn):
    return [{"role": a["role"], "person": _person(a["personByPersonId"])} for a in conn["nodes"]]


def norm_postgraphile(workload, data):
    if workload in ("headline", "headline_2"):
        return [{
            "summary": c["summary"], "condition": c["conditionText"], "date": c["eventDate"],
            "precision": c["datePrecision"], "status": c["commitmentStatus"], "holder": _person(c["personByHolderId"]),
            "meeting": None if c["meetingByMeetingId"] is None else {
                "title": c["meetingByMeetingId"]["title"], "date": c["meetingByMeetingId"]["eventDate"],
                "status": c["meetingByMeetingId"]["status"],
                "participants": _pg_participants(c["meetingByMeetingId"]["attendancesByMeetingId"])},
            "evidence": [{"quote": e["quote"], "article": e["articleByArticleId"]["title"]}
                         for e in c["evidencesByPositionId"]["nodes"]],
        } for c in data["peerCommitmentsOnList"]]
    if workload == "meetings":
        return [{"title": m["title"], "date": m["eventDate"],
                 "participants": _pg_participants(m["attendancesByMeetingId"])}
                for m in data["allMeetings"]["nodes"]]
    return data


NORMALISE = {"parley": norm_parley, "postgraphile": norm_postgraphile}


def body_file(out_dir, server, workload):
    return os.path.join(out_dir, f"{server}-{workload}.json")


def cmd_ops(argv):
    args = json.load(open(argv[0]))
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for (server, workload), body in bodies(args).items():
        with open(body_file(out, server, workload), "w") as f:
            json.dump(body, f)
    print(" ".join(WORKLOADS))


def post(url, body_path, timeout=60):
    req = urllib.request.Request(url, data=open(body_path, "rb").read(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())


def summary_of(workload, canon):
    if workload in ("headline", "headline_2"):
        return "%d commitments, %d participants, %d quotes" % (
            len(canon), sum(len(c["meeting"]["participants"]) for c in canon if c["meeting"]),
            sum(len(c["evidence"]) for c in canon))
    if workload == "meetings":
        return "%d meetings, %d participants" % (len(canon), sum(len(m["participants"]) for m in canon))
    return json.dumps(canon)


def cmd_compare(argv):
    out, urls = argv[0], {"parley": argv[1], "postgraphile": argv[2]}
    failed = 0
    for workload in WORKLOADS:
        canon, problems = {}, []
        for server in SERVERS:
            try:
                r = post(urls[server], body_file(out, server, workload))
            except Exception as e:  # noqa: BLE001 - reported as a failure of the check
                problems.append(f"{server}: {e}")
                continue
            with open(os.path.join(out, f"{server}-{workload}.response.json"), "w") as f:
                json.dump(r, f, indent=1)
            if r.get("errors") or not r.get("data"):
                problems.append(f"{server} answered with errors: {json.dumps(r)[:1500]}")
                continue
            canon[server] = NORMALISE[server](workload, r["data"])
            with open(os.path.join(out, f"{server}-{workload}.canonical.json"), "w") as f:
                json.dump(canon[server], f, indent=1, sort_keys=True, ensure_ascii=False)
        if not problems and canon["parley"] != canon["postgraphile"]:
            a = json.dumps(canon["parley"], indent=1, sort_keys=True, ensure_ascii=False).splitlines()
            b = json.dumps(canon["postgraphile"], indent=1, sort_keys=True, ensure_ascii=False).splitlines()
            import difflib
            diff = "\n".join(list(difflib.unified_diff(a, b, "parley", "postgraphile", lineterm=""))[:60])
            problems.append("the canonical answers differ:\n" + diff)
        if not problems and workload != "typename" and not canon["parley"]:
            problems.append("both answers are empty: nothing would be compared")
        if problems:
            failed += 1
            print(f"FAIL same data: {workload}")
            for p in problems:
                print("    " + p.replace("\n", "\n    "))
        else:
            print(f"PASS same data: {workload} ({summary_of(workload, canon['parley'])})")
    return 1 if failed else 0


# --- measurement ---------------------------------------------------------------------
CLK_TCK = os.sysconf("SC_CLK_TCK")


def proc_cpu_ms(pid):
    """utime + stime of a process (a zombie's too), in ms."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / CLK_TCK


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def tree_cpu(pid):
    """{pid: CPU ms} of a process and its current children (PostgreSQL: postmaster and backends)."""
    out = {}
    for p in [pid] + children(pid):
        try:
            out[p] = proc_cpu_ms(p)
        except OSError:
            pass
    return out


def tree_delta_ms(before, after):
    """CPU used between two tree_cpu() snapshots: processes seen in both, plus new ones
    (a process that exited in between is lost, never counted negative)."""
    return sum(v - before.get(p, 0.0) for p, v in after.items())


def machine_busy_ms():
    """CPU time used by everything on the machine (all cores), in ms."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return (sum(v[:8]) - idle) * 1000 / CLK_TCK


def rss_mb(pid):
    """Resident set of one process in MB (VmRSS), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def run_wrk(url, body, connections, seconds, threads, lua):
    """Runs wrk; returns (its WRKJSON record, wrk's own CPU ms read from /proc before reaping)."""
    env = dict(os.environ, BENCH_BODY=body)
    p = subprocess.Popen(["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{seconds}s",
                          "--timeout", "10s", "-s", lua, url],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = p.stdout.read()
    os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)  # exited, not yet reaped: /proc still has it
    try:
        cpu = proc_cpu_ms(p.pid)
    except OSError:
        cpu = float("nan")
    p.wait()
    line = [l for l in out.splitlines() if l.startswith("WRKJSON ")]
    if p.returncode != 0 or not line:
        raise RuntimeError(f"wrk failed ({p.returncode}): {out[-2000:]}")
    return json.loads(line[0][len("WRKJSON "):]), cpu


def one_round(a, server, workload, connections, seconds):
    body = body_file(a.ops_dir, server, workload)
    pid = a.pids[server]
    pids_ours = list(a.pids.values())
    load0 = loadavg()
    t0 = time.monotonic()
    m0 = machine_busy_ms()
    ours0 = sum(proc_cpu_ms(p) for p in pids_ours)
    s0 = proc_cpu_ms(pid)
    pg0 = tree_cpu(a.pg_pid) if a.pg_pid else {}
    w, wrk_cpu = run_wrk(a.urls[server], body, connections, seconds, a.threads, a.lua)
    s1 = proc_cpu_ms(pid)
    rss = rss_mb(pid)  # right after the load, before the process can give memory back
    pg1 = tree_cpu(a.pg_pid) if a.pg_pid else {}
    ours1 = sum(proc_cpu_ms(p) for p in pids_ours)
    m1 = machine_busy_ms()
    pg_ms = tree_delta_ms(pg0, pg1)
    elapsed_ms = (time.monotonic() - t0) * 1000
    n = max(w["requests"], 1)
    others = (m1 - m0) - (ours1 - ours0) - pg_ms - wrk_cpu
    return {**w, "server": server, "workload": workload, "connections": connections,
            "server_cpu_ms_per_request": round((s1 - s0) / n, 3),
            "server_cpu_pct": round(100 * (s1 - s0) / elapsed_ms, 1),
            "pg_cpu_ms_per_request": round(pg_ms / n, 3) if a.pg_pid else None,
            "wrk_cpu_ms_per_request": round(wrk_cpu / n, 3),
            "wrk_cpu_pct": round(100 * wrk_cpu / elapsed_ms, 1),
            # CPU that neither server, PostgreSQL nor wrk used during the round, in % of one core
            "others_cpu_pct": round(100 * others / elapsed_ms, 1),
            "server_rss_mb": rss,
            "loadavg_before": load0}


def med(rounds, key):
    vals = [r[key] for r in rounds if r.get(key) is not None]
    return round(statistics.median(vals), 3) if vals else None


def summarise(rounds_by_server, meta, workload, connections):
    rec = {**meta, "workload": workload, "connections": connections}
    for server, rounds in rounds_by_server.items():
        rec[server] = {k: med(rounds, k) for k in ("rps", "p50_ms", "p99_ms", "server_cpu_ms_per_request",
                                                     "pg_cpu_ms_per_request", "wrk_cpu_ms_per_request",
                                                     "wrk_cpu_pct", "others_cpu_pct", "server_cpu_pct",
                                                     "server_rss_mb")}
        rec[server]["requests"] = sum(r["requests"] for r in rounds)
        rec[server]["errors"] = sum(r["graphql_errors"] + r["non200"] + r["socket_errors"] for r in rounds)
    pa, pb = rounds_by_server["parley"], rounds_by_server["postgraphile"]
    rec["ratio"] = round(rec["parley"]["rps"] / rec["postgraphile"]["rps"], 2) if rec["postgraphile"]["rps"] else None
    pair = [x["rps"] / y["rps"] for x, y in zip(pa, pb) if y["rps"]]
    rec["ratio_per_round"] = [round(x, 2) for x in pair]
    rec["rounds"] = {s: r for s, r in rounds_by_server.items()}
    return rec


HEADER = ("| workload | conns | Parley req/s | PostGraphile req/s | ratio P/G (per round) "
          "| Parley p50 / p99 ms | PostGraphile p50 / p99 ms | Parley CPU ms/req | PostGraphile CPU ms/req "
          "| PostgreSQL CPU ms/req P / G | wrk CPU ms/req P / G | others' CPU % P / G | RSS MB after the round P / G |")
RULE = "|" + "---|" * (HEADER.count("|") - 1)


def row(rec):
    p, g = rec["parley"], rec["postgraphile"]
    flag = " (busy)" if rec.get("busy") else ""
    f = lambda v, d=1: "-" if v is None else f"{v:.{d}f}"
    return (f"| {rec['workload']}{flag} | {rec['connections']} | {f(p['rps'])} | {f(g['rps'])} "
            f"| {f(rec['ratio'], 2)} ({', '.join(f'{x:.2f}' for x in rec['ratio_per_round'])}) "
            f"| {f(p['p50_ms'], 2)} / {f(p['p99_ms'], 2)} | {f(g['p50_ms'], 2)} / {f(g['p99_ms'], 2)} "
            f"| {f(p['server_cpu_ms_per_request'], 3)} | {f(g['server_cpu_ms_per_request'], 3)} "
            f"| {f(p['pg_cpu_ms_per_request'], 3)} / {f(g['pg_cpu_ms_per_request'], 3)} "
            f"| {f(p['wrk_cpu_ms_per_request'], 3)} / {f(g['wrk_cpu_ms_per_request'], 3)} "
            f"| {f(p['others_cpu_pct'], 0)} / {f(g['others_cpu_pct'], 0)} "
            f"| {f(p.get('server_rss_mb'), 0)} / {f(g.get('server_rss_mb'), 0)} |")


def cmd_measure(argv):
    ap = argparse.ArgumentParser(prog="peer.py measure")
    ap.add_argument("--ops-dir", required=True)
    ap.add_argument("--parley-url", required=True)
    ap.add_argument("--postgraphile-url", required=True)
    ap.add_argument("--parley-pid", type=int, required=True)
    ap.add_argument("--postgraphile-pid", type=int, required=True)
    ap.add_argument("--pg-pid", type=int, default=0, help="postmaster pid: PostgreSQL CPU per request")
    ap.add_argument("--connections", default="8 32")
    ap.add_argument("--workloads", default=" ".join(WORKLOADS))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--duration", type=float, default=10)
    ap.add_argument("--warmup", type=float, default=10, help="seconds per server right before each workload's rounds")
    ap.add_argument("--first-warmup", type=float, default=30,
                    help="seconds per workload and server before anything is measured (the JVM's JIT)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--lua", required=True)
    ap.add_argument("--meta", default="{}", help="JSON merged into every record")
    ap.add_argument("--jsonl", required=True)
    ap.add_argument("--table", required=True, help="Markdown table written here")
    ap.add_argument("--labels", default="Parley,PostGraphile",
                    help="names of the two servers in the table (ab.sh: two Parley builds)")
    a = ap.parse_args(argv)
    a.pids = {"parley": a.parley_pid, "postgraphile": a.postgraphile_pid}
    a.urls = {"parley": a.parley_url, "postgraphile": a.postgraphile_url}
    meta = json.loads(a.meta)
    conns = [int(c) for c in a.connections.split()]
    workloads = a.workloads.split()
    log = lambda m: print(f"[peer {time.strftime('%H:%M:%S')}] {m}", file=sys.stderr, flush=True)
    dur = lambda s: int(s) if float(s).is_integer() else s
    # Warm-up: every workload on both servers at the highest connection count (JIT, plan
    # caches). On a busy 2-core machine 10 s left Parley's JIT visibly cold in the first rounds.
    if a.first_warmup > 0:
        log(f"warm-up: {len(workloads)} workloads x 2 servers x {a.first_warmup} s at {max(conns)} connections")
        for w in workloads:
            for s in SERVERS:
                run_wrk(a.urls[s], body_file(a.ops_dir, s, w), max(conns), dur(a.first_warmup), a.threads, a.lua)
    failed = 0
    records = []
    first, second = a.labels.split(",")
    header = HEADER.replace("Parley", first).replace("PostGraphile", second).replace("P/G", "A/B" if first != "Parley" else "P/G")
    print(header)
    print(RULE)
    with open(a.table, "w") as t:
        t.write(header + "\n" + RULE + "\n")
    for c in conns:
        for w in workloads:
            if a.warmup > 0:  # each side again, right before its interleaved rounds
                for s in SERVERS:
                    run_wrk(a.urls[s], body_file(a.ops_dir, s, w), c, dur(a.warmup), a.threads, a.lua)
            rounds = {s: [] for s in SERVERS}
            for r in range(a.rounds):
                for s in SERVERS:  # A B A B A B
                    rec = one_round(a, s, w, c, dur(a.duration))
                    rounds[s].append(rec)
                    log(f"{w} c={c} round {r + 1} {s}: {rec['rps']:.1f} req/s p99 {rec['p99_ms']:.1f} ms "
                        f"cpu/req {rec['server_cpu_ms_per_request']:.3f} ms, others' cpu {rec['others_cpu_pct']:.0f}%")
            rec = summarise(rounds, meta, w, c)
            errors = rec["parley"]["errors"] + rec["postgraphile"]["errors"]
            if errors:
                failed += 1
                log(f"{w} c={c}: {errors} failed requests under load")
            records.append(rec)
            with open(a.jsonl, "a") as f:
                f.write(json.dumps(rec) + "\n")
            line = row(rec)
            print(line, flush=True)
            with open(a.table, "a") as t:
                t.write(line + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    cmd, rest = sys.argv[1], sys.argv[2:]
    if cmd == "ops":
        cmd_ops(rest)
    elif cmd == "compare":
        sys.exit(cmd_compare(rest))
    elif cmd == "measure":
        sys.exit(cmd_measure(rest))
    else:
        sys.exit(f"unknown command {cmd}")

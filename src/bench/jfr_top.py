#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples (jdk.ExecutionSample), as text:
samples per thread kind, self samples per library (the top frame's package), the hottest
methods by self and by inclusive samples (a method counted once per sample it is on).
With --requests N, also the bytes the JVM's threads allocated during the recording per request
(jdk.ThreadAllocationStatistics at the start and end of the recording): unlike CPU time, that
does not depend on how much CPU the machine leaves the JVM, or on how far the JIT got.

    python3 src/bench/jfr_top.py RECORDING.jfr [--top 30] [--requests N]
"""
import collections
import json
import re
import subprocess
import sys

LIBRARIES = [  # first prefix that matches names the library
    ("org.parley.", "Parley"),
    ("graphql.", "graphql-java"),
    ("org.dataloader.", "DataLoader"),
    ("io.smallrye.graphql.", "SmallRye GraphQL"),
    ("io.quarkus.smallrye.graphql.", "SmallRye GraphQL"),
    ("io.smallrye.context.", "context propagation"),
    ("io.quarkus.arc.", "ArC (CDI)"),
    ("io.smallrye.mutiny.", "Mutiny"),
    ("org.hibernate.", "Hibernate"),
    ("org.postgresql.", "PostgreSQL JDBC"),
    ("io.agroal.", "Agroal pool"),
    ("com.arjuna.", "Narayana"),
    ("io.quarkus.narayana.", "Narayana"),
    ("org.eclipse.parsson.", "JSON (Parsson)"),
    ("org.glassfish.json.", "JSON (jakarta.json)"),
    ("jakarta.json.", "JSON (jakarta.json)"),
    ("com.fasterxml.jackson.", "JSON (Jackson)"),
    ("io.vertx.", "Vert.x"),
    ("io.netty.", "Netty"),
    ("io.quarkus.", "Quarkus other"),
    ("io.micrometer.", "Micrometer"),
    ("org.jboss.logging.", "logging"),
    ("org.jboss.logmanager.", "logging"),
    ("java.", "JDK"),
    ("jdk.", "JDK"),
    ("sun.", "JDK"),
]


def library(frame):
    for prefix, name in LIBRARIES:
        if frame.startswith(prefix):
            return name
    return frame.split(".")[0] + ".* (other)"


def thread_kind(name):
    if "eventloop" in name:
        return "Vert.x event loop"
    if "executor" in name or "worker" in name:
        return "worker (executor)"
    return "other (" + re.sub(r"[-_ ]?\d+$", "", name) + ")"


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "400", path],
                         check=True, capture_output=True, text=True).stdout
    thread, stack, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("sampledThread = "):
            thread = s.split('"')[1] if '"' in s else s
        elif s.startswith("stackTrace = ["):
            stack, in_stack = [], True
        elif in_stack and s == "]":
            in_stack = False
            yield thread, stack
        elif in_stack and s and s != "...":
            stack.append(re.sub(r"\s+line:.*$", "", s))


def allocated_bytes(path):
    """Bytes allocated by all threads between the first and the last statistics of the recording."""
    out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ThreadAllocationStatistics", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    first, last = {}, {}
    for e in events:
        v = e["values"]
        tid = v["thread"]["javaThreadId"] if v.get("thread") else None
        first.setdefault(tid, v["allocated"])
        last[tid] = v["allocated"]
    starts = sorted({e["values"]["startTime"] for e in events})
    seen_at_start = {e["values"]["thread"]["javaThreadId"] for e in events
                     if e["values"].get("thread") and e["values"]["startTime"] == starts[0]}
    # a thread first seen at the end started during the recording: all it allocated counts
    return sum(last[t] - (first[t] if t in seen_at_start else 0) for t in last)


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 30
    if "--requests" in sys.argv:
        requests = int(sys.argv[sys.argv.index("--requests") + 1])
        total = allocated_bytes(path)
        print(f"allocated: {total / 1e6:.1f} MB in {requests} requests = {total / max(requests, 1) / 1e3:.1f} kB per request\n")
    n = 0
    threads, libs, self_m, incl_m, incl_lib = (collections.Counter() for _ in range(5))
    for thread, stack in samples(path):
        if not stack:
            continue
        n += 1
        threads[thread_kind(thread)] += 1
        libs[library(stack[0])] += 1
        self_m[stack[0]] += 1
        for m in set(stack):
            incl_m[m] += 1
        for lib in {library(f) for f in stack}:
            incl_lib[lib] += 1
    pct = lambda c: f"{100.0 * c / max(n, 1):5.1f}%"
    print(f"{n} execution samples in {path}")
    print("\n## Threads\n")
    for k, c in threads.most_common():
        print(f"{pct(c)}  {k}")
    print("\n## Self samples by library (top frame)   | inclusive (library anywhere on the stack)\n")
    for k, c in libs.most_common():
        print(f"{pct(c)}  {k:28s} | {pct(incl_lib[k])}")
    print(f"\n## Top {top} methods, self\n")
    for k, c in self_m.most_common(top):
        print(f"{pct(c)}  {k}")
    print(f"\n## Top {top} methods outside the JDK, inclusive\n")
    shown = 0
    for k, c in incl_m.most_common():
        if library(k) == "JDK" or k.startswith(("io.netty.", "io.vertx.core.impl", "org.jboss.threads")):
            continue
        print(f"{pct(c)}  {k}")
        shown += 1
        if shown >= top:
            break


if __name__ == "__main__":
    main()

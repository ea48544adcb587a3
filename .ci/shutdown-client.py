#!/usr/bin/env python3
"""Load, SIGTERM and measurements for .ci/shutdown-test.sh (Python 3 standard library only).

  shutdown-client.py run URL TOKEN PID RUN ACKS DELAY TIMEOUT
      While 4 clients write (createPerson "Crash RUN c-i" with one alias, the shape
      .ci/crash-client.py checks) it opens 3 "finishing" mutations and 1 "straggling" one: each
      sends its headers and half its body, then waits. Then SIGTERM to PID. The finishers send
      the rest DELAY + 2 s after the signal (inside the shutdown timeout) and must get a full
      answer; the straggler would send it after DELAY + TIMEOUT + 10 s, so the shutdown must
      abort it: the connection closes (or 503) with no answer, and its person is never stored.
      New requests after the delay must be refused cleanly (503 or connection refused). The
      process must exit within DELAY + TIMEOUT (+ 3 s for the JVM to stop). Every acknowledged
      person is appended to ACKS; prints PASS/FAIL lines and a "measured:" line.
  shutdown-client.py absent URL NAME
      After the restart: the straggler's person NAME is not stored.
"""
import importlib.util
import json
import os
import select
import signal
import socket
import sys
import threading
import time
import urllib.parse

spec = importlib.util.spec_from_file_location("crash_client", os.path.join(os.path.dirname(__file__), "crash-client.py"))
crash_client = importlib.util.module_from_spec(spec)
spec.loader.exec_module(crash_client)

WRITERS = 4
FINISHERS = 3


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ", 1)[1][0] not in "ZX"  # a zombie has exited
    except (OSError, IndexError):
        return False


def body_of(name):
    return json.dumps({"query": crash_client.CREATE,
                       "variables": {"input": {"name": name, "aliases": ["alias " + name]}}}).encode("utf-8")


class SlowRequest:
    """A createPerson whose body arrives in two parts, over a raw socket."""

    def __init__(self, url, token, name):
        parts = urllib.parse.urlsplit(url)
        self.name = name
        self.body = body_of(name)
        self.socket = socket.create_connection((parts.hostname, parts.port), timeout=120)
        head = ("POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                "Authorization: Bearer %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
                % (parts.path, parts.hostname, parts.port, token, len(self.body)))
        half = len(self.body) // 2
        self.socket.sendall(head.encode("ascii") + self.body[:half])
        self.rest = self.body[half:]
        self.outcome = None  # ("answer", status, text) | ("closed", detail)
        self.at = None

    def finish_at(self, deadline):
        """Waits until the deadline (or until the server speaks or closes first), then sends the rest and reads."""
        try:
            wait = deadline - time.time()
            readable = select.select([self.socket], [], [], max(0, wait))[0] if wait > 0 else []
            if not readable:
                self.socket.sendall(self.rest)
            self.outcome = self.read()
        except OSError as e:
            self.outcome = ("closed", "connection failed: %s" % e)
        self.at = time.time()
        self.socket.close()

    def read(self):
        data = b""
        while True:
            chunk = self.socket.recv(65536)
            if not chunk:
                break
            data += chunk
        if not data:
            return ("closed", "closed without an answer")
        head, _, text = data.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        if b"chunked" in head.lower():
            text = dechunk(text)
        return ("answer", status, text.decode("utf-8", errors="replace"))


def dechunk(data):
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out += data[:size]
        data = data[size + 2:]
    return out


def run(url, token, pid, run_id, acks_path, delay, timeout):
    lock = threading.Lock()
    acks = open(acks_path, "a", encoding="utf-8")
    stats = {"acked": 0, "acked_after_term": 0, "refused": {}, "unclean": [], "next": 0}
    term = {"at": None}
    stop = threading.Event()

    def ack(name, person_id):
        with lock:
            acks.write(json.dumps({"name": name, "id": person_id}) + "\n")
            acks.flush()
            stats["acked"] += 1
            if term["at"] is not None:
                stats["acked_after_term"] += 1

    def writer(c):
        while not stop.is_set():
            with lock:
                i = stats["next"]
                stats["next"] += 1
            name = "Crash %s %d-%d" % (run_id, c, i)
            try:
                status, answer = crash_client.post(url, crash_client.CREATE,
                                                   {"input": {"name": name, "aliases": ["alias " + name]}}, token)
            except crash_client.urllib.error.HTTPError as e:
                with lock:
                    stats["refused"][e.code] = stats["refused"].get(e.code, 0) + 1
                    if e.code != 503:
                        stats["unclean"].append("HTTP %d" % e.code)
                time.sleep(0.2)
                continue
            except (OSError, ValueError) as e:
                with lock:
                    key = "connection refused" if "refused" in str(e).lower() else "connection failed"
                    stats["refused"][key] = stats["refused"].get(key, 0) + 1
                time.sleep(0.2)
                continue
            person = ((answer.get("data") or {}).get("createPerson") or {}).get("person")
            if status == 200 and not answer.get("errors") and person and person.get("id"):
                ack(name, person["id"])
            else:
                with lock:
                    stats["unclean"].append(json.dumps(answer)[:200])

    threads = [threading.Thread(target=writer, args=(c,)) for c in range(WRITERS)]
    for t in threads:
        t.start()
    for _ in range(600):
        if stats["acked"] >= 5:
            break
        time.sleep(0.1)
    finishers = [SlowRequest(url, token, "Crash %s finisher-%d" % (run_id, k)) for k in range(FINISHERS)]
    straggler = SlowRequest(url, token, "Crash %s straggler" % run_id)
    time.sleep(1)
    os.kill(pid, signal.SIGTERM)
    t0 = term["at"] = time.time()
    slow = [threading.Thread(target=f.finish_at, args=(t0 + delay + 2,)) for f in finishers]
    slow.append(threading.Thread(target=straggler.finish_at, args=(t0 + delay + timeout + 10,)))
    for t in slow:
        t.start()
    # a new request once the delay is over must be refused cleanly
    time.sleep(delay + 1)
    try:
        status, answer = crash_client.post(url, "{ topics { totalCount } }", {}, None, timeout=10)
        late = "answered HTTP %d: %s" % (status, json.dumps(answer)[:100])
        late_clean = False
    except crash_client.urllib.error.HTTPError as e:
        late, late_clean = "refused with HTTP %d" % e.code, e.code == 503
    except OSError as e:
        late, late_clean = "refused: %s" % e, True
    exited = None
    while time.time() < t0 + delay + timeout + 30:
        if not alive(pid):
            exited = time.time()
            break
        time.sleep(0.1)
    stop.set()
    for t in threads + slow:
        t.join(timeout=60)

    results = []

    def check(ok, text):
        results.append(ok)
        print("%s: %s" % ("PASS" if ok else "FAIL", text))

    limit = delay + timeout + 3
    check(exited is not None and exited - t0 <= limit, "exited %s after SIGTERM (limit: delay %d s + timeout %d s + 3 s)"
          % ("%.1f s" % (exited - t0) if exited else "not within %d s" % (delay + timeout + 30), delay, timeout))
    for f in finishers:
        kind = f.outcome[0]
        person = None
        if kind == "answer" and f.outcome[1] == 200:
            try:
                person = json.loads(f.outcome[2])["data"]["createPerson"]["person"]
            except (ValueError, KeyError, TypeError):
                person = None
        if person and person.get("id"):
            ack(f.name, person["id"])
        check(person is not None, "in-flight mutation finished %.1f s after SIGTERM with a full answer: %s"
              % (f.at - t0, str(f.outcome)[:160]))
    s = straggler.outcome
    clean = s[0] == "closed" or (s[0] == "answer" and s[1] == 503)
    check(clean, "in-flight mutation still incomplete at the timeout aborted %.1f s after SIGTERM: %s"
          % (straggler.at - t0, str(s)[:160]))
    check(late_clean, "a new request after the delay: %s" % late)
    check(not stats["unclean"], "writers saw only answers, 503 or a closed connection (refusals: %s%s)"
          % (json.dumps(stats["refused"]), "; unclean: %s" % stats["unclean"][:3] if stats["unclean"] else ""))
    check(stats["acked"] > 0, "%d writes acknowledged, %d of them after SIGTERM" % (stats["acked"], stats["acked_after_term"]))
    print("measured: exit %s s after SIGTERM (delay %d s, timeout %d s); finishers answered at %s s; straggler cut at %.1f s;"
          " %d writes acknowledged, %d after SIGTERM"
          % ("%.1f" % (exited - t0) if exited else "n/a", delay, timeout,
             ", ".join("%.1f" % (f.at - t0) for f in finishers), straggler.at - t0, stats["acked"], stats["acked_after_term"]))
    print("straggler: " + straggler.name)
    acks.close()
    return 0 if all(results) else 1


def absent(url, name):
    # by exact name: people(search:) also ranks near misses, such as the other writers of this run
    status, answer = crash_client.post(url, "query ($s: String!) { person(name: $s) { id } }", {"s": name})
    errors = answer.get("errors") or []
    code = (errors[0].get("extensions") or {}).get("code") if errors else None
    ok = status == 200 and code == "NOT_FOUND"
    print("%s: the aborted mutation stored nothing (person(name: '%s') answered %s)"
          % ("PASS" if ok else "FAIL", name, code or "a person"))
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 9 and sys.argv[1] == "run":
        sys.exit(run(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6], int(sys.argv[7]), int(sys.argv[8])))
    if len(sys.argv) == 4 and sys.argv[1] == "absent":
        sys.exit(absent(sys.argv[2], sys.argv[3]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)

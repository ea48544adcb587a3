#!/usr/bin/env python3
"""Write load and checks for .ci/crash-test.sh (Python 3 standard library only).

  crash-client.py write URL TOKEN RUN N ACKS     8 clients send N createPerson mutations in all
                                                 (name "Crash RUN c-i" with one alias); each
                                                 acknowledged one (HTTP 200, no errors, an id) is
                                                 appended to ACKS as it arrives. Stops when the
                                                 server goes away.
  crash-client.py check URL RUN ACKS             after the restart: every acknowledged person is
                                                 there with its alias, and no person of this run
                                                 lacks its alias (no partial write). Prints one
                                                 PASS/FAIL line per check; exit 0 when all pass.
"""
import json
import sys
import threading
import urllib.error
import urllib.request

CLIENTS = 8
CREATE = ("mutation ($input: CreatePersonInput!) "
          "{ createPerson(input: $input) { person { id name aliases } } }")


def post(url, query, variables, token=None, timeout=30):
    body = json.dumps({"query": query, "variables": variables}).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, json.loads(response.read().decode("utf-8"))


def write(url, token, run, total, acks_path):
    lock = threading.Lock()
    acks = open(acks_path, "a", encoding="utf-8")
    counter = {"next": 0, "acked": 0, "refused": 0}
    stop = threading.Event()

    def client(c):
        while not stop.is_set():
            with lock:
                i = counter["next"]
                if i >= total:
                    return
                counter["next"] += 1
            name = "Crash %s %d-%d" % (run, c, i)
            try:
                status, answer = post(url, CREATE, {"input": {"name": name, "aliases": ["alias " + name]}}, token)
            except (urllib.error.URLError, ConnectionError, OSError):
                stop.set()  # the server is gone: nothing after this can be acknowledged
                return
            person = ((answer.get("data") or {}).get("createPerson") or {}).get("person")
            if status == 200 and not answer.get("errors") and person and person.get("id"):
                with lock:
                    acks.write(json.dumps({"name": name, "id": person["id"]}) + "\n")
                    acks.flush()
                    counter["acked"] += 1
            else:
                with lock:
                    counter["refused"] += 1
                    if counter["refused"] <= 3:
                        print("crash-client: refused: %s" % json.dumps(answer)[:300], file=sys.stderr)

    threads = [threading.Thread(target=client, args=(c,)) for c in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    acks.close()
    print("crash-client: %d acknowledged, %d refused" % (counter["acked"], counter["refused"]), file=sys.stderr)
    return 0


PAGE = ("query ($search: String, $after: String) { people(search: $search, first: 100, after: $after) "
        "{ nodes { id name aliases } pageInfo { endCursor hasNextPage } } }")


def check(url, run, acks_path):
    acked = [json.loads(line) for line in open(acks_path, encoding="utf-8") if line.strip()]
    stored = {}
    after = None
    while True:
        status, answer = post(url, PAGE, {"search": "Crash " + run, "after": after})
        if status != 200 or answer.get("errors"):
            print("FAIL: listing the people of run %s: %s" % (run, json.dumps(answer)[:300]))
            return 1
        page = answer["data"]["people"]
        for node in page["nodes"]:
            # the search ranks near misses too (other runs' people); keep this run's own
            if node["name"].startswith("Crash " + run + " "):
                stored[node["name"]] = node
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    failed = 0
    missing = [a for a in acked if a["name"] not in stored or stored[a["name"]]["id"] != a["id"]]
    if missing:
        failed += 1
        print("FAIL: %d of %d acknowledged people are missing after the crash, e.g. %s"
              % (len(missing), len(acked), missing[0]["name"]))
    else:
        print("PASS: all %d acknowledged people survived the crash" % len(acked))
    partial = [p for p in stored.values() if p["aliases"] != ["alias " + p["name"]]]
    if partial:
        failed += 1
        print("FAIL: %d people were stored without their alias (a partial write), e.g. %s"
              % (len(partial), partial[0]["name"]))
    else:
        print("PASS: every stored person of the run (%d, %d more than acknowledged) is complete"
              % (len(stored), len(stored) - len(acked)))
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "write":
        sys.exit(write(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]))
    if len(sys.argv) == 5 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3], sys.argv[4]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)

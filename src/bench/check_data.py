#!/usr/bin/env python3
"""check_data.py DATA_DIR: checks generated CSV files without a database.
Every evidence quote occurs in its article's body at [start_offset, end_offset); every
reference points at a generated row or is empty (the founding dataset is not referenced);
positions are skewed (the top holder has more than 5% of them). Exits 1 on the first failure."""
import csv
import json
import sys

csv.field_size_limit(10**9)
d = sys.argv[1]
meta = json.load(open(f"{d}/meta.json"))


def rows(table):
    with open(f"{d}/{table}.csv", newline="", encoding="ascii") as f:
        yield from csv.DictReader(f)


ids = {}
for t in meta["load_order"]:
    ids[t] = {r["id"] for r in rows(t)}
    if len(ids[t]) != meta["rows"][t]:
        sys.exit(f"{t}: {len(ids[t])} rows, meta says {meta['rows'][t]}")

refs = {
    "office": {"person_id": "person", "organization_id": "organization"},
    "attendance": {"meeting_id": "meeting", "person_id": "person", "organization_id": "organization"},
    "position": {"holder_id": "person", "organization_id": "organization", "topic_id": "topic",
                 "addressee_person_id": "person", "addressee_organization_id": "organization",
                 "meeting_id": "meeting"},
    "evidence": {"article_id": "article", "meeting_id": "meeting", "position_id": "position"},
    "name_alias": {"person_id": "person"},
}
for table, cols in refs.items():
    for r in rows(table):
        for col, target in cols.items():
            if r[col] and r[col] not in ids[target]:
                sys.exit(f"{table} {r['id']}: {col}={r[col]} is not a {target}")

bodies = {r["id"]: r["body"] for r in rows("article")}
n = 0
for r in rows("evidence"):
    s, e = int(r["start_offset"]), int(r["end_offset"])
    if bodies[r["article_id"]][s:e] != r["quote"]:
        sys.exit(f"evidence {r['id']}: quote is not at [{s},{e}) of article {r['article_id']}")
    n += 1
holders = {}
for r in rows("position"):
    holders[r["holder_id"]] = holders.get(r["holder_id"], 0) + 1
top = max(v for k, v in holders.items() if k)
if top < 0.05 * meta["rows"]["position"]:
    sys.exit(f"positions are not skewed: top holder has {top}")
print(f"ok: {sum(meta['rows'].values())} rows, {n} evidence quotes at their offsets, top holder {top} positions")

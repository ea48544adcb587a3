#!/usr/bin/env python3
"""ops.py META OUT_DIR: writes the request body of each benchmark operation (JSON for
POST /graphql) into OUT_DIR/<op>.json, with arguments taken from the generator's meta.json."""
import json
import os
import sys

meta = json.load(open(sys.argv[1]))
out = sys.argv[2]
os.makedirs(out, exist_ok=True)

OPS = {
    # (1) the headline view: one busy leader's commitments on one day
    "commitments": ("""query ($leader: String!, $on: Date!) { commitments(leader: $leader, on: $on) {
  summary condition date datePrecision status holder { name }
  meeting { title date status participants { role person { name } } }
  evidence { quote article { title } } } }""",
                    {"leader": meta["leader"], "on": meta["commitment_day"]}),
    # (1b) the same on a day with exactly 2 commitments: same response shape at every size
    "commitments_fixed": None,
    # (2) first page of meetings with participants, their offices, and the positions taken
    "meetings": ("""query { meetings(first: 20) { nodes { title date
  participants { role person { name offices { role } } }
  positions { kind summary } } } }""", {}),
    # (3) one person's positions over a month
    "person_month": ("""query ($name: String!, $from: Date!, $to: Date!) { person(name: $name) {
  positions(from: $from, to: $to, first: 50) { totalCount nodes { summary date } } } }""",
                     {"name": meta["leader"], "from": meta["month_from"], "to": meta["month_to"]}),
    # (4) a deep page: 20 positions after a cursor 90% into the date-ordered list
    "deep_page": ("""query ($after: String!) { positions(first: 20, after: $after) {
  nodes { summary date } pageInfo { endCursor hasNextPage } } }""",
                  {"after": meta["deep_cursor"]}),
}

OPS["commitments_fixed"] = (OPS["commitments"][0],
                            {"leader": meta["leader"], "on": meta["commitment_day_fixed"]})
for name, (query, variables) in OPS.items():
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"query": query, "variables": variables}, f)
print(" ".join(OPS))

#!/usr/bin/env python3
"""Hostile requests against a running Parley (Python 3 standard library and openssl only).

  hostile.py --url http://127.0.0.1:PORT --log APP_LOG --keys DIR [--psql] [--only FAMILY]

Cases come in families (parse, validation, cost, coercion, unicode, dates, auth, http,
concurrency), most generated from tables of bad values crossed with the places they can be
sent. Every case checks
  - the HTTP status and errors[0].extensions.code (or, for the few accepted controls, no errors),
  - that the body holds no stack trace (no "at org.x.Y(" frames, no "Exception" in a message),
  - that the application log written during the case holds no stack trace and no ERROR line,
  - that no row changed: a digest of the database before and after is the same (a concurrency
    case: changed by exactly the winner's one record). The digest is the row counts of every root
    list and the audit log's length and newest entry (every mutation writes one in its
    transaction); with --psql instead the count and md5 of every table's full content, read
    through .ci/postgres.sh psql (PostgreSQL only: the embedded H2 file is locked by the app).
It prints one line per failed case, a summary per family and "N passed, N failed"; exit status 0
only when nothing failed. DIR holds the key pair the app verifies with (private-key.pem) and a
foreign one (foreign-key.pem).
"""
import argparse
import base64
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

ISSUER = os.environ.get("PARLEY_JWT_ISSUER", "https://parley.example/issuer")
FRAME = re.compile(r"\bat [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\([^)]*\)")
LOG_RECORD = re.compile(r"^\d{4}-\d{2}-\d{2} ")
LOG_TRACE = re.compile(r"^\s+at [\w$.<>@/]+\(|^Caused by: |Exception: |^\S.* ERROR ")


# ----- HTTP -----

class Answer:
    def __init__(self, status, headers, text):
        self.status = status
        self.headers = headers
        self.text = text
        try:
            self.json = json.loads(text) if text else None
        except ValueError:
            self.json = None

    def code(self):
        errors = (self.json or {}).get("errors") if isinstance(self.json, dict) else None
        if not errors:
            return None
        return ((errors[0] or {}).get("extensions") or {}).get("code") or "(no code)"

    def messages(self):
        errors = (self.json or {}).get("errors") if isinstance(self.json, dict) else None
        return [str((e or {}).get("message", "")) for e in (errors or [])]


class Client:
    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port
        self.path = parts.path or "/graphql"

    def send(self, body=None, token=None, method="POST", path=None, headers=None, timeout=60):
        """body: bytes, str, or a dict sent as JSON. Returns an Answer; status 0 when the connection failed."""
        if isinstance(body, dict):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode("utf-8")
        all_headers = {"Accept": "application/json"}
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        if token is not None:
            all_headers["Authorization"] = "Bearer " + token
        all_headers.update(headers or {})
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            connection.request(method, path or self.path, body=body, headers=all_headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", errors="replace")
            return Answer(response.status, dict(response.getheaders()), text)
        except (OSError, http.client.HTTPException) as e:
            return Answer(0, {}, "connection failed: %s" % e)
        finally:
            connection.close()

    def gql(self, query, variables=None, token=None, **extra):
        body = {"query": query}
        if variables is not None:
            body["variables"] = variables
        body.update(extra)
        return self.send(body, token)


# ----- tokens (RS256 with openssl, as src/tools/make-token.sh signs) -----

def b64url(data):
    if isinstance(data, (dict, list)):
        data = json.dumps(data, separators=(",", ":"))
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign(claims, key, header=None):
    head = b64url(header or {"alg": "RS256", "typ": "JWT"})
    signing_input = head + "." + b64url(claims)
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key, "-binary"],
                               input=signing_input.encode("ascii"), capture_output=True, check=True).stdout
    return signing_input + "." + b64url(signature)


def claims(subject="hostile-suite", lifetime=600, **changes):
    now = int(time.time()) - 5
    c = {"iss": ISSUER, "sub": subject, "upn": subject, "groups": ["editor"], "iat": now,
         "exp": now + lifetime, "jti": uuid.uuid4().hex}
    for name, value in changes.items():
        if value is DROP:
            c.pop(name, None)
        else:
            c[name] = value
    return c


DROP = object()


# ----- the database digest -----

DIGEST = ("{ people(first: 0) { totalCount } organizations(first: 0) { totalCount } articles(first: 0) { totalCount }"
          " topics(first: 0) { totalCount } positions(first: 0, includeRetracted: true) { totalCount }"
          " meetings(first: 0, includeRetracted: true) { totalCount }"
          " auditLog(first: 1) { totalCount nodes { action subjectId changedAt } } }")


class Psql:
    """One psql session over .ci/postgres.sh, kept open: a digest costs one round trip."""

    def __init__(self):
        self.process = subprocess.Popen([".ci/postgres.sh", "psql", "-A", "-t", "-F", "|"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        tables = self.query("select tablename from pg_tables where schemaname = 'public'"
                            " and tablename not like 'flyway%' order by 1")
        self.sql = " union all ".join(
            "select '%s', count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from %s t" % (t, t)
            for t in tables) + ";"

    def query(self, sql):
        marker = "--end-%s--" % uuid.uuid4().hex
        self.process.stdin.write(sql.rstrip(";") + ";\n\\echo " + marker + "\n")
        self.process.stdin.flush()
        lines = []
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("psql ended: " + self.process.stderr.read()[:500])
            line = line.rstrip("\n")
            if line == marker:
                return lines
            if line:
                lines.append(line)

    def digest(self):
        return {row.split("|")[0]: row for row in self.query(self.sql)}

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


class Database:
    def __init__(self, client, editor, psql):
        self.client = client
        self.editor = editor
        self.psql = psql

    def digest(self):
        if self.psql:
            # every table's count and content; the names the GraphQL digest uses come from the counts
            state = {"table " + table: row for table, row in self.psql.digest().items()}
            for name, table in TABLE_OF.items():
                state[name] = int(state["table " + table].split("|")[1])
            return state
        answer = self.client.gql(DIGEST, token=self.editor)
        if answer.status != 200 or answer.code():
            raise RuntimeError("digest query failed: %s %s" % (answer.status, answer.text[:300]))
        data = answer.json["data"]
        state = {name: value["totalCount"] for name, value in data.items()}
        state["auditLog.newest"] = json.dumps(data["auditLog"]["nodes"])
        return state


# The tables behind the GraphQL digest's lists (PostgreSQL, where the digest is read with psql).
TABLE_OF = {"people": "person", "organizations": "organization", "articles": "article", "topics": "topic",
            "positions": "position", "meetings": "meeting", "auditLog": "audit_entry"}


def difference(before, after):
    return ["%s: %s -> %s" % (k, str(before.get(k))[:60], str(after.get(k))[:60])
            for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]


# ----- cases -----

class Case:
    """send(ctx) returns an Answer (or a list of Answers for concurrency). expect(ctx, answer) returns a
    list of problems. changes: the digest keys allowed to change (concurrency winners), with how much."""

    def __init__(self, family, name, send, status=200, code=None, changes=None, expect=None):
        self.family, self.name, self.send_fn = family, name, send
        self.status, self.code, self.changes, self.expect_fn = status, code, changes or {}, expect


def request_case(family, name, status, code, send):
    return Case(family, name, send, status, code)


def gql_case(family, name, query, variables=None, status=200, code=None, who="nobody", **extra):
    return Case(family, name, lambda ctx: ctx.client.gql(query, variables(ctx) if callable(variables) else variables,
                                                         ctx.token(who), **extra), status, code)


def raw_case(family, name, body, status, code, who="nobody", headers=None, method="POST", path=None):
    return Case(family, name, lambda ctx: ctx.client.send(body(ctx) if callable(body) else body, ctx.token(who),
                                                          method=method, path=path, headers=headers), status, code)


CREATE_PERSON = "mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }"
CREATE_ORG = "mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id version } } }"
UPDATE_ORG = "mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }"
UPDATE_PERSON = "mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }"
RECORD = "mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id } } }"
UPDATE_POSITION = "mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id } } }"
RETRACT = "mutation ($input: RetractInput!) { retract(input: $input) { node { id } } }"
ADD_ARTICLE = "mutation ($input: AddArticleInput!) { addArticle(input: $input) { article { id } } }"
CREATE_OFFICE = "mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { office { id } } }"
CREATE_MEETING = "mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }"
LINK = "mutation ($input: LinkPositionsInput!) { linkPositions(input: $input) { later { id } } }"
PEOPLE_FIRST = "query ($first: Int) { people(first: $first) { totalCount } }"
OFFICES_AS_OF = "query ($asOf: Date) { person(name: \"Starmer\") { offices(asOf: $asOf) { role } } }"
COMMITMENTS_ON = "query ($on: Date!) { commitments(leader: \"Trump\", on: $on) { summary } }"
POSITIONS_FROM = "query ($from: Date) { positions(from: $from) { totalCount } }"
MEETINGS_TO = "query ($to: Date) { meetings(to: $to) { totalCount } }"


def position_input(ctx, **changes):
    value = {"holder": ctx.ids["person"], "kind": "STANCE", "summary": "A hostile-suite stance.",
             "date": {"value": "2025-03-02", "precision": "DAY", "basis": "STATED"},
             "evidence": [{"article": ctx.ids["article"], "quote": ctx.ids["quote"]}]}
    value.update(changes)
    return value


def office_input(ctx, **changes):
    value = {"person": ctx.ids["person"], "organization": ctx.ids["organization"], "role": "Hostile role",
             "start": {"value": "2025-01", "precision": "MONTH", "basis": "STATED"},
             "evidence": [{"article": ctx.ids["article"], "quote": ctx.ids["quote"]}]}
    value.update(changes)
    return value


def mutation(family, name, query, input_fn, code="BAD_USER_INPUT", status=200, who="editor"):
    return Case(family, name, lambda ctx: ctx.client.gql(query, {"input": input_fn(ctx)}, ctx.token(who)), status, code)


def parse_cases():
    f = "parse"
    documents = [
        ("unclosed selection", "{ people { totalCount }"),
        ("unclosed argument list", "{ meetings( }"),
        ("unterminated string", "{ person(name: \"Rutte) { id } }"),
        ("unterminated block string", "{ person(name: \"\"\"Rutte) { id } }"),
        ("escape beyond Unicode", "{ person(name: \"a\\u{FFFFFFFFFFFF}b\") { id } }"),
        ("escape above U+10FFFF", "{ person(name: \"a\\u{110000}b\") { id } }"),
        ("escape that is not hex", "{ person(name: \"a\\uZZZZb\") { id } }"),
        ("unknown escape", "{ person(name: \"a\\qb\") { id } }"),
        ("raw line break in a string", "{ person(name: \"a\nb\") { id } }"),
        ("a character GraphQL lacks", "{ people { totalCount } } \u2603"),
        ("number ending in a dot", "{ people(first: 1.) { totalCount } }"),
        ("hexadecimal number", "{ people(first: 0x10) { totalCount } }"),
        ("number with a leading zero", "{ people(first: 007) { totalCount } }"),
        ("name starting with a digit", "{ 1people { totalCount } }"),
        ("empty selection", "{ }"),
        ("stray closing brace", "{ people { totalCount } } }"),
        ("operation keyword only", "query"),
        ("variable sign alone", "query ($) { people { totalCount } }"),
        ("directive sign alone", "{ people @ { totalCount } }"),
        ("spread without a name", "{ ... }"),
        ("fragment without a type condition", "fragment F { id } { people { totalCount } }"),
        ("ten thousand open brackets in a value", "{ people(search: " + "[" * 1400 + ") { totalCount } }"),
        ("nested lists as a value, 1,400 deep", "{ people(search: " + "[" * 1400 + "]" * 1400 + ") { totalCount } }"),
        ("nested objects as a value, 900 deep", "{ people(search: " + "{a: " * 900 + "1" + "}" * 900 + ") { totalCount } }"),
        ("only a comment", "# nothing here"),
        ("empty document", ""),
        ("only whitespace", "   \n\t  "),
        ("unicode escape of a lone surrogate", "{ person(name: \"a\\uD800b\") { id } }"),
        ("mutation without a selection", "mutation"),
        ("subscription keyword with garbage", "subscription { { } }"),
    ]
    cases = []
    for name, document in documents:
        cases.append(gql_case(f, name, document, code="GRAPHQL_PARSE_FAILED"))
    return cases


def validation_cases():
    f = "validation"
    v = "GRAPHQL_VALIDATION_FAILED"
    documents = [
        ("unknown root field", "{ secrets { id } }", None),
        ("unknown nested field", "{ meetings { nodes { secretField } } }", None),
        ("unknown argument", "{ people(limit: 5) { totalCount } }", None),
        ("missing required argument", "{ person { id } }", None),
        ("selection on a scalar", "{ people { totalCount { value } } }", None),
        ("object without a selection", "{ people }", None),
        ("fragment on an unknown type", "{ ...F } fragment F on Nothing { id }", None),
        ("undefined fragment", "{ ...Missing }", None),
        ("unused fragment", "{ topics(first: 1) { totalCount } } fragment F on Query { topics { totalCount } }", None),
        ("fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", None),
        ("self-referencing fragment", "{ ...A } fragment A on Query { people { totalCount } ...A }", None),
        ("two operations with one name", "query A { topics { totalCount } } query A { people { totalCount } }", None),
        ("anonymous operation among others", "{ topics { totalCount } } query B { people { totalCount } }", None),
        ("undefined variable", "{ people(first: $n) { totalCount } }", None),
        ("unused variable", "query ($n: Int) { people { totalCount } }", None),
        ("variable of the wrong type", "query ($s: String) { people(first: $s) { totalCount } }", None),
        ("variable of an unknown type", "query ($s: Nothing) { people { totalCount } }", None),
        ("variable of an output type", "query ($p: Person) { people { totalCount } }", None),
        ("two variables with one name", "query ($n: Int, $n: Int) { people(first: $n) { totalCount } }", None),
        ("unknown directive", "{ people @foo { totalCount } }", None),
        ("skip without if", "{ people @skip { totalCount } }", None),
        ("argument given twice", "{ people(first: 1, first: 2) { totalCount } }", None),
        ("conflicting fields under one alias", "{ a: people { totalCount } a: topics { totalCount } }", None),
        ("mutation field in a query", "{ createPerson(input: {name: \"x\"}) { person { id } } }", None),
        ("query field in a mutation", "mutation { people { totalCount } }", None),
        ("spread of an impossible type", "{ people { nodes { ... on Meeting { title } } } }", None),
        ("introspection of an unknown field", "{ __schema { secrets } }", None),
        ("operationName naming no operation", "query A { topics { totalCount } }", "Nope"),
    ]
    cases = []
    for name, document, operation in documents:
        extra = {"operationName": operation} if operation else {}
        cases.append(gql_case(f, name, document, code=v, **extra))
    # subscriptions run over the WebSocket only: one sent with POST (even one naming a field the
    # Subscription type lacks) is refused before validation, and nothing runs
    cases.append(gql_case(f, "subscription sent with POST", "subscription { people { totalCount } }",
                          status=400, code="BAD_REQUEST"))
    # a literal of the wrong type for an argument is a wrong value (README: BAD_USER_INPUT)
    for name, document in [("unknown enum literal", "{ positions(kind: PROMISE) { totalCount } }"),
                           ("enum written as a string literal", "{ positions(kind: \"STANCE\") { totalCount } }"),
                           ("list literal for a String", "{ people(search: [\"a\"]) { totalCount } }"),
                           ("object literal for an ID", "{ node(id: {a: 1}) { id } }")]:
        cases.append(gql_case(f, name, document, code="BAD_USER_INPUT"))
    return cases


def cost_cases():
    f = "cost"
    deep = lambda n: "{ meetings(first: 1) { nodes { " + "participants { person { meetings(first: 1) { nodes { " * n + "id" + " } } } }" * n + " } } }"
    bomb = ["fragment F0 on Query { topics { totalCount } }"]
    for k in range(1, 12):
        bomb.append("fragment F%d on Query { a: people { totalCount } ...F%d ...F%d }" % (k, k - 1, k - 1))
    fragment_bomb = "{ ...F11 } " + " ".join(bomb)
    wide = lambda n: "{ " + " ".join("p%d: people { nodes { id name aliases } totalCount }" % k for k in range(n)) + " }"
    mutations = lambda n: "mutation { " + " ".join(
        "r%d: retract(input: { id: \"UG9zaXRpb246MQ\", reason: \"flood\" }) { node { id } }" % k for k in range(n)) + " }"
    mutations_in_fragments = ("mutation { ...M ...N } fragment M on Mutation { " + " ".join(
        "r%d: retract(input: { id: \"UG9zaXRpb246MQ\", reason: \"flood\" }) { node { id } }" % k for k in range(6))
        + " } fragment N on Mutation { " + " ".join(
        "s%d: retract(input: { id: \"UG9zaXRpb246MQ\", reason: \"flood\" }) { node { id } }" % k for k in range(6)) + " }")
    pages = ("{ people(first: 100) { nodes { positions(first: 100) { nodes { meeting { participants { person {"
             " positions(first: 100) { nodes { id summary } } } } } } } } } }")
    cases = [
        gql_case(f, "nested 13 levels", deep(3), code="QUERY_TOO_DEEP"),
        gql_case(f, "nested 30 levels", deep(7), code="QUERY_TOO_DEEP"),
        gql_case(f, "nested 60 levels", deep(15), code="QUERY_TOO_DEEP"),
        gql_case(f, "introspection nested 40 levels", "{ __schema { types { " + "fields { type { " * 10 + "name" + " } }" * 10 + " } } }",
                 code="QUERY_TOO_COMPLEX"),
        gql_case(f, "200 aliased lists", wide(200), code="QUERY_TOO_COMPLEX"),
        gql_case(f, "1,300 fields in 260 aliased lists", "{ " + " ".join(
            "a%d: people { nodes { id name } totalCount }" % k for k in range(260)) + " }", code="QUERY_TOO_COMPLEX"),
        gql_case(f, "fragment bomb (2^11 expansions)", fragment_bomb, code="QUERY_TOO_COMPLEX"),
        gql_case(f, "three nested pages of 100", pages, code="QUERY_TOO_COMPLEX"),
        gql_case(f, "11 mutations", mutations(11), code="QUERY_TOO_COMPLEX", who="editor"),
        gql_case(f, "50 mutations", mutations(50), code="QUERY_TOO_COMPLEX", who="editor"),
        gql_case(f, "12 mutations through fragments", mutations_in_fragments, code="QUERY_TOO_COMPLEX", who="editor"),
        gql_case(f, "3,001 tokens", "{ " + "__typename " * 2999 + "}", code="QUERY_TOO_LARGE"),
        gql_case(f, "6,000 tokens", "{ " + "a " * 5998 + "}", code="QUERY_TOO_LARGE"),
        gql_case(f, "3,001 tokens in a mutation", "mutation { " + "__typename " * 2999 + "}", code="QUERY_TOO_LARGE",
                 who="editor"),
        gql_case(f, "25,000 commas", "{ people { totalCount } " + "," * 25000 + "}", code="QUERY_TOO_LARGE"),
        gql_case(f, "15,000 comment lines", "{ people { totalCount }\n" + "#\n" * 15000 + "}", code="QUERY_TOO_LARGE"),
        raw_case(f, "body of 70,000 bytes", lambda ctx: {"query": "{ people { totalCount } }", "variables": {"x": "x" * 70000}},
                 413, "QUERY_TOO_LARGE"),
        raw_case(f, "body of 1 MB", lambda ctx: {"query": "{ people { totalCount } }", "variables": {"x": "x" * 1000000}},
                 413, "QUERY_TOO_LARGE"),
        gql_case(f, "page of 101", PEOPLE_FIRST, {"first": 101}, code="BAD_USER_INPUT"),
        gql_case(f, "page of -1", PEOPLE_FIRST, {"first": -1}, code="BAD_USER_INPUT"),
        gql_case(f, "page of 2^31-1", PEOPLE_FIRST, {"first": 2147483647}, code="BAD_USER_INPUT"),
        # controls at the limits: accepted, and a read changes nothing
        gql_case(f, "exactly 3,000 tokens (accepted)", "{ __typename " + " ".join(
            "a%d: __typename" % k for k in range(1, 1000)) + " }", code=None),
        gql_case(f, "page of 100 (accepted)", PEOPLE_FIRST, {"first": 100}, code=None),
    ]
    return cases


def coercion_cases():
    f = "coercion"
    bad_ints = [("1e30", 1e30), ("1.5", 1.5), ("2^31", 2 ** 31), ("2^63", 2 ** 63), ("2^64", 2 ** 64),
                ("2^32", 2 ** 32), ("-2^31-1", -2 ** 31 - 1), ("-2^32", -2 ** 32), ("string 12", "12"),
                ("string 0", "0"), ("true", True), ("a list", [1]), ("an object", {"n": 1}), ("string one", "one"),
                ("0.0001", 0.0001)]
    cases = []
    for name, value in bad_ints:
        cases.append(gql_case(f, "first: %s" % name, PEOPLE_FIRST, {"first": value}, code="BAD_USER_INPUT"))
        cases.append(mutation(f, "position version: %s" % name, UPDATE_POSITION,
                              lambda ctx, value=value: {"id": ctx.ids["position"], "version": value, "summary": "wrapped"}))
    for name, literal in [("2^32", "4294967296"), ("string", "\"12\""), ("1.5", "1.5"), ("1e3", "1e3"), ("2^63", "9223372036854775808")]:
        cases.append(gql_case(f, "first: %s literal" % name, "{ people(first: %s) { totalCount } }" % literal,
                              code="BAD_USER_INPUT"))
    for name, number in [("1e400", "1e400"), ("-1e400", "-1e400"), ("2^100", str(2 ** 100))]:
        cases.append(raw_case(f, "first: %s in JSON" % name,
                              "{\"query\": \"%s\", \"variables\": {\"first\": %s}}" % (PEOPLE_FIRST, number), 200, "BAD_USER_INPUT"))
    cases += [
        mutation(f, "person version 2^32", UPDATE_PERSON,
                 lambda ctx: {"id": ctx.ids["person"], "version": 2 ** 32, "name": "Wrapped"}),
        mutation(f, "organization version -2^32", UPDATE_ORG,
                 lambda ctx: {"id": ctx.ids["organization"], "version": -2 ** 32, "name": "Wrapped"}),
        gql_case(f, "Boolean as a string", "query ($r: Boolean) { positions(includeRetracted: $r) { totalCount } }",
                 {"r": "true"}, code="BAD_USER_INPUT"),
        gql_case(f, "Boolean as 1", "query ($r: Boolean) { positions(includeRetracted: $r) { totalCount } }",
                 {"r": 1}, code="BAD_USER_INPUT"),
        gql_case(f, "enum in lower case", "query ($k: PositionKind) { positions(kind: $k) { totalCount } }",
                 {"k": "stance"}, code="BAD_USER_INPUT"),
        gql_case(f, "enum as a number", "query ($k: PositionKind) { positions(kind: $k) { totalCount } }",
                 {"k": 1}, code="BAD_USER_INPUT"),
        gql_case(f, "String as a number", "query ($s: String) { people(search: $s) { totalCount } }",
                 {"s": 12}, code="BAD_USER_INPUT"),
        gql_case(f, "String as an object", "query ($s: String) { people(search: $s) { totalCount } }",
                 {"s": {"a": 1}}, code="BAD_USER_INPUT"),
        gql_case(f, "ID as an object", "query ($id: ID!) { node(id: $id) { id } }", {"id": {"a": 1}}, code="BAD_USER_INPUT"),
        gql_case(f, "ID as a float", "query ($id: ID!) { node(id: $id) { id } }", {"id": 1.5}, code="BAD_USER_INPUT"),
        gql_case(f, "malformed ID", "query ($id: ID!) { node(id: $id) { id } }", {"id": "!!!"}, code="BAD_USER_INPUT"),
        gql_case(f, "null for a non-null variable", "query ($id: ID!) { node(id: $id) { id } }", {"id": None},
                 code="BAD_USER_INPUT"),
        gql_case(f, "missing non-null variable", "query ($id: ID!) { node(id: $id) { id } }", {}, code="BAD_USER_INPUT"),
        gql_case(f, "malformed cursor", "query ($a: String) { people(after: $a) { totalCount } }", {"a": "%%%"},
                 code="BAD_USER_INPUT"),
        mutation(f, "input field the type lacks", CREATE_PERSON, lambda ctx: {"name": "Extra Field", "admin": True},
                 code="GRAPHQL_VALIDATION_FAILED"),
        mutation(f, "list for a String in an input", RECORD, lambda ctx: position_input(ctx, summary=["a"])),
        mutation(f, "null for a required input field", RECORD, lambda ctx: position_input(ctx, evidence=None)),
        mutation(f, "occurrence 1.5", RECORD, lambda ctx: position_input(
            ctx, evidence=[{"article": ctx.ids["article"], "quote": ctx.ids["quote"], "occurrence": 1.5}])),
        mutation(f, "occurrence 2^32+1", RECORD, lambda ctx: position_input(
            ctx, evidence=[{"article": ctx.ids["article"], "quote": ctx.ids["quote"], "occurrence": 2 ** 32 + 1}])),
    ]
    return cases


def unicode_cases():
    f = "unicode"
    invisible = [("zero-width characters", "\u200b\u200c\u200d\ufeff"), ("soft hyphens", "\u00ad\u00ad \u00ad"),
                 ("spaces of every kind", "\u00a0\u2003\u3000 \t"), ("word joiners", "\u2060\u2060"),
                 ("an empty string", ""), ("bidi marks only", "\u200e\u200f\u202a\u202c")]
    too_long = [("301 letters", "n" * 301), ("301 composed e + U+0301", "e\u0301" * 301), ("301 emoji", "\U0001F600" * 301),
                ("20 x U+FDFA (folds to 360)", "\ufdfa" * 20), ("5,000 letters", "x" * 5000)]
    cases = []
    for name, value in invisible + too_long:
        cases.append(mutation(f, "person name of %s" % name, CREATE_PERSON, lambda ctx, value=value: {"name": value}))
        cases.append(mutation(f, "alias of %s" % name, CREATE_PERSON,
                              lambda ctx, value=value: {"name": "Hostile Alias " + uuid.uuid4().hex, "aliases": [value]}))
        cases.append(mutation(f, "organization name of %s" % name, CREATE_ORG,
                              lambda ctx, value=value: {"name": value, "kind": "GROUP"}))
    nul_places = [
        ("person name", CREATE_PERSON, lambda ctx: {"name": "a\u0000b"}),
        ("alias", CREATE_PERSON, lambda ctx: {"name": "Nul Alias " + uuid.uuid4().hex, "aliases": ["x\u0000"]}),
        ("summary", RECORD, lambda ctx: position_input(ctx, summary="a\u0000b")),
        ("quote", RECORD, lambda ctx: position_input(ctx, evidence=[{"article": ctx.ids["article"], "quote": "q\u0000"}])),
        ("article text", ADD_ARTICLE, lambda ctx: {"title": "Nul", "language": "nl", "publishedMonth": "2025-04",
                                                    "text": "tekst \u0000 " + uuid.uuid4().hex}),
        ("retraction reason", RETRACT, lambda ctx: {"id": ctx.ids["position"], "reason": "r\u0000"}),
    ]
    for name, query, input_fn in nul_places:
        cases.append(mutation(f, "NUL in a %s" % name, query, input_fn))
    cases += [
        gql_case(f, "NUL escape in a name literal", "mutation { createPerson(input: { name: \"a\\u0000b\" }) { person { id } } }",
                 code="BAD_USER_INPUT", who="editor"),
        gql_case(f, "NUL escape in an alias literal",
                 "mutation { createPerson(input: { name: \"Nul Lit\", aliases: [\"x\\u0000\"] }) { person { id } } }",
                 code="BAD_USER_INPUT", who="editor"),
        gql_case(f, "NUL escape in a search", "{ people(search: \"a\\u0000\") { totalCount } }", code="BAD_USER_INPUT"),
        gql_case(f, "NUL in a search variable", "query ($s: String) { people(search: $s) { totalCount } }", {"s": "a\u0000"},
                 code="BAD_USER_INPUT"),
        gql_case(f, "NUL in a name to look up", "query ($n: String!) { person(name: $n) { id } }", {"n": "Rut\u0000te"},
                 code="BAD_USER_INPUT"),
        gql_case(f, "NUL in the operationName", "query A { topics { totalCount } }", operationName="A\u0000",
                 code="BAD_USER_INPUT"),
        raw_case(f, "lone high surrogate in a name (JSON escape)",
                 "{\"query\": \"%s\", \"variables\": {\"input\": {\"name\": \"a\\ud800b\"}}}" % CREATE_PERSON, 200,
                 "BAD_USER_INPUT", who="editor"),
        raw_case(f, "lone low surrogate in a search (JSON escape)",
                 "{\"query\": \"query ($s: String) { people(search: $s) { totalCount } }\", \"variables\": {\"s\": \"\\udc00\"}}",
                 200, "BAD_USER_INPUT"),
        raw_case(f, "invalid UTF-8 bytes in the body", "{\"query\": \"{ person(name: \\\"".encode() + b"\xff\xfe\xc3" + b"\\\") { id } }\"}",
                 400, "BAD_REQUEST"),
        raw_case(f, "overlong UTF-8 encoding of '/'", "{\"query\": \"{ people { totalCount } }\", \"x\": \"".encode()
                 + b"\xc0\xaf" + b"\"}", 400, "BAD_REQUEST"),
        raw_case(f, "UTF-16 body", "{\"query\": \"{ people { totalCount } }\"}".encode("utf-16-le"), 400, "BAD_REQUEST"),
    ]
    return cases


def dates_cases():
    f = "dates"
    bad = ["2025-02-30", "2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
           "10000-01-01", "+9999999-01-01", "-000001-01-01", "0000-01-01", "2025-1-1", "25-01-01", "2025/01/01",
           "20250101", "2025-01-01T00:00:00", "2025-01-01Z", "", " 2025-01-01", "2025-01-01 ", "\uff12\uff10\uff12\uff15-01-01",
           "\u0662\u0660\u0662\u0665-01-01", "2025-W01-1", "2025-001"]
    cases = []
    places = [("asOf", OFFICES_AS_OF, "asOf"), ("on", COMMITMENTS_ON, "on"), ("from", POSITIONS_FROM, "from"),
              ("to", MEETINGS_TO, "to")]
    for k, value in enumerate(bad):
        # each bad date in two of the four places, rotating, so every place sees most kinds
        for place, query, variable in (places[k % 4], places[(k + 1) % 4]):
            cases.append(gql_case(f, "%s %r" % (place, value), query, {variable: value}, code="BAD_USER_INPUT"))
    for value in ["2025-02-30", "10000-01-01", "0000-01-01"]:
        cases.append(gql_case(f, "asOf %r literal" % value,
                              "{ person(name: \"Starmer\") { offices(asOf: \"%s\") { role } } }" % value, code="BAD_USER_INPUT"))
    cases += [
        gql_case(f, "date as a number", POSITIONS_FROM, {"from": 20250101}, code="BAD_USER_INPUT"),
        gql_case(f, "date as an object", POSITIONS_FROM, {"from": {"y": 2025}}, code="BAD_USER_INPUT"),
        gql_case(f, "on together with from", "{ positions(on: \"2025-03-02\", from: \"2025-01-01\") { totalCount } }",
                 code="BAD_USER_INPUT"),
        gql_case(f, "to before from", "{ positions(from: \"2025-03-02\", to: \"2025-01-01\") { totalCount } }",
                 code="BAD_USER_INPUT"),
        gql_case(f, "edge dates 0001-01-01 and 9999-12-31 (accepted)",
                 "{ a: positions(from: \"0001-01-01\", to: \"9999-12-31\") { totalCount } }", code=None),
    ]
    partial = [("2025-02-30", "DAY"), ("2025-13", "MONTH"), ("2025-03-02", "MONTH"), ("2025-02", "DAY"), ("2025", "MONTH"),
               ("0000", "YEAR"), ("10000", "YEAR"), ("-0001", "YEAR"), ("+2025", "YEAR"), ("27-02-2025", "DAY"),
               ("2025-02-28/2025-02-27", "RANGE"), ("2025-02-28/", "RANGE"), ("2025-02-30/2025-03-01", "RANGE")]
    for value, precision in partial:
        cases.append(mutation(f, "position date %r at %s" % (value, precision), RECORD, lambda ctx, v=value, p=precision:
                              position_input(ctx, date={"value": v, "precision": p, "basis": "STATED"})))
    cases += [
        mutation(f, "position date without basis", RECORD,
                 lambda ctx: position_input(ctx, date={"value": "2025-03-02", "precision": "DAY"})),
        mutation(f, "office start 2025-02-30", CREATE_OFFICE,
                 lambda ctx: office_input(ctx, start={"value": "2025-02-30", "precision": "DAY", "basis": "STATED"})),
        mutation(f, "office ending before it starts", CREATE_OFFICE,
                 lambda ctx: office_input(ctx, end={"value": "2024", "precision": "YEAR", "basis": "STATED"})),
        mutation(f, "article published in month 13", ADD_ARTICLE,
                 lambda ctx: {"title": "t", "language": "nl", "publishedMonth": "2025-13", "text": "x " + uuid.uuid4().hex}),
        mutation(f, "article published in year 0000", ADD_ARTICLE,
                 lambda ctx: {"title": "t", "language": "nl", "publishedMonth": "0000-01", "text": "x " + uuid.uuid4().hex}),
    ]
    return cases


def auth_cases():
    f = "auth"
    create = lambda ctx: {"query": CREATE_PERSON, "variables": {"input": {"name": "Hostile Auth " + uuid.uuid4().hex}}}

    def as_token(name, token_fn, status, code, headers_fn=None):
        def send(ctx):
            token = token_fn(ctx)
            headers = headers_fn(ctx) if headers_fn else None
            return ctx.client.send(create(ctx), token, headers=headers)
        return Case(f, name, send, status, code)

    key = lambda ctx: ctx.key
    signed = lambda **changes: (lambda ctx: sign(claims(**changes), ctx.key))
    cases = [
        as_token("no token", lambda ctx: None, 200, "UNAUTHENTICATED"),
        as_token("reader without the editor role", signed(groups=["reader"]), 200, "FORBIDDEN"),
        as_token("empty groups", signed(groups=[]), 200, "FORBIDDEN"),
        as_token("groups holding a number", signed(groups=[1]), 401, "UNAUTHENTICATED"),
        as_token("groups as a string", signed(groups="editor"), 401, "UNAUTHENTICATED"),
        as_token("groups as an object", signed(groups={"editor": True}), 401, "UNAUTHENTICATED"),
        as_token("expired", lambda ctx: sign(claims(iat=int(time.time()) - 7200, exp=int(time.time()) - 3600), ctx.key),
                 401, "UNAUTHENTICATED"),
        as_token("no iat", signed(iat=DROP), 401, "UNAUTHENTICATED"),
        as_token("no exp", signed(exp=DROP), 401, "UNAUTHENTICATED"),
        as_token("lifetime of 24 h and a second", signed(lifetime=24 * 3600 + 1), 401, "UNAUTHENTICATED"),
        as_token("lifetime of 100 years", signed(lifetime=100 * 365 * 24 * 3600), 401, "UNAUTHENTICATED"),
        as_token("issued an hour ahead", lambda ctx: sign(claims(iat=int(time.time()) + 3600, exp=int(time.time()) + 4000),
                                                          ctx.key), 401, "UNAUTHENTICATED"),
        as_token("iat as a string", signed(iat="yesterday"), 401, "UNAUTHENTICATED"),
        as_token("exp of 2^63", signed(exp=2 ** 63), 401, "UNAUTHENTICATED"),
        as_token("another issuer", signed(iss="https://evil.example/issuer"), 401, "UNAUTHENTICATED"),
        as_token("no issuer", signed(iss=DROP), 401, "UNAUTHENTICATED"),
        as_token("sub of 257 characters", signed(sub="s" * 257, upn="s" * 257), 401, "UNAUTHENTICATED"),
        as_token("sub of 5,000 characters", signed(sub="s" * 5000, upn="s" * 5000), 401, "UNAUTHENTICATED"),
        as_token("sub a number", signed(sub=42, upn=DROP), 401, "UNAUTHENTICATED"),
        as_token("sub with NUL", signed(sub="a\u0000b", upn="a\u0000b"), 401, "UNAUTHENTICATED"),
        as_token("signed by another key", lambda ctx: sign(claims(), ctx.foreign), 401, "UNAUTHENTICATED"),
        as_token("payload altered after signing", lambda ctx: tamper(sign(claims(groups=["reader"]), ctx.key)), 401,
                 "UNAUTHENTICATED"),
        as_token("signature cut off", lambda ctx: sign(claims(), ctx.key).rsplit(".", 1)[0] + ".", 401, "UNAUTHENTICATED"),
        as_token("alg none", lambda ctx: b64url({"alg": "none", "typ": "JWT"}) + "." + b64url(claims()) + ".", 401,
                 "UNAUTHENTICATED"),
        as_token("HS256 keyed with the public key", lambda ctx: hs256_with_public_key(ctx), 401, "UNAUTHENTICATED"),
        as_token("garbage", lambda ctx: "garbage", 401, "UNAUTHENTICATED"),
        as_token("three empty segments", lambda ctx: "..", 401, "UNAUTHENTICATED"),
        # over the HTTP server's header limit: refused before anything runs, with the status alone
        as_token("token of 30 KB", lambda ctx: sign(claims(padding="p" * 30000), ctx.key), 431, None),
        as_token("empty bearer", lambda ctx: None, 200, "UNAUTHENTICATED", lambda ctx: {"Authorization": "Bearer "}),
        as_token("Basic credentials", lambda ctx: None, 200, "UNAUTHENTICATED",
                 lambda ctx: {"Authorization": "Basic YWRtaW46YWRtaW4="}),
        Case(f, "auditLog without a token", lambda ctx: ctx.client.gql("{ auditLog { totalCount } }"), 200, "UNAUTHENTICATED"),
        Case(f, "auditLog as a reader", lambda ctx: ctx.client.gql("{ auditLog { totalCount } }", token=ctx.token("reader")),
             200, "FORBIDDEN"),
        Case(f, "a read with a bad token still runs (accepted)",
             lambda ctx: ctx.client.gql("{ topics(first: 1) { totalCount } }", token="garbage"), 200, None),
    ]
    return cases


def tamper(token):
    head, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["groups"] = ["editor"]
    return head + "." + b64url(data) + "." + signature


def hs256_with_public_key(ctx):
    import hashlib
    import hmac
    with open(ctx.public, "rb") as f:
        secret = f.read()
    signing_input = b64url({"alg": "HS256", "typ": "JWT"}) + "." + b64url(claims())
    return signing_input + "." + b64url(hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest())


def http_cases():
    f = "http"
    q = "{ topics { totalCount } }"
    bodies = [
        ("malformed JSON", "{\"query\": \"{ topics", 400, "BAD_REQUEST"),
        ("empty body", "", 400, "BAD_REQUEST"),
        ("JSON null", "null", 400, "BAD_REQUEST"),
        ("JSON string", "\"%s\"" % q, 400, "BAD_REQUEST"),
        ("JSON array of operations", "[{\"query\": \"%s\"}, {\"query\": \"%s\"}]" % (q, q), 400, "BAD_REQUEST"),
        ("no query", "{\"variables\": {}}", 400, "BAD_REQUEST"),
        ("query a number", "{\"query\": 42}", 400, "BAD_REQUEST"),
        ("query null", "{\"query\": null}", 400, "BAD_REQUEST"),
        ("query an array", "{\"query\": [\"%s\"]}" % q, 400, "BAD_REQUEST"),
        ("variables a string", "{\"query\": \"%s\", \"variables\": \"{}\"}" % q, 400, "BAD_REQUEST"),
        ("variables an array", "{\"query\": \"%s\", \"variables\": []}" % q, 400, "BAD_REQUEST"),
        ("operationName a number", "{\"query\": \"%s\", \"operationName\": 5}" % q, 400, "BAD_REQUEST"),
        ("operationName an object", "{\"query\": \"%s\", \"operationName\": {}}" % q, 400, "BAD_REQUEST"),
        ("operationName empty with two operations",
         "{\"query\": \"query A { topics { totalCount } } query B { people { totalCount } }\", \"operationName\": \"\"}",
         400, "BAD_REQUEST"),
        ("byte order mark", "\ufeff{\"query\": \"%s\"}" % q, 400, "BAD_REQUEST"),
        ("block comment", "{\"query\": \"%s\" /* hi */}" % q, 400, "BAD_REQUEST"),
        ("line comment", "// hi\n{\"query\": \"%s\"}" % q, 400, "BAD_REQUEST"),
        ("trailing comma", "{\"query\": \"%s\",}" % q, 400, "BAD_REQUEST"),
        ("single quotes", "{'query': '%s'}" % q, 400, "BAD_REQUEST"),
        ("NaN", "{\"query\": \"%s\", \"variables\": {\"n\": NaN}}" % PEOPLE_FIRST, 400, "BAD_REQUEST"),
        ("Infinity", "{\"query\": \"%s\", \"variables\": {\"n\": Infinity}}" % PEOPLE_FIRST, 400, "BAD_REQUEST"),
        ("two JSON values", "{\"query\": \"%s\"} {\"query\": \"%s\"}" % (q, q), 400, "BAD_REQUEST"),
        ("unquoted key", "{query: \"%s\"}" % q, 400, "BAD_REQUEST"),
        ("JSON nested 5,000 deep in variables", "{\"query\": \"%s\", \"variables\": {\"x\": %s%s}}" % (q, "[" * 5000, "]" * 5000),
         400, "BAD_REQUEST"),
    ]
    cases = [raw_case(f, name, body, status, code) for name, body, status, code in bodies]
    get = lambda params: "/graphql?" + urllib.parse.urlencode(params)
    cases += [
        raw_case(f, "persisted query hash that is not the query's", lambda ctx: {
            "query": q, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}}, 400, "BAD_REQUEST"),
        raw_case(f, "persisted query hash unknown", lambda ctx: {
            "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ab" * 32}}}, 200, "PERSISTED_QUERY_NOT_FOUND"),
        raw_case(f, "GET with a mutation", None, 405, "BAD_REQUEST", method="GET",
                 path=get({"query": "mutation { retract(input: {id: \"x\", reason: \"r\"}) { node { id } } }"}), who="editor"),
        raw_case(f, "GET without a query", None, 400, "BAD_REQUEST", method="GET", path="/graphql?foo=bar"),
        raw_case(f, "GET with variables that are not JSON", None, 400, "BAD_REQUEST", method="GET",
                 path=get({"query": PEOPLE_FIRST, "variables": "{first: 1"})),
        raw_case(f, "GET with a document that does not parse", None, 200, "GRAPHQL_PARSE_FAILED", method="GET",
                 path=get({"query": "{ people {"})),
        raw_case(f, "GET with a bad Int", None, 200, "BAD_USER_INPUT", method="GET",
                 path=get({"query": PEOPLE_FIRST, "variables": json.dumps({"first": 2 ** 32})})),
    ]
    return cases


# ----- concurrency: 8 clients, the same change; one wins, the others get CONFLICT -----

def concurrently(ctx, bodies):
    answers = [None] * len(bodies)
    start = threading.Barrier(len(bodies))
    token = ctx.token("editor")

    def run(k):
        start.wait()
        answers[k] = ctx.client.send(bodies[k], token)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(len(bodies))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def one_winner(ctx, answers):
    problems = []
    winners = [a for a in answers if a.status == 200 and not a.code()]
    if len(winners) != 1:
        problems.append("%d winners of %d (want 1)" % (len(winners), len(answers)))
    for a in answers:
        if a not in winners and (a.status != 200 or a.code() != "CONFLICT"):
            problems.append("a loser got HTTP %s %s (want 200 CONFLICT): %s" % (a.status, a.code(), a.text[:200]))
    return problems


def concurrency_cases():
    f = "concurrency"
    n = 8

    def same(query, input_fn):
        return lambda ctx: concurrently(ctx, [{"query": query, "variables": {"input": input_fn(ctx, k)}} for k in range(n)])

    cases = []
    for round_ in range(3):
        cases.append(Case(f, "8 x createPerson, one name in two spellings (round %d)" % (round_ + 1),
                          lambda ctx: (lambda name: concurrently(ctx, [{"query": CREATE_PERSON, "variables": {"input": {
                              "name": name if k % 2 else name.upper()}}} for k in range(n)]))("Race Person " + uuid.uuid4().hex),
                          changes={"people": 1, "auditLog": 1}, expect=one_winner))
        cases.append(Case(f, "8 x createOrganization, one name (round %d)" % (round_ + 1),
                          lambda ctx: (lambda name: concurrently(ctx, [{"query": CREATE_ORG, "variables": {"input": {
                              "name": name, "kind": "GROUP"}}} for k in range(n)]))("Race Org " + uuid.uuid4().hex),
                          changes={"organizations": 1, "auditLog": 1}, expect=one_winner))
        cases.append(Case(f, "8 x addArticle, one text (round %d)" % (round_ + 1),
                          lambda ctx: (lambda text: concurrently(ctx, [{"query": ADD_ARTICLE, "variables": {"input": {
                              "title": "Race", "language": "nl", "publishedMonth": "2025-04", "text": text}}}
                              for k in range(n)]))("Race article " + uuid.uuid4().hex),
                          changes={"articles": 1, "auditLog": 1}, expect=one_winner))
    cases.append(Case(f, "8 x createPerson, one name with and without diacritics", lambda ctx: race_folded(ctx, n),
                      changes={"people": 1, "auditLog": 1}, expect=one_winner))
    cases.append(Case(f, "A in B and B in A at once", lambda ctx: race_cycle(ctx), changes={"auditLog": 1}, expect=no_cycle))
    return cases


def race_folded(ctx, n):
    tag = uuid.uuid4().hex
    names = ["Race \u00c9lodie \u0160imek " + tag, "race elodie simek " + tag]
    return concurrently(ctx, [{"query": CREATE_PERSON, "variables": {"input": {"name": names[k % 2]}}} for k in range(n)])


def race_cycle(ctx):
    made = []
    for label in ("A", "B"):
        answer = ctx.client.gql(CREATE_ORG, {"input": {"name": "Race %s %s" % (label, uuid.uuid4().hex), "kind": "GROUP"}},
                                ctx.token("editor"))
        made.append(answer.json["data"]["createOrganization"]["organization"])
    # the two set-up records are the case's own: take the digest after them
    ctx.rebase()
    answers = concurrently(ctx, [{"query": UPDATE_ORG, "variables": {"input": {
        "id": made[k]["id"], "version": made[k]["version"], "memberOf": made[1 - k]["id"]}}} for k in range(2)])
    ctx.cycle = made
    return answers


def no_cycle(ctx, answers):
    problems = cycle_stored(ctx)
    won = [a for a in answers if a.status == 200 and not a.code()]
    if len(won) != 1:
        problems.append("%d of 2 succeeded (want 1)" % len(won))
    for a in answers:
        if a not in won and (a.status != 200 or a.code() not in ("CONFLICT", "BAD_USER_INPUT")):
            problems.append("the loser got HTTP %s %s: %s" % (a.status, a.code(), a.text[:200]))
    return problems


FAMILIES = [("parse", parse_cases), ("validation", validation_cases), ("cost", cost_cases), ("coercion", coercion_cases),
            ("unicode", unicode_cases), ("dates", dates_cases), ("auth", auth_cases), ("http", http_cases),
            ("concurrency", concurrency_cases)]


# ----- running -----

class Context:
    def __init__(self, client, keys, db):
        self.client = client
        self.key = os.path.join(keys, "private-key.pem")
        self.public = os.path.join(keys, "public-key.pem")
        self.foreign = os.path.join(keys, "foreign-key.pem")
        self.db = db
        self.tokens = {"nobody": None, "editor": sign(claims(), self.key),
                       "reader": sign(claims(subject="hostile-reader", groups=["reader"]), self.key)}
        self.ids = None
        self.base = None
        self.last = None

    def token(self, who):
        return self.tokens[who]

    def rebase(self):
        self.base = self.db.digest()

    def look_up(self):
        answer = self.client.gql("""{ articles(first: 1) { nodes { id text } }
              person(name: "Starmer") { id positions(first: 1) { nodes { id version } } }
              organizations(first: 1) { nodes { id } } }""")
        data = answer.json["data"]
        text = data["articles"]["nodes"][0]["text"]
        self.ids = {"article": data["articles"]["nodes"][0]["id"], "quote": text[:60],
                    "person": data["person"]["id"], "position": data["person"]["positions"]["nodes"][0]["id"],
                    "organization": data["organizations"]["nodes"][0]["id"]}


class Log:
    def __init__(self, path):
        self.path = path
        self.offset = os.path.getsize(path) if path and os.path.exists(path) else 0
        self.skipping = False

    def news(self):
        if not self.path:
            return []
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            data = f.read()
        self.offset += len(data)
        found = []
        for line in data.decode("utf-8", errors="replace").splitlines():
            if LOG_RECORD.match(line):
                # Vert.x's blocked-thread warning carries a trace: a loaded machine's doing, not a request's
                self.skipping = "BlockedThreadChecker" in line
            if not self.skipping and LOG_TRACE.search(line):
                found.append(line)
        return found


def body_problems(answer):
    problems = []
    if FRAME.search(answer.text) or "stackTrace" in answer.text or "\tat " in answer.text:
        problems.append("the body holds a stack trace: %s" % answer.text[:300])
    for message in answer.messages():
        if "Exception" in message:
            problems.append("a message names an exception: %s" % message[:200])
    return problems


def run_case(ctx, log, case):
    problems = []
    # the state after the previous case is the state before this one (nothing else writes)
    ctx.base = ctx.last if ctx.last is not None else ctx.db.digest()
    result = case.send_fn(ctx)
    answers = result if isinstance(result, list) else [result]
    if case.expect_fn:
        problems += case.expect_fn(ctx, answers)
    else:
        a = answers[0]
        if a.status != case.status:
            problems.append("HTTP %s (want %s)" % (a.status, case.status))
        if a.code() != case.code:
            problems.append("code %s (want %s): %s" % (a.code(), case.code, a.text[:300]))
        if a.status != 431 and not isinstance(a.json, dict):
            problems.append("the body is not a JSON object: %s" % a.text[:200])
    for a in answers:
        problems += body_problems(a)
    after = ctx.last = ctx.db.digest()
    expected = dict(ctx.base)
    for key, delta in case.changes.items():
        expected[key] = ctx.base[key] + delta
    changed = difference(expected, after)
    if case.changes:
        # the winner's record changes the newest audit entry and its tables' content as well
        changed = [d for d in changed if not d.startswith(("auditLog.newest", "table "))]
    if changed:
        problems.append("rows changed: " + "; ".join(changed))
    problems += ["log: " + line[:200] for line in log.news()]
    return problems


def cycle_stored(ctx):
    a, b = ctx.cycle
    answer = ctx.client.gql("query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Organization { memberOf { id } } }"
                            " b: node(id: $b) { ... on Organization { memberOf { id } } } }", {"a": a["id"], "b": b["id"]})
    data = answer.json["data"]
    if data["a"]["memberOf"] and data["b"]["memberOf"]:
        return ["a membership cycle was stored"]
    return []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--log")
    parser.add_argument("--keys", required=True)
    parser.add_argument("--psql", action="store_true")
    parser.add_argument("--only", help="comma-separated families")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    families = [(n, fn) for n, fn in FAMILIES if not args.only or n in args.only.split(",")]
    cases = [c for _, fn in families for c in fn()]
    if args.list:
        for c in cases:
            print("%s: %s" % (c.family, c.name))
        print("%d cases" % len(cases))
        return 0
    client = Client(args.url)
    psql = Psql() if args.psql else None
    ctx = Context(client, args.keys, None)
    ctx.db = Database(client, ctx.token("editor"), psql)
    ctx.look_up()
    log = Log(args.log)
    log.news()
    started = time.time()
    results = {}
    for case in cases:
        try:
            problems = run_case(ctx, log, case)
        except Exception as e:  # a broken case is a failure, not the end of the run
            problems = ["the case could not run: %r" % e]
            ctx.last = None
        passed, failed = results.get(case.family, (0, 0))
        if problems:
            failed += 1
            print("FAIL %s: %s: %s" % (case.family, case.name, " | ".join(problems)))
        else:
            passed += 1
        results[case.family] = (passed, failed)
    if psql:
        psql.close()
    time.sleep(1)
    late = log.news()
    if late:
        results["log"] = (0, 1)
        print("FAIL log: stack traces or errors after the last case: %s" % " | ".join(l[:200] for l in late[:5]))
    for family, (passed, failed) in results.items():
        print("  %-12s %3d passed, %d failed" % (family, passed, failed))
    passed = sum(p for p, _ in results.values())
    failed = sum(f for _, f in results.values())
    print("hostile: %d cases in %.1f s" % (len(cases), time.time() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

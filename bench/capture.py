#!/usr/bin/env python3
"""Turns the statements one request made, as PostgreSQL logged them (log_statement=all), into a pgbench script.

    capture.py LOGFILE FROM_OFFSET USER@DB OUT.sql [LITERAL=VARIABLE ...] [--set 'VARIABLE random(1, N)' ...]

Reads LOGFILE from byte FROM_OFFSET, keeps the statements of USER@DB (the service's role on the benchmark
database: other databases on the server log too), puts each bound parameter back into its statement as a
literal, and replaces a literal given as LITERAL=VARIABLE (e.g. the recommendation id of the request) by the
pgbench variable :VARIABLE, set by the --set lines. Session set-up (SET, SHOW) is left out; BEGIN and COMMIT,
when the service sends them, stay in: they are part of what the request costs the database.
"""
import re
import sys

RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] ")
STATEMENT = re.compile(r"LOG:  (?:statement|execute [^:]+): (.*)$", re.S)
PARAMETERS = re.compile(r"DETAIL:  (?:Parameters|parameters): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
SKIPPED = re.compile(r"^\s*(SET|SHOW|DISCARD|select version\(\))\b", re.I)


def records(text, who):
    current = None
    for line in text.splitlines():
        if RECORD.match(line):
            if current is not None:
                yield current
            current = line if f"] {who} " in line else None
        elif current is not None:
            current += "\n" + line
    if current is not None:
        yield current


def main():
    log, offset, who, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    substitutions, sets = [], []
    args = sys.argv[5:]
    while args:
        arg = args.pop(0)
        if arg == "--set":
            sets.append(args.pop(0))
        else:
            literal, variable = arg.split("=", 1)
            substitutions.append((literal, variable))
    with open(log, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    statements = []
    for record in records(text, who):
        s = STATEMENT.search(record)
        if s:
            statements.append(s.group(1).strip())
            continue
        p = PARAMETERS.search(record)
        if p and statements:
            values = {int(n): v for n, v in PARAMETER.findall(p.group(1))}
            statements[-1] = re.sub(r"\$(\d+)\b", lambda m: values.get(int(m.group(1)), m.group(0)), statements[-1])
    kept = []
    for sql in statements:
        if SKIPPED.match(sql):
            continue
        for literal, variable in substitutions:
            sql = sql.replace("'" + literal + "'", ":" + variable)
        # pgbench reads one command per line.
        kept.append(" ".join(sql.split()) + ";")
    if not kept:
        sys.exit(f"no statement of {who} found in {log} after byte {offset}")
    with open(out, "w") as f:
        for s in sets:
            f.write("\\set " + s + "\n")
        f.write("\n".join(kept) + "\n")
    print(len(kept))


if __name__ == "__main__":
    main()

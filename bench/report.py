#!/usr/bin/env python3
"""Writes RESULTS.md from one run of bench/run.sh: report.py RESULTS.tsv INDEX-USAGE.tsv OUT.md < facts
(facts: key=value lines from run.sh). bench/analysis.md, written by hand (the profile, what the figures
mean, the indexes kept), is appended when the run is a full one."""
import os
import sys

results, index_usage, out = sys.argv[1:4]
facts = dict(line.rstrip("\n").split("=", 1) for line in sys.stdin if "=" in line)
rows = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]
by_name = {r[0]: r for r in rows}


def num(v):
    return float(v) if v not in ("", None) else None


lookup = num(by_name["lookup"][8]) if "lookup" in by_name and by_name["lookup"][8] else None
lines = [
    "# Benchmark results",
    "",
    f"Written by `bench/run.sh` on {facts['date']} (commit {facts['commit']}).",
    "",
    f"- Machine: {facts['cpu']}, {facts['memory']}; load average at the end {facts['load']}. "
    "The service shares the machine's 2 cores with the load generator (wrk) and PostgreSQL, and with whatever else "
    "runs (the load average says; bench/analysis.md below says how quiet the machine was): the ratios (service and "
    "pgbench back to back) are what to compare.",
    f"- {facts['java']}; PostgreSQL {facts['postgres']}; {facts['wrk']}; pgbench 15 (`-M prepared`).",
    f"- Data: {facts['counts']} (`bench/data.sql`, size {int(facts['size']):,}).",
    f"- The packaged jar in production mode, RS256 token on every call; JVM options: `{facts['java_opts']}`. "
    f"Start to ready: {facts['ready_ms']} ms. Highest RSS during the measurements: {int(facts['max_rss_kb']) // 1024} MB"
    + (f" (at the end of the mixed workload: {int(facts['rss_mixed_kb']) // 1024} MB)." if facts.get("rss_mixed_kb") else "."),
    f"- Warm-up: {facts['warm_seconds']} s until GET one stopped rising by more than 3% a round "
    f"(rounds: {facts['warm_log'].strip()} req/s); then {facts['duration']} s of wrk (2 threads) per case, and "
    f"{facts['duration']} s of pgbench with the same number of connections on the SQL the case's request sent "
    "(captured from PostgreSQL's log, `target/bench/<case>.sql` by default). Errors: answers other than the case's "
    "status (200; 304 for a conditional GET; 200 or 201 in the mixed workload).",
    "",
    "| case | connections | service req/s | p50 ms | p90 ms | p99 ms | errors | SQL statements | pgbench TPS (same SQL) | ratio |",
    "|---|---|---|---|---|---|---|---|---|---|",
]
for r in rows:
    name, what, conns, rps, p50, p90, p99, bad, tps, lat, statements, path = (r + [""] * 12)[:12]
    if name == "lookup":
        lines.append(f"| {what} | {conns} | | | | | | 1 | {float(tps):,.0f} | |" if tps else f"| {what} | {conns} | | | | | | 1 | none completed | |")
        continue
    if name == "mixed":
        # Many statements of several kinds: no one SQL to run beside it; its errors are those of the workload.
        lines.append(f"| {what} | {conns} | {float(rps):,.0f} | {p50} | {p90} | {p99} | {bad} | | (no single SQL) | |")
        continue
    if not tps or float(tps) <= 0:
        # pgbench finished no transaction in the time given (possible in the tiny mode on a busy machine).
        lines.append(f"| {what} (`{path}`) | {conns} | {float(rps):,.0f} | {p50} | {p90} | {p99} | {bad} | {statements} | "
                     "none completed | |")
        continue
    ratio = float(rps) / float(tps)
    extra = f"; {float(rps) / lookup:.2f}× the single-row lookup" if name.startswith("get-one") and lookup else ""
    lines.append(f"| {what} (`{path}`) | {conns} | {float(rps):,.0f} | {p50} | {p90} | {p99} | {bad} | {statements} | "
                 f"{float(tps):,.0f} | {ratio:.2f}×{extra} |")
lines += ["", "Index use during the measurements (`pg_stat_user_indexes.idx_scan`, statistics reset after warming):", "",
          "| table | index | scans | size |", "|---|---|---|---|"]
for line in open(index_usage):
    if line.strip():
        lines.append("| " + " | ".join(line.rstrip("\n").split("\t")) + " |")
analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
if facts.get("tiny") != "yes" and os.path.exists(analysis):
    lines += ["", open(analysis).read().rstrip()]
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")

#!/usr/bin/env python3
"""Steady mixed load for the operations drills (restart, failover): readers and writers against one base URL.

Readers GET the provinces and a page of award recommendations; writers create award recommendations, each
with its own Idempotency-Key and a nominee name that carries the key, so that the database can be checked
afterwards (one row per acknowledged key, none for a key never acknowledged twice).

  load.py BASE_URL OUT_DIR SECONDS --token-read T --token-write T --cluster CODE [--retry SECONDS]

Without --retry every request is sent once and any answer other than 2xx (or a lost connection) counts as a
failed request (the first and last answers >= 500 or lost are timed: error_window_s). With --retry a writer whose creation fails (lost connection, 5xx, or 409 "still being
processed") sends the same request with the same key again until it is acknowledged or the retry window ends:
the client of an instance killed mid-request. Writes OUT_DIR/result.json (counts, failures, latency) and
OUT_DIR/acknowledged.txt (key, Location per acknowledged creation). Only 127.0.0.1.
"""
import argparse
import json
import os
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlparse

parser = argparse.ArgumentParser()
parser.add_argument("base")
parser.add_argument("out")
parser.add_argument("seconds", type=float)
parser.add_argument("--token-read", required=True)
parser.add_argument("--token-write", required=True)
parser.add_argument("--cluster", required=True)
parser.add_argument("--prefix", default="drill")
parser.add_argument("--province", default="36", help="the proposing and nominee province of the creations")
parser.add_argument("--readers", type=int, default=3)
parser.add_argument("--writers", type=int, default=2)
parser.add_argument("--pause", type=float, default=0.02)
parser.add_argument("--retry", type=float, default=0.0)
args = parser.parse_args()
if urlparse(args.base).hostname != "127.0.0.1":
    raise SystemExit("load only ever goes to 127.0.0.1")

lock = threading.Lock()
stats = {"reads": 0, "writes": 0, "failed": 0, "retries": 0, "replayed": 0, "statuses": {}, "retries_in_progress": 0, "failures": [],
         "unacknowledged": [], "latencies": []}
acknowledged = []
stop_at = time.monotonic() + args.seconds


def call(method, path, token, body=None, key=None):
    """(status, headers, body) or (None, None, reason) when no HTTP answer came back."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(args.base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()
    except Exception as error:  # a reset or refused connection: no answer at all
        return None, None, f"{type(error).__name__}: {error}"


def count(status, started):
    with lock:
        stats["statuses"][str(status)] = stats["statuses"].get(str(status), 0) + 1
        stats["latencies"].append(time.monotonic() - started)
        if status is None or status >= 500:
            # The window in which the service answered errors (or nothing): the downtime a client saw.
            stats["first_error_at"] = stats.get("first_error_at") or time.time()
            stats["last_error_at"] = time.time()


def fail(what, status, body):
    with lock:
        stats["failed"] += 1
        if len(stats["failures"]) < 30:
            text = body.decode(errors="replace")[:300] if isinstance(body, bytes) else str(body)
            stats["failures"].append({"at": time.strftime("%H:%M:%S"), "request": what, "status": status,
                                      "body": text})


def reader(n):
    paths = ["/api/v1/provinces", f"/api/v1/award-recommendations?cluster={args.cluster}"]
    i = 0
    while time.monotonic() < stop_at:
        path = paths[i % len(paths)]
        i += 1
        started = time.monotonic()
        status, _, body = call("GET", path, args.token_read)
        count(status, started)
        with lock:
            stats["reads"] += 1
        if status != 200:
            fail("GET " + path, status, body)
        time.sleep(args.pause)


def writer(n):
    i = 0
    while time.monotonic() < stop_at:
        i += 1
        key = f"{args.prefix}-{n}-{i}"
        body = {"clusterCode": args.cluster, "year": 2023, "awardTypeCode": "PROVINCIAL_CERTIFICATE_OF_MERIT",
                "kind": "MERIT", "nomineeKind": "INDIVIDUAL", "nomineeName": f"Nguyễn Văn Thử {key}",
                "nomineeProvinceCode": args.province, "proposingProvinceCode": args.province,
                "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2023."}
        deadline = time.monotonic() + args.retry
        first = True
        while True:
            started = time.monotonic()
            status, headers, answer = call("POST", "/api/v1/award-recommendations", args.token_write, body, key)
            count(status, started)
            with lock:
                stats["writes"] += 1
                if not first:
                    stats["retries"] += 1
            if status == 409 and not first:
                with lock:
                    stats["retries_in_progress"] += 1
            first = False
            if status == 201:
                with lock:
                    acknowledged.append((key, headers.get("Location", "")))
                    if headers.get("Idempotent-Replayed") == "true":
                        stats["replayed"] += 1
                break
            retryable = status is None or status >= 500 or status == 409
            if args.retry and retryable and time.monotonic() < deadline:
                time.sleep(0.25)
                continue
            fail("POST " + key, status, answer)
            with lock:
                stats["unacknowledged"].append(key)
            break
        time.sleep(args.pause)


threads = [threading.Thread(target=reader, args=(n,)) for n in range(args.readers)]
threads += [threading.Thread(target=writer, args=(n,)) for n in range(args.writers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

latencies = sorted(stats.pop("latencies"))
stats["requests"] = stats["reads"] + stats["writes"]
if stats.get("first_error_at"):
    stats["error_window_s"] = round(stats["last_error_at"] - stats["first_error_at"], 2)
stats["acknowledged"] = len(acknowledged)
stats["p50_ms"] = round(1000 * latencies[len(latencies) // 2], 1) if latencies else None
stats["p99_ms"] = round(1000 * latencies[int(len(latencies) * 0.99)], 1) if latencies else None
stats["max_ms"] = round(1000 * latencies[-1], 1) if latencies else None
os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.out, "result.json"), "w") as out:
    json.dump(stats, out, indent=1, ensure_ascii=False)
with open(os.path.join(args.out, "acknowledged.txt"), "w") as out:
    for key, location in acknowledged:
        out.write(f"{key} {location}\n")
print(json.dumps({k: v for k, v in stats.items() if k not in ("failures",)}, ensure_ascii=False))

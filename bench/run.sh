#!/usr/bin/env bash
# The service's benchmark: the packaged jar in production mode, a valid RS256 token on every call, over a
# generated national data set on the machine's PostgreSQL server; each case measured with wrk beside pgbench
# running the very SQL the endpoint sends (captured from PostgreSQL's log, not retyped). Writes bench/RESULTS.md.
#
#   bench/run.sh                  1,000,000 recommendations, warm until req/s plateaus, 20 s per measurement
#   bench/run.sh --size 100000    another size (the data set is regenerated when the size differs)
#   bench/run.sh --tiny           2,000 recommendations, 2 s runs, one instance: checks the benchmark still works (CI)
#   options: --no-build (use target/quarkus-app as it is), --duration S, --warm-max S, --out FILE,
#            --cases a,b (only these cases), --fresh-data (regenerate even if the size matches),
#            --db NAME (the database and its roles NAME_owner, NAME_svc; default "bench", "bench_tiny" in tiny mode),
#            --start-only (measure start to ready of the jar a few times, with and without its AOT cache, and stop)
#
# Needs: Java 25 (dev/jdk.sh finds it), PostgreSQL 15 server + client (pgbench), wrk, python3, openssl (apt-get install -y
# postgresql-15 wrk). Uses the database "bench" and the roles bench_owner, bench_svc on 127.0.0.1:5432, the
# service on BENCH_PORT (default 18300); the tiny mode bench_tiny and its roles. Never sends load anywhere but 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
source dev/jdk.sh   # Java 25 for the packaged service
ROOT=$PWD
SIZE=1000000
DURATION=20
WARM_MAX=240
BUILD=yes
FRESH=no
TINY=no
ONLY=""
DB_NAME=""
START_ONLY=no
OUT=bench/RESULTS.md
PORT="${BENCH_PORT:-18300}"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE=$2; shift ;;
    --tiny) TINY=yes; SIZE=2000; DURATION=2; WARM_MAX=6 ;;
    --no-build) BUILD=no ;;
    --duration) DURATION=$2; shift ;;
    --warm-max) WARM_MAX=$2; shift ;;
    --out) OUT=$2; shift ;;
    --cases) ONLY=$2; shift ;;
    --fresh-data) FRESH=yes ;;
    --db) DB_NAME=$2; shift ;;
    --start-only) START_ONLY=yes ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
  shift
done
[ "$TINY" = yes ] && [ "$OUT" = bench/RESULTS.md ] && OUT=target/bench/RESULTS-tiny.md
# The tiny mode has a database of its own, so that CI never replaces a generated national data set.
DB=bench
[ "$TINY" = yes ] && DB=bench_tiny
[ -n "$DB_NAME" ] && DB=$DB_NAME
OWNER=${DB}_owner
SERVICE=${DB}_svc
PASSWORD=bench-only
ISSUER=https://bench.thidua.local
AUDIENCE=thidua-bench
WORK="${BENCH_WORK:-target/bench}"
mkdir -p "$WORK"
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
# BENCH_APP: another packaged application to measure (e.g. a copy of an earlier build, for before/after rows).
JAR="${BENCH_APP:-target/quarkus-app}/quarkus-run.jar"
# The JVM settings deploy/java.env gives the service (heap, GC); BENCH_JAVA_OPTS overrides them ("" for the JVM's defaults).
JAVA_OPTS="${BENCH_JAVA_OPTS-$(sed -n 's/^JAVA_TOOL_OPTIONS=//p' deploy/java.env)}"
# and the C library's malloc arenas (BENCH_MALLOC_ARENA_MAX overrides, "" for glibc's default of 8 per core).
ARENAS="${BENCH_MALLOC_ARENA_MAX-$(sed -n 's/^MALLOC_ARENA_MAX=//p' deploy/java.env)}"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
for tool in python3 openssl; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -x "$PGBENCH" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
if [ "$BUILD" = yes ]; then
  echo "== building the jar (./mvnw package -DskipTests)"
  ./mvnw -q -ntp -B package -DskipTests
fi
[ -f "$JAR" ] || { echo "missing $JAR: run without --no-build" >&2; exit 1; }

pg_ctlcluster --skip-systemctl-redirect 15 main start || [ $? -eq 2 ]
for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q && break; sleep 1; done
psql_admin() { PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -X -v ON_ERROR_STOP=1 -q "$@"; }
PGLOG=$(psql_admin -At -c "SELECT coalesce(pg_current_logfile(), '')")
[ -n "$PGLOG" ] || PGLOG=/var/log/postgresql/postgresql-15-main.log
[ -r "$PGLOG" ] || { echo "cannot read PostgreSQL's log $PGLOG (needed to capture the service's SQL)" >&2; exit 1; }

have_size=$(psql_admin -At -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$DB'" || true)
if [ "$FRESH" = yes ] || [ "$have_size" != "bench data size=$SIZE" ]; then
  echo "== database $DB (roles $OWNER, $SERVICE)"
  psql_admin -c "DROP DATABASE IF EXISTS $DB (FORCE)"
  psql_admin -c "DROP ROLE IF EXISTS $SERVICE"
  psql_admin -c "DROP ROLE IF EXISTS $OWNER"
  psql_admin -c "CREATE ROLE $OWNER LOGIN PASSWORD '$PASSWORD'"
  psql_admin -c "CREATE ROLE $SERVICE LOGIN PASSWORD '$PASSWORD'"
  psql_admin -c "CREATE DATABASE $DB OWNER $OWNER"
  GENERATE=yes
else
  echo "== database $DB already holds the data set of size $SIZE (--fresh-data regenerates it)"
  GENERATE=no
fi

PID=""
RSS_PID=""
stop_service() {
  if [ -n "$RSS_PID" ]; then kill "$RSS_PID" 2>/dev/null || true; wait "$RSS_PID" 2>/dev/null || true; RSS_PID=""; fi
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""; fi
}
cleanup() {
  stop_service
  psql_admin -c "ALTER ROLE $SERVICE RESET log_statement" >/dev/null 2>&1 || true
}
trap cleanup EXIT

base="http://127.0.0.1:$PORT"
start_service() { # log file
  local started
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_FLYWAY_USERNAME="$OWNER" QUARKUS_FLYWAY_PASSWORD="$PASSWORD" \
  QUARKUS_DATASOURCE_USERNAME="$SERVICE" QUARKUS_DATASOURCE_PASSWORD="$PASSWORD" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/dev/jwt/publicKey.pem" \
  MP_JWT_VERIFY_ISSUER="$ISSUER" MP_JWT_VERIFY_AUDIENCES="$AUDIENCE" \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
  MALLOC_ARENA_MAX="$ARENAS" \
    java $JAVA_OPTS ${EXTRA_JAVA_OPTS:-} -jar "$JAR" >"$1" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$PID" 2>/dev/null || { echo "the service stopped:"; cat "$1"; exit 1; }
    sleep 0.1
  done
  curl -fs "$base/q/health/ready" >/dev/null || { echo "service did not become ready:"; cat "$1"; exit 1; }
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

echo "== starting the service once: migrations as $OWNER"
start_service "$WORK/service-migrate.log"
stop_service
if [ "$START_ONLY" = yes ]; then
  # Start to ready of the packaged jar with the production JVM settings, 3 times each, alternating (so that a
  # change in the machine's load touches both alike): as it is, and with the AOT cache that ./mvnw verify trained
  # (app.aot beside the jar: JEPs 483, 514, 515; TrainingIT).
  echo "== start to ready (ms), JVM options: ${JAVA_OPTS:-none}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  AOT="$(dirname "$JAR")/app.aot"
  [ -s "$AOT" ] || { echo "no AOT cache at $AOT: ./mvnw verify trains it"; exit 1; }
  echo "   cache: $(du -h "$AOT" | cut -f1)"
  # After each start, the first request of a few kinds (ms, in this order): a reference list, a filtered page of
  # recommendations, the national award statistics, one province, the change feed.
  first_requests() {
    local token out="" p
    token=$(ISSUER=$ISSUER AUDIENCE=$AUDIENCE dev/token.sh central)
    for p in /api/v1/provinces "/api/v1/award-recommendations?year=2023" "/api/v1/statistics/awards?year=2023" \
        /api/v1/provinces/37 /api/v1/changes; do
      out="$out $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base$p" \
        | awk '{printf "%d", $1 * 1000}')"
    done
    echo "${out# }"
  }
  without=""; with=""; firsts_without=""; firsts_with=""
  for _ in 1 2 3; do
    EXTRA_JAVA_OPTS="" start_service "$WORK/service-start.log"; firsts_without="$firsts_without [$(first_requests)]"
    stop_service; without="$without $READY_MS"
    EXTRA_JAVA_OPTS="-XX:AOTCache=$AOT" start_service "$WORK/service-start.log"; firsts_with="$firsts_with [$(first_requests)]"
    stop_service; with="$with $READY_MS"
  done
  echo "   without the cache:$without; first requests (provinces, a page, statistics, one province, changes):$firsts_without"
  echo "   with -XX:AOTCache:$with; first requests:$firsts_with"
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
if [ "$GENERATE" = yes ]; then
  echo "== generating $SIZE recommendations, reports and 10 years of memberships (bench/data.sql)"
  t0=$(date +%s)
  PGPASSWORD=$PASSWORD psql -X -q -h 127.0.0.1 -U "$OWNER" -d "$DB" -v n="$SIZE" -f bench/data.sql
  psql_admin -d "$DB" -c "VACUUM ANALYZE"
  echo "   $(( $(date +%s) - t0 )) s"
  psql_admin -c "COMMENT ON DATABASE $DB IS 'bench data size=$SIZE'"
fi
psql_db() { PGPASSWORD=$PASSWORD psql -X -q -At -h 127.0.0.1 -U "$OWNER" -d "$DB" "$@"; }
MIN_ID=$(psql_db -c "SELECT min(id) FROM award_recommendation")
MAX_ID=$(psql_db -c "SELECT max(id) FROM award_recommendation")
COUNTS=$(psql_db -c "SELECT (SELECT count(*) FROM award_recommendation) || ' recommendations, ' ||
  (SELECT count(*) FROM report) || ' reports, ' || (SELECT count(*) FROM report_value) || ' report values, ' ||
  (SELECT count(*) FROM membership) || ' memberships, ' || (SELECT count(*) FROM change_event) || ' change events'")
echo "   $COUNTS"

token() { ISSUER=$ISSUER AUDIENCE=$AUDIENCE dev/token.sh "$@"; }
VIEWER=$(token viewer)
PROVINCE=$(token province 37)
# The page-status-cursor case starts where page 200 of the same status (20 a page) starts: the same depth by keyset.
DEEP_ID=$(psql_db -c "SELECT id FROM award_recommendation WHERE status = 'FORWARDED' ORDER BY id DESC OFFSET 3999 LIMIT 1")
CURSOR=$(printf 'k1:%s' "${DEEP_ID:-$MAX_ID}" | base64 -w0 | tr '+/' '-_' | tr -d '=')
# The mixed case's proposals: province 37 proposes its own people in its 2024 cluster.
MIX_CLUSTER=$(psql_db -c "SELECT cl.code FROM membership m JOIN cluster cl ON cl.id = m.cluster_id
  JOIN province p ON p.id = m.province_id WHERE p.code = '37' AND m.year = 2024 AND cl.code LIKE 'CUM%' LIMIT 1")
PROPOSAL='{"clusterCode":"'$MIX_CLUSTER'","year":2024,"awardTypeCode":"PROVINCIAL_CERTIFICATE_OF_MERIT","kind":"MERIT","nomineeKind":"INDIVIDUAL","nomineeName":"%s","nomineeProvinceCode":"37","proposingProvinceCode":"37","achievements":"Hoàn thành xuất sắc nhiệm vụ năm 2024."}'
INM=""

# name | path ({id}: a random recommendation) | token | connections | what the path means
CASES=(
  "get-one|/api/v1/award-recommendations/{id}|VIEWER|16|GET one recommendation"
  "get-one-province|/api/v1/award-recommendations/{id}|PROVINCE|16|GET one recommendation, as a province officer (37)"
  "page-cluster-year|/api/v1/award-recommendations?cluster=CUM03&year=2023|VIEWER|16|20-row page of a cluster's year, with total"
  "page-status|/api/v1/award-recommendations?status=FORWARDED|VIEWER|16|20-row page of one status over the whole table"
  "page-name|/api/v1/award-recommendations?q=tran%20thi%20lan|VIEWER|16|20-row page of a name search"
  "page-status-deep|/api/v1/award-recommendations?status=FORWARDED&page=200|VIEWER|16|page 200 of one status by number, with total"
  "page-status-cursor|/api/v1/award-recommendations?status=FORWARDED&cursor={cursor}|VIEWER|16|the same depth by cursor (keyset), no total"
  "provinces|/api/v1/provinces|VIEWER|16|reference data: today's provinces"
  "provinces-304|/api/v1/provinces|VIEWER|16|reference data: today's provinces, If-None-Match of the current ETag (304)"
  "mixed|(90% GET one, 10% propose + submit)|PROVINCE|16|mixed workload: 90% reads, 10% workflow writes, errors counted"
  "summary|/api/v1/clusters/CUM03/summaries/2023-FY|VIEWER|16|cluster summary of a period"
  "ranking|/api/v1/clusters/CUM03/rankings/2023-FY?indicator=BUDGET_REVENUE|VIEWER|16|ranking of a cluster's period"
  "stats-cluster|/api/v1/statistics/awards?groupBy=awardType,status&cluster=CUM03&year=2023|VIEWER|16|award statistics of a cluster's year"
  "stats-national|/api/v1/statistics/awards?groupBy=awardType,status&year=2023|VIEWER|16|national award statistics of a year"
  "province-awards|/api/v1/provinces/37/awards?year=2023|VIEWER|16|a province's award record (today's Ninh Bình and the units it took over)"
  "change-feed|/api/v1/changes?limit=100|VIEWER|10|the change feed, polled by 10 clients"
)
selected() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

# One request of each case with every statement of the service's role logged: the SQL pgbench will run.
echo "== capturing the SQL of each case (log_statement=all for $SERVICE, one request each)"
psql_admin -c "ALTER ROLE $SERVICE SET log_statement = 'all'"
start_service "$WORK/service-capture.log"
# A submitted recommendation (position 100 of a block of 200 in bench/data.sql): every caller may see it.
CAPTURE_ID=$(( MIN_ID + ((MAX_ID - MIN_ID) / 400) * 200 + 100 ))
for c in "${CASES[@]}"; do
  IFS='|' read -r name path tok conns what <<<"$c"
  selected "$name" || continue
  [ "$name" = mixed ] && continue
  url="$base${path//\{id\}/$CAPTURE_ID}"
  url="${url//\{cursor\}/$CURSOR}"
  if [[ "$name" == *-304 ]]; then
    # The ETag depends on Accept: ask with the one wrk sends (bench/request.lua).
    INM=$(curl -s -o /dev/null -w '%header{etag}' -H "Accept: application/json" -H "Authorization: Bearer ${!tok}" "$url")
    [ -n "$INM" ] || { echo "$name: no ETag from $url"; exit 1; }
  fi
  # The first request of a case warms caches of the service (reference data, verified tokens): capture the second.
  curl -s -o /dev/null -H "Accept: application/json" -H "Authorization: Bearer ${!tok}" "$url"
  sleep 0.3
  offset=$(stat -c %s "$PGLOG")
  conditional=()
  [[ "$name" == *-304 ]] && conditional=(-H "If-None-Match: $INM")
  code=$(curl -s -o "$WORK/$name.json" -w '%{http_code}' -H "Accept: application/json" -H "Authorization: Bearer ${!tok}" "${conditional[@]}" "$url")
  [ "$code" = 200 ] || { [ "$code" = 304 ] && [[ "$name" == *-304 ]]; } || { echo "$name: HTTP $code from $url"; cat "$WORK/$name.json"; exit 1; }
  sleep 0.5
  if [[ "$path" == *"{id}"* ]]; then
    n=$(python3 bench/capture.py "$PGLOG" "$offset" "$SERVICE@$DB" "$WORK/$name.sql" "$CAPTURE_ID=id" --set "id random($MIN_ID, $MAX_ID)")
  else
    n=$(python3 bench/capture.py "$PGLOG" "$offset" "$SERVICE@$DB" "$WORK/$name.sql")
  fi
  echo "   $name: $n statements"
done
printf '\\set id random(%s, %s)\nSELECT * FROM award_recommendation WHERE id = :id;\n' "$MIN_ID" "$MAX_ID" >"$WORK/lookup.sql"
psql_admin -c "ALTER ROLE $SERVICE RESET log_statement"
if [ "$TINY" = yes ]; then
  echo "== measuring with the same instance (tiny: the service's statements stay logged; the figures mean nothing)"
else
  stop_service
  echo "== starting the service for the measurements (JVM options: ${JAVA_OPTS:-none})"
  start_service "$WORK/service.log"
fi
echo "   ready in $READY_MS ms"
MAX_RSS_FILE="$WORK/rss-max"
echo 0 >"$MAX_RSS_FILE"
( max=0; while kill -0 "$PID" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$max" ] && { max=$rss; echo "$max" >"$MAX_RSS_FILE"; }
    sleep 1
  done ) &
RSS_PID=$!

# wrk: prints "req/s p50 p90 p99 non2xx" (latencies in ms).
run_wrk() { # path token connections seconds [case name]
  local script=bench/request.lua inm=""
  [ "${5:-}" = mixed ] && script=bench/mixed.lua
  [[ "${5:-}" == *-304 ]] && inm=$INM
  BENCH_PATH="${1//\{cursor\}/$CURSOR}" BENCH_TOKEN="$2" BENCH_MIN="$MIN_ID" BENCH_MAX="$MAX_ID" BENCH_SUBMITTED=yes \
  BENCH_IF_NONE_MATCH="$inm" BENCH_PROPOSAL="$PROPOSAL" \
    wrk -t2 -c"$3" -d"${4}s" --latency -s "$script" "$base" 2>"$WORK/wrk-${5:-warm}.err" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p = {k: ms(v) for k, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)", text, re.M)}
bad = re.search(r"Unexpected answers: (\d+)", text) or re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errs = re.search(r"Socket errors: (.*)", text)
p50, p90, p99 = (p.get(k, 0) for k in ("50", "90", "99"))
flag = " socket-errors" if errs else ""
print(f"{rps:.0f} {p50:.2f} {p90:.2f} {p99:.2f} {int(bad.group(1)) if bad else 0}{flag}")'
}
run_pgbench() { # script connections seconds → "tps latency-ms"
  PGPASSWORD=$PASSWORD "$PGBENCH" -n -M prepared -h 127.0.0.1 -U "$SERVICE" -c "$2" -j 2 -T "$3" -f "$1" "$DB" 2>&1 | python3 -c '
import re, sys
text = sys.stdin.read()
tps = re.search(r"tps = ([\d.]+) \(without initial", text)
lat = re.search(r"latency average = ([\d.]+) ms", text)
if not tps: sys.exit("pgbench failed:\n" + text)
print(f"{float(tps.group(1)):.0f} {float(lat.group(1)):.2f}")'
}

# Warm the JIT until throughput stops rising: rounds over the cases until a round is within 3% of the last.
echo "== warming (until req/s plateaus, at most ${WARM_MAX} s)"
warm_start=$(date +%s)
round=15
[ "$TINY" = yes ] && round=2
last=0
WARM_LOG=""
while :; do
  total=0
  for c in "${CASES[@]}"; do
    IFS='|' read -r name path tok conns what <<<"$c"
    selected "$name" || continue
    r=$(run_wrk "$path" "${!tok}" "$conns" 1 "$name" | cut -d' ' -f1)
  done
  r=$(run_wrk "/api/v1/award-recommendations/{id}" "$VIEWER" 16 "$round" | cut -d' ' -f1)
  WARM_LOG="$WARM_LOG $r"
  echo "   GET one: $r req/s"
  elapsed=$(( $(date +%s) - warm_start ))
  if [ "$last" -gt 0 ] && [ $(( r * 100 )) -le $(( last * 103 )) ] && [ "$elapsed" -ge $(( WARM_MAX / 2 )) ]; then break; fi
  [ "$elapsed" -ge "$WARM_MAX" ] && break
  last=$r
done
WARM_SECONDS=$(( $(date +%s) - warm_start ))

psql_admin -d "$DB" -c "SELECT pg_stat_reset()" >/dev/null
echo "== measuring: each case with wrk (${DURATION} s), then pgbench on its captured SQL (${DURATION} s)"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
for c in "${CASES[@]}"; do
  IFS='|' read -r name path tok conns what <<<"$c"
  selected "$name" || continue
  read -r rps p50 p90 p99 bad <<<"$(run_wrk "$path" "${!tok}" "$conns" "$DURATION" "$name")"
  if [ "$name" = mixed ]; then
    # No one SQL to compare with: its errors are the figure that matters beside req/s.
    tps=""; lat=""; statements=""
    head -3 "$WORK/wrk-mixed.err" | sed 's/^/   mixed: /'
  else
    read -r tps lat <<<"$(run_pgbench "$WORK/$name.sql" "$conns" "$DURATION")"
    statements=$(grep -vc '^\\set' "$WORK/$name.sql")
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$what" "$conns" "$rps" "$p50" "$p90" "$p99" "$bad" \
    "$tps" "$lat" "$statements" "$path" >>"$RESULTS"
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
  [ "$name" = mixed ] && RSS_MIXED_KB=$rss_kb
  echo "   $name: $rps req/s (p50 $p50 ms, errors $bad) | pgbench $tps TPS over $statements statements | RSS $((rss_kb / 1024)) MB"
done
if selected get-one; then
  read -r tps lat <<<"$(run_pgbench "$WORK/lookup.sql" 16 "$DURATION")"
  printf 'lookup\tsingle-row lookup (SELECT * ... WHERE id = :id)\t16\t\t\t\t\t\t%s\t%s\t1\t\n' "$tps" "$lat" >>"$RESULTS"
  echo "   single-row lookup: $tps TPS"
fi
MAX_RSS_KB=$(cat "$MAX_RSS_FILE")
psql_admin -d "$DB" -At -F $'\t' -c "SELECT relname, indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid))
  FROM pg_stat_user_indexes WHERE relname IN ('award_recommendation', 'report', 'report_value', 'membership', 'change_event')
  ORDER BY relname, idx_scan DESC, indexrelname" >"$WORK/index-usage.tsv"
stop_service

# The facts of the run, kept beside the figures: python3 bench/report.py $WORK/results.tsv $WORK/index-usage.tsv OUT < $WORK/facts
# writes the table again (e.g. after editing bench/analysis.md).
cat >"$WORK/facts" <<EOF
size=$SIZE
tiny=$TINY
duration=$DURATION
warm_seconds=$WARM_SECONDS
warm_log=$WARM_LOG
ready_ms=$READY_MS
max_rss_kb=$MAX_RSS_KB
rss_mixed_kb=${RSS_MIXED_KB:-}
java_opts=${JAVA_OPTS:-none}${ARENAS:+; MALLOC_ARENA_MAX=$ARENAS}
counts=$COUNTS
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (+ uncommitted changes)')${BENCH_APP:+; measured application: $BENCH_APP}
java=$(java -version 2>&1 | head -1)
postgres=$(psql_admin -At -c 'SHOW server_version')
wrk=$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)
memory=$(free -g | awk '/Mem:/ {print $2}') GiB
load=$(cut -d' ' -f1-3 /proc/loadavg)
date=$(date -u +%Y-%m-%dT%H:%MZ)
EOF
python3 bench/report.py "$RESULTS" "$WORK/index-usage.tsv" "$OUT" <"$WORK/facts"
echo "== wrote $OUT"

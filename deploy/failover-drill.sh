#!/usr/bin/env bash
# Database failover, proven: a PostgreSQL 15 primary (port 5440) with a synchronous streaming standby (5441),
# both throwaway clusters of the system's binaries; the packaged service (target/quarkus-app) connects with a
# multi-host JDBC URL and targetServerType=primary. Under a steady mixed load (deploy/drill/load.py, writers
# retrying a failed creation with the same Idempotency-Key) the primary crashes (immediate stop) and the
# standby is promoted. Asserted: while the database switches, the service answers 503 problems (never 500);
# it recovers by itself, without a restart; every acknowledged creation is on the new primary exactly once
# (synchronous replication: no acknowledged write lost). The error window (the downtime clients saw) is printed.
#
#   bash deploy/failover-drill.sh     DRILL_FAILOVER_PORT (the service, default 18410) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${DRILL_FAILOVER_PORT:-18410}"
PRIMARY=5440
STANDBY=5441
DB=ops_failover
ISSUER=https://drill.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }
source deploy/drill/pg.sh
SERVICE=""
cleanup() {
  [ -n "$SERVICE" ] && kill -9 "$SERVICE" 2>/dev/null || true
  wait 2>/dev/null || true
  pg_cleanup
}
trap cleanup EXIT

pg_new primary "$PRIMARY"
echo "host replication postgres 127.0.0.1/32 trust" >>"$PGWORK/primary/pg_hba.conf"
pg_start primary
pg_sql "$PRIMARY" -c "CREATE ROLE $DB LOGIN PASSWORD 'failover-drill-only'" -c "CREATE DATABASE $DB OWNER $DB"
as_postgres "$PGBIN/pg_basebackup" -d "host=127.0.0.1 port=$PRIMARY user=postgres application_name=standby1" \
  -D "$PGWORK/standby" -R -X stream -c fast
sed -i "s/^port = $PRIMARY/port = $STANDBY/" "$PGWORK/standby/postgresql.conf"
pg_start standby
# From now on a commit on the primary waits until the standby named "standby1" has it (synchronous_commit = on).
pg_sql "$PRIMARY" -c "ALTER SYSTEM SET synchronous_standby_names = 'standby1'" -c "SELECT pg_reload_conf()" >/dev/null
for _ in $(seq 1 30); do
  [ "$(pg_sql "$PRIMARY" -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] && break
  sleep 0.5
done
[ "$(pg_sql "$PRIMARY" -c "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'standby1'")" = sync ] \
  || { echo "the standby is not synchronous"; exit 1; }

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PRIMARY,127.0.0.1:$STANDBY/$DB?targetServerType=primary&connectTimeout=2&socketTimeout=20" \
QUARKUS_DATASOURCE_USERNAME="$DB" \
QUARKUS_DATASOURCE_PASSWORD=failover-drill-only \
QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=3S \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
MP_JWT_VERIFY_ISSUER="$ISSUER" \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT="$PORT" \
  java -Xmx384m -jar "$JAR" >"$PGWORK/service.log" 2>&1 &
SERVICE=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "the service did not start:"; cat "$PGWORK/service.log"; exit 1; }

token() { ISSUER=$ISSUER AUDIENCE=thidua-api dev/token.sh "$@"; }
admin=$(token admin)
CLUSTER=DRILL-F
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CLUSTER\",\"name\":\"Khối thi đua diễn tập chuyển đổi\",\"kind\":\"BLOC\"}" "$BASE/api/v1/clusters"
for p in 34 36 37; do
  role=MEMBER; [ "$p" = 34 ] && role=HEAD
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"year\":2023,\"provinceCode\":\"$p\",\"role\":\"$role\"}" "$BASE/api/v1/clusters/$CLUSTER/members"
done

passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], 0))" "$1" "$2"; }

python3 deploy/drill/load.py "$BASE" "$PGWORK/load" 40 --token-read "$(token viewer)" --token-write "$(token province 37)" \
  --cluster "$CLUSTER" --prefix failover --retry 60 >"$PGWORK/load.out" 2>&1 &
LOAD=$!
sleep 10
crashed=$(date +%s.%N)
as_postgres "$PGBIN/pg_ctl" -D "$PGWORK/primary" -m immediate stop >/dev/null
sleep 2   # the time an operator (or CloudNativePG) takes to notice and decide
as_postgres "$PGBIN/pg_ctl" -D "$PGWORK/standby" -w promote >/dev/null
promoted=$(date +%s.%N)
# Recovery by itself: the service's readiness comes back without a restart.
recovered=""
for _ in $(seq 1 120); do
  if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then recovered=$(date +%s.%N); break; fi
  sleep 0.25
done
wait "$LOAD" || { cat "$PGWORK/load.out"; fail "the load client failed"; }
cat "$PGWORK/load.out"
R="$PGWORK/load/result.json"

if [ -n "$recovered" ]; then
  ok "the service is ready again $(python3 -c "print(round($recovered - $crashed, 1))") s after the primary crashed ($(python3 -c "print(round($recovered - $promoted, 1))") s after the promotion), without a restart"
else
  fail "the service did not recover by itself"
fi
statuses=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['statuses'])" "$R")
# A creation retried with its key while the claim of its first attempt (which died with the old primary) is less
# than 5 s old is answered 409 "still being processed" (the Idempotency-Key draft's answer to a request in flight);
# the client retries and succeeds. Those 409s, and only those, are allowed beside the 503s.
bad=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); s=r['statuses']; print(sum(v for k, v in s.items() if k not in ('200', '201', '503', '409')) + s.get('409', 0) - r['retries_in_progress'])" "$R")
errors503=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['statuses'].get('503', 0))" "$R")
in_progress=$(field "$R" retries_in_progress)
if [ "$bad" -eq 0 ]; then
  ok "during the switch only 503 problems ($errors503 of them) and $in_progress '409 still being processed' to retries, no 500 and no lost connection: $statuses"
else
  fail "answers other than 200, 201, 503 and a retry's 409 during the switch: $statuses ($in_progress retries answered 409)"
fi
window=$(field "$R" error_window_s)
unacknowledged=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['unacknowledged']))" "$R")
if [ "$unacknowledged" -eq 0 ]; then
  ok "every creation acknowledged in the end ($(field "$R" retries) retries with the same key); clients saw errors for ${window} s"
else
  fail "$unacknowledged creations never acknowledged: $(field "$R" failures)"
fi
# Each acknowledged creation on the new primary exactly once; none without an acknowledgement.
PGDATABASE=$DB pg_sql "$STANDBY" -c "SELECT nominee_name FROM award_recommendation WHERE nominee_name LIKE 'Nguyễn Văn Thử failover-%'" \
  | sed 's/^Nguyễn Văn Thử //' | sort >"$PGWORK/rows.txt"
cut -d' ' -f1 "$PGWORK/load/acknowledged.txt" | sort >"$PGWORK/keys.txt"
duplicated=$(uniq -d "$PGWORK/rows.txt" | wc -l)
missing=$(comm -23 "$PGWORK/keys.txt" "$PGWORK/rows.txt" | wc -l)
extra=$(comm -13 "$PGWORK/keys.txt" <(uniq "$PGWORK/rows.txt") | wc -l)
keys=$(wc -l <"$PGWORK/keys.txt")
if [ "$duplicated" -eq 0 ] && [ "$missing" -eq 0 ] && [ "$extra" -eq 0 ] && [ "$keys" -gt 0 ]; then
  ok "the new primary has all $keys acknowledged creations, each once, and no other"
else
  fail "$keys acknowledged: $missing lost, $duplicated duplicated, $extra unacknowledged on the new primary"
fi
audit=$(PGDATABASE=$DB pg_sql "$STANDBY" -c "SELECT count(*) FROM audit_event a JOIN award_recommendation r ON a.entity = 'award-recommendation' AND a.entity_id = r.id::text AND a.action = 'create' WHERE r.nominee_name LIKE 'Nguyễn Văn Thử failover-%'")
[ "$audit" -eq "$keys" ] && ok "the audit trail records each of them once ($audit)" || fail "audit trail: $audit creations for $keys"
echo "failover drill: $passed passed, $failed failed (primary crashed at $(date -d @"${crashed%.*}" +%T), promoted 2 s later; error window ${window} s)"
if [ "$failed" -ne 0 ]; then
  echo "the service's errors (then its last warnings):"
  grep '"level":"ERROR"' "$PGWORK/service.log" | head -5 | cut -c1-6000 || true
  grep '"level":"WARN"' "$PGWORK/service.log" | tail -10 || true
  [ -n "${DRILL_KEEP_LOG:-}" ] && cp "$PGWORK/service.log" "$DRILL_KEEP_LOG"
  exit 1
fi

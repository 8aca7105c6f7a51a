#!/usr/bin/env bash
# Backups that restore, proven: a PostgreSQL 15 server (port 5442, a throwaway cluster of the system's binaries)
# archives its WAL (archive_command) and gets a base backup (pg_basebackup) while the packaged service runs on it.
# Creations are acknowledged through the API (deploy/drill/load.py) before and after a recorded instant T; the
# base backup and the WAL archive are then restored into a fresh cluster (port 5443) up to T
# (recovery_target_time). Asserted: every creation acknowledged before T is there exactly once, none made
# after T is, and the restored audit trail and change feed hold exactly one creation event for each restored
# recommendation (and none later than T).
#
#   bash deploy/pitr-drill.sh     DRILL_PITR_PORT (the service, default 18420) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${DRILL_PITR_PORT:-18420}"
SOURCE=5442
RESTORED=5443
DB=ops_pitr
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

pg_new source "$SOURCE"
echo "host replication postgres 127.0.0.1/32 trust" >>"$PGWORK/source/pg_hba.conf"
pg_start source
pg_sql "$SOURCE" -c "CREATE ROLE $DB LOGIN PASSWORD 'pitr-drill-only'" -c "CREATE DATABASE $DB OWNER $DB"

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$SOURCE/$DB" \
QUARKUS_DATASOURCE_USERNAME="$DB" \
QUARKUS_DATASOURCE_PASSWORD=pitr-drill-only \
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
CLUSTER=DRILL-P
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CLUSTER\",\"name\":\"Khối thi đua diễn tập khôi phục\",\"kind\":\"BLOC\"}" "$BASE/api/v1/clusters"
for p in 34 36 37; do
  role=MEMBER; [ "$p" = 34 ] && role=HEAD
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"year\":2023,\"provinceCode\":\"$p\",\"role\":\"$role\"}" "$BASE/api/v1/clusters/$CLUSTER/members"
done
load() { # prefix seconds
  python3 deploy/drill/load.py "$BASE" "$PGWORK/$1" "$2" --token-read "$(token viewer)" --token-write "$(token province 37)" \
    --cluster "$CLUSTER" --prefix "$1" --readers 1 --writers 2 >"$PGWORK/$1.out" 2>&1
}

# The base backup, taken online while the service writes; then more writes, the instant T, and writes after it.
load early 4
as_postgres "$PGBIN/pg_basebackup" -d "host=127.0.0.1 port=$SOURCE user=postgres" -D "$PGWORK/base" -X stream -c fast
load before 6
sleep 1
T=$(PGDATABASE=$DB pg_sql "$SOURCE" -c "SELECT now()")
sleep 1
load after 4
pg_sql "$SOURCE" -c "SELECT pg_switch_wal()" >/dev/null
sleep 2   # the archiver copies the last segment
kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true; SERVICE=""

# Restore into a fresh cluster: the base backup, then WAL from the archive up to T.
cp -a "$PGWORK/base" "$PGWORK/restored"
PG_DIRS+=("$PGWORK/restored")
sed -i "s/^port = $SOURCE/port = $RESTORED/; s/^archive_mode = on/archive_mode = off/" "$PGWORK/restored/postgresql.conf"
cat >>"$PGWORK/restored/postgresql.conf" <<CONF
restore_command = 'cp $PGWORK/archive/%f %p'
recovery_target_time = '$T'
recovery_target_action = 'promote'
CONF
as_postgres touch "$PGWORK/restored/recovery.signal"
began=$(date +%s.%N)
pg_start restored
for _ in $(seq 1 120); do
  [ "$(pg_sql "$RESTORED" -c "SELECT pg_is_in_recovery()")" = f ] && break; sleep 0.5
done
restored_in=$(python3 -c "print(round($(date +%s.%N) - $began, 1))")

passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
[ "$(pg_sql "$RESTORED" -c "SELECT pg_is_in_recovery()")" = f ] && ok "restored to $T and promoted in ${restored_in} s" \
  || fail "the restored cluster did not finish its recovery"
rows() { # prefix → sorted keys found in the restored database
  PGDATABASE=$DB pg_sql "$RESTORED" -c "SELECT nominee_name FROM award_recommendation WHERE nominee_name LIKE 'Nguyễn Văn Thử $1-%'" \
    | sed 's/^Nguyễn Văn Thử //' | sort
}
for phase in early before; do
  rows "$phase" >"$PGWORK/$phase.rows"
  cut -d' ' -f1 "$PGWORK/$phase/acknowledged.txt" | sort >"$PGWORK/$phase.keys"
  keys=$(wc -l <"$PGWORK/$phase.keys")
  missing=$(comm -23 "$PGWORK/$phase.keys" "$PGWORK/$phase.rows" | wc -l)
  duplicated=$(uniq -d "$PGWORK/$phase.rows" | wc -l)
  if [ "$keys" -gt 0 ] && [ "$missing" -eq 0 ] && [ "$duplicated" -eq 0 ]; then
    ok "$phase T: all $keys acknowledged creations restored, each once"
  else
    fail "$phase T: $keys acknowledged, $missing missing, $duplicated duplicated"
  fi
done
after_keys=$(cut -d' ' -f1 "$PGWORK/after/acknowledged.txt" | wc -l)
after_rows=$(rows after | wc -l)
if [ "$after_keys" -gt 0 ] && [ "$after_rows" -eq 0 ]; then
  ok "none of the $after_keys creations acknowledged after T is restored"
else
  fail "after T: $after_rows of $after_keys creations restored"
fi
# The audit trail and the change feed restored with them: one creation event per restored recommendation.
check_trail() { # table entity-id-expression
  local events recommendations late
  events=$(PGDATABASE=$DB pg_sql "$RESTORED" -c "SELECT count(*) FROM $1 e JOIN award_recommendation r ON e.entity = 'award-recommendation' AND $2 = r.id AND e.action = 'create' WHERE r.nominee_name LIKE 'Nguyễn Văn Thử %'")
  recommendations=$(PGDATABASE=$DB pg_sql "$RESTORED" -c "SELECT count(*) FROM award_recommendation WHERE nominee_name LIKE 'Nguyễn Văn Thử %'")
  late=$(PGDATABASE=$DB pg_sql "$RESTORED" -c "SELECT count(*) FROM $1 WHERE at > '$T'")
  if [ "$events" -eq "$recommendations" ] && [ "$late" -eq 0 ]; then
    ok "$1: one creation event for each of the $recommendations restored recommendations, none after T"
  else
    fail "$1: $events creation events for $recommendations recommendations, $late after T"
  fi
}
check_trail audit_event "e.entity_id::bigint"
check_trail change_event "e.entity_id"
echo "point-in-time restore drill: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || { tail -20 "$PGWORK/restored.log"; exit 1; }

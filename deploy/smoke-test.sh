#!/usr/bin/env bash
# Starts the packaged service (target/quarkus-app, built by ./mvnw verify or package) in production
# mode against the machine's PostgreSQL 15 server, configured only by the documented environment
# variables, and checks what a fresh production deployment must do.
#
# Least privilege, as deploy/README.md recommends: two database roles. The owner role owns the database
# and runs the migrations (QUARKUS_FLYWAY_USERNAME/PASSWORD); the service connects as its own role
# (QUARKUS_DATASOURCE_USERNAME/PASSWORD), which afterMigrate.sql lets read and write the business tables
# but only insert into and read the audit trail and the change feed. Checked here: the API works as the
# service role, while that role, connected with psql, may not delete the audit trail, disable its
# triggers, truncate it or own any table.
# Tokens carry aud: the deployment sets MP_JWT_VERIFY_AUDIENCES=thidua-smoke, so a token for the default
# audience (thidua-api) is refused; province tokens name units of today (a retired code is a 403).
#
#   bash deploy/smoke-test.sh      SMOKE_PORT (default 18080) and SMOKE_DB (database, and prefix of its two
#                                  roles; default thidua_smoke) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
source dev/jdk.sh   # Java 25 for the packaged service
PORT="${SMOKE_PORT:-18080}"
DB="${SMOKE_DB:-thidua_smoke}"
OWNER="${DB}_owner"
OWNER_PASSWORD=smoke-owner-only
SERVICE="$DB"
SERVICE_PASSWORD=smoke-only
ISSUER=https://smoke.thidua.local
AUDIENCE=thidua-smoke
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
pg_ctlcluster --skip-systemctl-redirect 15 main start || [ $? -eq 2 ]
for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q && break; sleep 1; done
psql_admin() { PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
psql_admin -c "DROP DATABASE IF EXISTS $DB (FORCE)"
psql_admin -c "DROP ROLE IF EXISTS $SERVICE"
psql_admin -c "DROP ROLE IF EXISTS $OWNER"
psql_admin -c "CREATE ROLE $OWNER LOGIN PASSWORD '$OWNER_PASSWORD'"
psql_admin -c "CREATE ROLE $SERVICE LOGIN PASSWORD '$SERVICE_PASSWORD'"
psql_admin -c "CREATE DATABASE $DB OWNER $OWNER"

LOG=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_FLYWAY_USERNAME="$OWNER" \
QUARKUS_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
QUARKUS_DATASOURCE_USERNAME="$SERVICE" \
QUARKUS_DATASOURCE_PASSWORD="$SERVICE_PASSWORD" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
MP_JWT_VERIFY_ISSUER="$ISSUER" \
MP_JWT_VERIFY_AUDIENCES="$AUDIENCE" \
QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_HTTP_PORT="$PORT" \
  java -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -f "$LOG"' EXIT

base="http://127.0.0.1:$PORT"
for _ in $(seq 1 90); do curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/q/health/ready" >/dev/null || { echo "service did not become ready:"; cat "$LOG"; exit 1; }

token() { ISSUER=$ISSUER AUDIENCE=$AUDIENCE dev/token.sh "$@"; }
viewer=$(token viewer)
admin=$(token admin)
passed=0
failures=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then echo "ok   $1"; passed=$((passed + 1)); else echo "FAIL $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
total() { curl -fs -H "Authorization: Bearer $viewer" "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
# psql as the service role, over TCP with its password, as the service connects: prints the SQLSTATE of a refusal.
psql_service() {
  PGPASSWORD="$SERVICE_PASSWORD" psql -h 127.0.0.1 -U "$SERVICE" -d "$DB" -X -q -At -v VERBOSITY=verbose "$@" 2>&1
}
sqlstate() { # SQL → the SQLSTATE PostgreSQL answered as the service role, or "ok"
  local out
  if out=$(psql_service -v ON_ERROR_STOP=1 -c "$1"); then echo ok; else echo "$out" | grep -o 'ERROR: *[0-9A-Z]\{5\}' | head -1 | awk '{print $2}'; fi
}

check "34 provinces today" 34 "$(total "$base/api/v1/provinces")"
check "63 provinces on 2023-07-26" 63 "$(total "$base/api/v1/provinces?asOf=2023-07-26")"
check "no demo data in production" 0 "$(total "$base/api/v1/clusters")"
check "401 without a token" 401 "$(status "$base/api/v1/provinces")"
check "401 to a token for another audience (thidua-api, not this deployment's thidua-smoke)" 401 \
  "$(status -H "Authorization: Bearer $(ISSUER=$ISSUER AUDIENCE=thidua-api dev/token.sh viewer)" "$base/api/v1/provinces")"
check "403 to a viewer writing" 403 "$(status -X POST -H "Authorization: Bearer $viewer" -H 'Content-Type: application/json' \
  -d '{"code":"DBSH","name":"Cụm thi đua các tỉnh Đồng bằng sông Hồng","kind":"PROVINCES"}' "$base/api/v1/clusters")"
check "201 to an admin writing" 201 "$(status -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"code":"DBSH","name":"Cụm thi đua các tỉnh Đồng bằng sông Hồng","kind":"PROVINCES"}' "$base/api/v1/clusters")"
check "200 to today's Hưng Yên (33)" 200 "$(status -H "Authorization: Bearer $(token province 33)" "$base/api/v1/clusters")"
check "403 to a retired code (34, Thái Bình), naming its successor Hưng Yên" "403 True" \
  "$(curl -s -w ' %{http_code}' -H "Authorization: Bearer $(token province 34)" "$base/api/v1/clusters" \
     | python3 -c 'import json,sys; body, code = sys.stdin.read().rsplit(" ", 1); print(code, "Hưng Yên (33)" in json.loads(body)["detail"])')"
check "400 to an unknown query parameter" 400 "$(status -H "Authorization: Bearer $viewer" "$base/api/v1/clusters?clusterCode=DBSH")"
check "Swagger UI served" 200 "$(status "$base/q/swagger-ui/")"
check "metrics served" 200 "$(status "$base/q/metrics")"

# Least privilege: the schema belongs to the owner; the service role owns nothing and cannot touch the trail.
owned() { psql_admin -d "$DB" -At -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = '$1'"; }
check "migrations ran as the owner role ($OWNER owns the tables)" yes "$([ "$(owned "$OWNER")" -gt 0 ] && echo yes || echo no)"
check "the service role ($SERVICE) owns no table" 0 "$(owned "$SERVICE")"
trail=$(psql_admin -d "$DB" -At -c "SELECT count(*) FROM audit_event")
check "the admin's write reached the audit trail, as the service role" yes "$([ "$trail" -gt 0 ] && echo yes || echo no)"
check "the service role reads the audit trail" "$trail" "$(psql_service -c 'SELECT count(*) FROM audit_event')"
check "DELETE FROM audit_event refused to the service role (42501 insufficient privilege)" 42501 \
  "$(sqlstate 'DELETE FROM audit_event')"
check "UPDATE audit_event refused to the service role (42501)" 42501 "$(sqlstate "UPDATE audit_event SET at = at")"
check "ALTER TABLE audit_event DISABLE TRIGGER USER refused to the service role (42501, not the owner)" 42501 \
  "$(sqlstate 'ALTER TABLE audit_event DISABLE TRIGGER USER')"
check "TRUNCATE audit_event refused to the service role (42501)" 42501 "$(sqlstate 'TRUNCATE audit_event')"
check "DELETE FROM change_event refused to the service role (42501)" 42501 "$(sqlstate 'DELETE FROM change_event')"
check "the audit trail is intact" "$trail" "$(psql_admin -d "$DB" -At -c "SELECT count(*) FROM audit_event")"
check "the API still works after the refusals" 200 "$(status -H "Authorization: Bearer $viewer" "$base/api/v1/clusters/DBSH")"

if [ "$failures" -gt 0 ]; then echo "--- service log"; cat "$LOG"; fi
echo "smoke: $passed passed, $failures failed"
[ "$failures" -eq 0 ]

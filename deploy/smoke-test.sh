#!/usr/bin/env bash
# Starts the packaged service (target/quarkus-app, built by ./mvnw verify or package) in production
# mode against the machine's PostgreSQL 15 server, configured only by the documented environment
# variables, and checks what a fresh production deployment must do.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SMOKE_PORT:-18080}"
DB=thidua_smoke
ISSUER=https://smoke.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw package first" >&2; exit 1; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
pg_ctlcluster --skip-systemctl-redirect 15 main start || [ $? -eq 2 ]
for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q && break; sleep 1; done
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
psql_admin -c "DROP DATABASE IF EXISTS $DB"
psql_admin -c "DROP ROLE IF EXISTS thidua_smoke"
psql_admin -c "CREATE ROLE thidua_smoke LOGIN PASSWORD 'smoke-only'"
psql_admin -c "CREATE DATABASE $DB OWNER thidua_smoke"

LOG=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME=thidua_smoke \
QUARKUS_DATASOURCE_PASSWORD=smoke-only \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
MP_JWT_VERIFY_ISSUER="$ISSUER" \
QUARKUS_HTTP_PORT="$PORT" \
  java -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT

base="http://127.0.0.1:$PORT"
for _ in $(seq 1 60); do curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/q/health/ready" >/dev/null || { echo "service did not become ready:"; cat "$LOG"; exit 1; }

viewer=$(ISSUER=$ISSUER dev/token.sh viewer)
admin=$(ISSUER=$ISSUER dev/token.sh admin)
failures=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
total() { curl -fs -H "Authorization: Bearer $viewer" "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

check "34 provinces today" 34 "$(total "$base/api/v1/provinces")"
check "63 provinces on 2023-07-26" 63 "$(total "$base/api/v1/provinces?asOf=2023-07-26")"
check "no demo data in production" 0 "$(total "$base/api/v1/clusters")"
check "401 without a token" 401 "$(status "$base/api/v1/provinces")"
check "403 to a viewer writing" 403 "$(status -X POST -H "Authorization: Bearer $viewer" -H 'Content-Type: application/json' \
  -d '{"code":"DBSH","name":"Cụm thi đua các tỉnh Đồng bằng sông Hồng","kind":"PROVINCES"}' "$base/api/v1/clusters")"
check "201 to an admin writing" 201 "$(status -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"code":"DBSH","name":"Cụm thi đua các tỉnh Đồng bằng sông Hồng","kind":"PROVINCES"}' "$base/api/v1/clusters")"
check "Swagger UI served" 200 "$(status "$base/q/swagger-ui/")"
check "metrics served" 200 "$(status "$base/q/metrics")"

if [ "$failures" -gt 0 ]; then echo "--- service log"; cat "$LOG"; fi
echo "smoke: $((8 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]

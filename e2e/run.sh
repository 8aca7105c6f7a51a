#!/usr/bin/env bash
# End-to-end checks of the integration kit against the packaged service in production mode:
#   1. the reference case through a Java client generated from openapi.yaml (e2e/pom.xml, JUnit 5);
#   2. the curl and fetch examples of docs/INTEGRATION.md, run as written (e2e/guide-examples.test.mjs);
#   3. Swagger UI in headless Chromium: authorize, try GET /api/v1/provinces, read the answer (e2e/swagger-ui.test.mjs).
# The service runs against the machine's PostgreSQL 15 with a fresh database and its own RSA key pair, made here.
# Every token carries aud = thidua-api (the service's default MP_JWT_VERIFY_AUDIENCES) and exp; province tokens
# name units valid today (after the 2025 merger): 33 Hưng Yên, 37 Ninh Bình, 24, 25, 31, 22, and 36 (Nam Định,
# a retired code) where the guide shows the refusal.
# Runs as root on a fresh Debian 12 machine (installs PostgreSQL 15 and Chromium if missing); Java 25 (dev/jdk.sh finds it) and Node 20.
#
#   bash e2e/run.sh            E2E_PORT (default 18090), E2E_DB (database and role, default thidua_e2e) and
#                              E2E_KEEP=1 (keep the temp dir and the database) may be set
set -euo pipefail
cd "$(dirname "$0")/.."
source dev/jdk.sh   # Java 25 for the packaged service
ROOT=$PWD
PORT="${E2E_PORT:-18090}"
DB="${E2E_DB:-thidua_e2e}"
DB_USER="$DB"
AUDIENCE=thidua-api
ISSUER=https://e2e.thidua.local
JAR=target/quarkus-app/quarkus-run.jar
BASE="http://127.0.0.1:$PORT"
export MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g"

echo "== e2e: the packaged service"
if [ ! -d target/quarkus-app ]; then
  ./mvnw -B -ntp -DskipTests package
fi
[ -f "$JAR" ] || { echo "missing $JAR" >&2; exit 1; }

echo "== e2e: tools"
apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
}
command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql-15
[ -x /usr/bin/chromium ] || apt_install chromium
# playwright-core (pinned in e2e/package-lock.json) into e2e/node_modules, which git ignores.
if [ ! -f e2e/node_modules/playwright-core/package.json ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== e2e: a fresh database on PostgreSQL 15"
pg_ctlcluster --skip-systemctl-redirect 15 main start || [ $? -eq 2 ]
for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q && break; sleep 1; done
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
DB_PASSWORD=$(openssl rand -hex 16)
psql_admin -c "DROP DATABASE IF EXISTS $DB (FORCE)"
psql_admin -c "DROP ROLE IF EXISTS $DB_USER"
psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
psql_admin -c "CREATE DATABASE $DB OWNER $DB_USER"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/thidua-e2e.XXXXXX")
echo "== e2e: a key pair of this run in $WORK"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"

LOG="$WORK/service.log"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" \
MP_JWT_VERIFY_ISSUER="$ISSUER" \
QUARKUS_HTTP_PORT="$PORT" \
  java -Xmx512m -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
cleanup() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  if [ "${E2E_KEEP:-}" = 1 ]; then
    echo "kept $WORK and the database $DB"
  else
    rm -rf "$WORK"
    psql_admin -c "DROP DATABASE IF EXISTS $DB (FORCE)" 2>/dev/null || true
    psql_admin -c "DROP ROLE IF EXISTS $DB_USER" 2>/dev/null || true
  fi
}
trap cleanup EXIT

for _ in $(seq 1 90); do curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "service did not become ready:"; cat "$LOG"; exit 1; }
echo "service ready on $BASE (pid $PID)"

failures=()

echo "== e2e: the reference case through the client generated from openapi.yaml"
if ! ./mvnw -B -ntp -f e2e/pom.xml verify \
    -Dthidua.baseUrl="$BASE" -Dthidua.issuer="$ISSUER" -Dthidua.audience="$AUDIENCE" \
    -Dthidua.privateKey="$WORK/private.pem"; then
  failures+=("generated client")
fi

# Tokens for the guide and the browser, signed with this run's key (dev/token.sh takes KEY, ISSUER and AUDIENCE).
token() { KEY="$WORK/private.pem" ISSUER="$ISSUER" AUDIENCE="$AUDIENCE" "$ROOT/dev/token.sh" "$@"; }

echo "== e2e: the examples of docs/INTEGRATION.md"
if ! THIDUA_BASE="$BASE" \
     TOKEN_VIEWER="$(token viewer)" TOKEN_CENTRAL="$(token central)" TOKEN_ADMIN="$(token admin)" \
     TOKEN_NINHBINH="$(token province 37)" TOKEN_HUNGYEN="$(token province 33)" \
     TOKEN_NAMDINH_RETIRED="$(token province 36)" \
     node e2e/guide-examples.test.mjs docs/INTEGRATION.md; then
  failures+=("guide examples")
fi

echo "== e2e: Swagger UI in headless Chromium"
if ! THIDUA_BASE="$BASE" TOKEN_VIEWER="$(token viewer)" SCREENSHOT_DIR="$WORK/screenshots" \
     node e2e/swagger-ui.test.mjs; then
  failures+=("Swagger UI")
  ls "$WORK/screenshots" 2>/dev/null && E2E_KEEP=1
fi

if [ "${#failures[@]}" -gt 0 ]; then
  echo "--- service log (last 80 lines)"; tail -n 80 "$LOG"
  echo "e2e FAILED: ${failures[*]}"
  exit 1
fi
echo "e2e: all passed"

# Shared by the scripts that check the packaged service against the machine's PostgreSQL 15 (sourced; the caller
# has set -euo pipefail and is at the repository's root): the server started if it is stopped, a fresh database
# for the script, and the tally of checks.
source dev/jdk.sh   # the packaged service runs on Java 25
export DEBIAN_FRONTEND=noninteractive
command -v pg_ctlcluster >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql-15 >/dev/null; }
pg_ctlcluster --skip-systemctl-redirect 15 main start || [ $? -eq 2 ]
for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q && break; sleep 1; done

psql_admin() { PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }

fresh_database() { # name password: the database and its owner role, dropped first if a previous run left them
  psql_admin -c "DROP DATABASE IF EXISTS $1 (FORCE)"
  psql_admin -c "DROP ROLE IF EXISTS $1"
  psql_admin -c "CREATE ROLE $1 LOGIN PASSWORD '$2'"
  psql_admin -c "CREATE DATABASE $1 OWNER $1"
}

passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

#!/usr/bin/env bash
# Run once by the postgres image at the first start: the service's own login role, which owns nothing. The
# owner (POSTGRES_USER) runs the migrations; db/migration/afterMigrate.sql then grants this role what it needs.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v service_password="$SERVICE_DB_PASSWORD" <<'SQL'
CREATE ROLE thidua_service LOGIN PASSWORD :'service_password';
SQL

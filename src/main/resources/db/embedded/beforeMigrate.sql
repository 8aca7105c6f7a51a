-- Dev mode and tests on the embedded PostgreSQL only: the service's own login role, made by the
-- superuser that runs the migrations there. In production the operator creates both roles.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${service_role}') THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', '${service_role}', '${service_role}');
    END IF;
END $$;

-- Audit trail: every change (create, update, delete, action) with who, when, what, before and after.
-- Append-only, enforced by the database: no update, delete or truncate, whatever the service does.
CREATE TABLE audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz  NOT NULL DEFAULT now(),
    actor_subject  varchar(200) NOT NULL,
    actor_role     varchar(20)  NOT NULL,
    actor_province varchar(2),
    entity         varchar(50)  NOT NULL,
    entity_id      varchar(100) NOT NULL,
    action         varchar(50)  NOT NULL,
    before         jsonb,
    after          jsonb
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_subject, id);
CREATE INDEX audit_event_at_idx ON audit_event (at);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- Idempotency keys of creating POSTs, shared by every instance of the service. A key is claimed
-- (status_code NULL) before the request runs and completed in the same transaction as the change.
CREATE TABLE idempotency_key (
    subject      varchar(200)  NOT NULL,
    key          varchar(200)  NOT NULL,
    operation    varchar(100)  NOT NULL,
    request_hash varchar(64)   NOT NULL,
    status_code  integer,
    location     varchar(1000),
    etag         varchar(100),
    body         text,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    expires_at   timestamptz   NOT NULL,
    PRIMARY KEY (subject, key)
);
CREATE INDEX idempotency_key_expiry_idx ON idempotency_key (expires_at);

-- An Idempotency-Key belongs to its caller and its operation. The token's subject alone did not tell callers
-- apart (two provinces' officers may carry the same subject with other province claims), so a key sent by one
-- province replayed another's creation. The record is now found by the caller's subject, role and province and
-- by the operation: the same key from anyone else is that caller's own new request.
-- Keys recorded before this migration (role and province empty) are never found again and expire within a day;
-- a retry that crosses the upgrade with such a key is a new request.
ALTER TABLE idempotency_key ADD COLUMN role varchar(20) NOT NULL DEFAULT '';
ALTER TABLE idempotency_key ADD COLUMN province_code varchar(10) NOT NULL DEFAULT '';
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (subject, role, province_code, operation, key);

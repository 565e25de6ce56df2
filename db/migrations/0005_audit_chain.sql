-- ACT Board: the audit trail is tamper-evident (issue 9). Each row carries `hash`, SHA-256
-- over the previous row's hash and the row's own fields (db/audit-chain.ts), so a row
-- changed, removed or slipped in with raw SQL breaks the chain at that row.

ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- Seal the rows written before this version, in id order. audit_row_hash is the app's
-- own function (registered on the connection before migrating).
DROP TRIGGER audit_log_no_update;
CREATE TEMP TABLE audit_seal (id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
WITH RECURSIVE chain (id, hash) AS (
  SELECT id, audit_row_hash(NULL, id, at, actor, actor_staff_id, action, entity, entity_id, before_json, after_json)
    FROM audit_log WHERE id = (SELECT MIN(id) FROM audit_log)
  UNION ALL
  SELECT a.id, audit_row_hash(chain.hash, a.id, a.at, a.actor, a.actor_staff_id, a.action, a.entity, a.entity_id, a.before_json, a.after_json)
    FROM chain JOIN audit_log a ON a.id = (SELECT MIN(id) FROM audit_log WHERE id > chain.id)
)
INSERT INTO audit_seal (id, hash) SELECT id, hash FROM chain;
UPDATE audit_log SET hash = (SELECT hash FROM audit_seal WHERE audit_seal.id = audit_log.id);
DROP TABLE audit_seal;

-- The triggers that refuse updates, deletes and anything but appending a sealed row are
-- made by the app at every open (db/audit-chain.ts, protectAuditTrail), so a file whose
-- triggers were dropped is protected again at the next start.

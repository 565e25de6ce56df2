-- ACT Board: people, permissions, PINs, the audit trail's protection, backups (issue 5).

-- One row per staff member who has access settings. No row: 'view' and no PIN.
CREATE TABLE staff_access (
  staff_id INTEGER PRIMARY KEY REFERENCES staff (id),
  level TEXT NOT NULL DEFAULT 'view' CHECK (level IN ('view', 'log', 'schedule', 'admin')),
  -- scrypt$N$r$p$salt$hash (hex); NULL: no PIN yet.
  pin_hash TEXT,
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE trust_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  auto_lock_minutes INTEGER NOT NULL DEFAULT 5 CHECK (auto_lock_minutes BETWEEN 1 AND 240),
  privacy_when_locked INTEGER NOT NULL DEFAULT 0 CHECK (privacy_when_locked IN (0, 1)),
  backup_dir TEXT,
  retention_days INTEGER NOT NULL DEFAULT 14 CHECK (retention_days BETWEEN 1 AND 3650),
  version INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
INSERT INTO trust_settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Who acted, as a staff id (NULL for the system, the demo seed and in-process tools).
ALTER TABLE audit_log ADD COLUMN actor_staff_id INTEGER;
CREATE INDEX audit_by_at ON audit_log (at);
CREATE INDEX audit_by_actor ON audit_log (actor_staff_id, at);

-- The audit trail is append-only: nothing, not even a bug in the service, can rewrite it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed.');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'The audit trail cannot be changed.');
END;

/**
 * The audit trail as a hash chain: each row's `hash` is SHA-256 over the previous row's
 * hash and the row's own fields. Whoever edits, removes or slips in a row with raw SQL
 * (dropping the table's triggers, as anyone holding the file could) breaks the chain at
 * that row. Someone who also recomputes every later hash is caught by the backups: each
 * holds the chain as it was, and its newest row must still be in the board unchanged.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** The stored fields of one audit row, as SQLite returns them. */
export interface AuditRowFields {
  id: number;
  at: string;
  actor: string;
  actor_staff_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

/** The seal of one row: its fields chained to the row before (null for the first row). */
export function auditRowHash(previous: string | null, r: AuditRowFields): string {
  const fields = [previous ?? '', r.id, r.at, r.actor, r.actor_staff_id, r.action, r.entity, r.entity_id, r.before_json, r.after_json];
  return crypto.createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** Lets SQL seal rows too (migration 0005 chains the rows written before it). */
export function registerAuditHash(db: Database.Database): void {
  db.function('audit_row_hash', { deterministic: true }, (previous, id, at, actor, staffId, action, entity, entityId, before, after) =>
    auditRowHash(previous as string | null, {
      id: id as number, at: at as string, actor: actor as string, actor_staff_id: staffId as number | null, action: action as string,
      entity: entity as string, entity_id: entityId as number | null, before_json: before as string | null, after_json: after as string | null,
    }),
  );
}

const REFUSED = 'The audit trail cannot be changed.';

/**
 * The triggers that keep the trail append-only. They are made (again) at every open, so
 * a file whose triggers were dropped is protected again from the next start, and the
 * trail records that they had been removed.
 */
const PROTECTION: Record<string, string> = {
  audit_log_no_update: `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, '${REFUSED}'); END`,
  audit_log_no_delete: `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, '${REFUSED}'); END`,
  // Only appended: a new row takes an id after the last one and carries its seal. This also
  // refuses INSERT OR REPLACE of an existing row, which would delete it without firing the
  // delete trigger.
  audit_log_append_only: `CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
    WHEN NEW.hash IS NULL OR NEW.id IS NULL OR NEW.id <= COALESCE((SELECT MAX(id) FROM audit_log), 0)
    BEGIN SELECT RAISE(ABORT, '${REFUSED} Entries are only ever added at the end.'); END`,
};

/** Makes whichever protecting triggers are missing; returns their names. */
export function protectAuditTrail(db: Database.Database): string[] {
  const missing = missingProtection(db);
  for (const name of missing) db.exec(PROTECTION[name]!);
  return missing;
}

/** The protecting triggers that are not (or no longer) there. */
export function missingProtection(db: Database.Database): string[] {
  const present = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string }[]).map((t) => t.name),
  );
  return Object.keys(PROTECTION).filter((name) => !present.has(name));
}

/** Whether the trail already carries seals (a board from this version or later). */
export function isSealed(db: Database.Database): boolean {
  return (db.prepare("SELECT COUNT(*) AS n FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() as { n: number }).n === 1;
}

/** The next row to append: the id after the last one and the last one's hash to chain to. */
export function chainHead(db: Database.Database): { nextId: number; previous: string | null } {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
  return { nextId: (last?.id ?? 0) + 1, previous: last?.hash ?? null };
}

/** Where the chain does not hold. */
export interface ChainBreak {
  id: number;
  at: string;
  problem: 'changed' | 'missing-before' | 'unsealed' | 'differs-from-backup' | 'missing-since-backup';
  /** For the backup checks: the backup's name. */
  backup?: string;
}

export const MAX_BREAKS_LISTED = 20;

/**
 * Checks every row against the one stored before it, so each place an edit was made is
 * found (an edit that did not recompute the later hashes breaks only at that row).
 */
export function findChainBreaks(db: Database.Database): { entries: number; breaks: ChainBreak[]; lastId: number } {
  const breaks: ChainBreak[] = [];
  let entries = 0;
  let previous: (AuditRowFields & { hash: string | null }) | undefined;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRowFields & { hash: string | null }>;
  for (const row of rows) {
    entries++;
    const expectedId = previous ? previous.id + 1 : 1;
    let problem: ChainBreak['problem'] | null = null;
    if (row.hash === null) problem = 'unsealed';
    else if (row.id !== expectedId) problem = 'missing-before';
    else if (row.hash !== auditRowHash(previous?.hash ?? null, row)) problem = 'changed';
    if (problem && breaks.length < MAX_BREAKS_LISTED) breaks.push({ id: row.id, at: row.at, problem });
    previous = row;
  }
  return { entries, breaks, lastId: previous?.id ?? 0 };
}

/** The newest row a backup holds, if the backup has a sealed audit trail. */
export function backupChainHead(backup: Database.Database): { id: number; hash: string } | null {
  try {
    const row = backup.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
    return row?.hash ? { id: row.id, hash: row.hash } : null;
  } catch {
    return null; // a backup from before the audit trail was sealed
  }
}

/** Compares the board's chain with a backup's newest row: it must still be there, unchanged. */
export function compareWithBackup(db: Database.Database, name: string, head: { id: number; hash: string }): ChainBreak | null {
  const row = db.prepare('SELECT at, hash FROM audit_log WHERE id = ?').get(head.id) as { at: string; hash: string | null } | undefined;
  if (!row) {
    const last = db.prepare('SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; at: string } | undefined;
    return { id: head.id, at: last?.at ?? '', problem: 'missing-since-backup', backup: name };
  }
  return row.hash === head.hash ? null : { id: head.id, at: row.at, problem: 'differs-from-backup', backup: name };
}

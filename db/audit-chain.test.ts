/** The audit trail is tamper-evident: every row sealed to the one before; edits made with raw SQL are found and located. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRowHash, registerAuditHash } from './audit-chain';
import { loadMigrations, migrate } from './migrate';
import { DB_FILE_NAME, openBoardDatabase } from './open';
import { restoreForRecovery } from './recovery';
import { BoardService } from './service/board-service';

let dir: string;
let service: BoardService;
let now = new Date('2026-11-23T14:00:00Z');
const others: BoardService[] = [];

/** A few audited changes, a minute apart. */
function someChanges(n = 5): void {
  for (let i = 0; i < n; i++) {
    now = new Date(now.getTime() + 60_000);
    service.call('staff.create', { name: `Person ${i}`, initials: `P${String.fromCharCode(65 + i)}`, role: 'case_manager', fte: 1, colour: '#123456' });
  }
}

/** The board file copied elsewhere and edited with raw SQL, as someone holding the file could. */
function tamperedCopy(edit: string): BoardService {
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-tampered-'));
  service.db.pragma('wal_checkpoint(TRUNCATE)');
  fs.copyFileSync(path.join(dir, DB_FILE_NAME), path.join(copyDir, DB_FILE_NAME));
  const raw = new Database(path.join(copyDir, DB_FILE_NAME));
  registerAuditHash(raw);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_append_only;');
  raw.exec(edit);
  raw.close();
  const copy = new BoardService(openBoardDatabase(copyDir), () => now);
  // The same backup folder as the original board: the copy's trail is compared with it.
  copy.call('trust.updateSettings', { version: copy.call('trust.settings', {}).version, backupDir: path.join(dir, 'backups') });
  others.push(copy);
  return copy;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-audit-'));
  now = new Date('2026-11-23T14:00:00Z');
  service = new BoardService(openBoardDatabase(dir), () => now);
});
afterEach(() => {
  service.close();
  for (const o of others.splice(0)) {
    const copyDir = path.dirname(o.db.name);
    o.close();
    fs.rmSync(copyDir, { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the audit trail is sealed', () => {
  it('each new row carries a SHA-256 hash chained to the row before; the check says it is intact', () => {
    someChanges();
    const rows = service.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Parameters<typeof auditRowHash>[1][];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    let previous: string | null = null;
    for (const row of rows) {
      expect((row as unknown as { hash: string }).hash).toBe(auditRowHash(previous, row));
      previous = (row as unknown as { hash: string }).hash;
    }
    const check = service.call('audit.verify', {});
    expect(check).toMatchObject({ intact: true, entries: rows.length, breaks: [] });
    expect(check.summary).toBe(`The audit trail is intact: all ${rows.length} entries are sealed in one unbroken chain.`);
  });

  it('an entry edited in a copy of the file, triggers dropped, is reported with its id and time', () => {
    someChanges();
    const copy = tamperedCopy("UPDATE audit_log SET actor = 'Someone else' WHERE id = 3");
    const at = (copy.db.prepare('SELECT at FROM audit_log WHERE id = 3').get() as { at: string }).at;
    const check = copy.call('audit.verify', {});
    expect(check.intact).toBe(false);
    expect(check.breaks).toEqual([{ id: 3, at, problem: expect.stringMatching(/^Entry 3 \(.+\) was changed/) as string }]);
    expect(check.summary).toMatch(/^The audit trail was changed outside ACT Board\. It first breaks at entry 3 \(\w{3} \d{1,2} \w{3} 2026, \d\d:\d\d\)\.$/);
    // Opening the file put the dropped triggers back, and the trail says so.
    expect(() => copy.db.exec('DELETE FROM audit_log')).toThrow(/audit trail cannot be changed/);
    const restored = copy.db.prepare("SELECT after_json FROM audit_log WHERE action = 'protection-restored'").all() as { after_json: string }[];
    expect(restored.map((r) => JSON.parse(r.after_json) as unknown)).toEqual([
      { triggers: ['audit_log_no_update', 'audit_log_no_delete', 'audit_log_append_only'] },
    ]);
  });

  it('a removed entry and an entry slipped in without a seal are both found', () => {
    someChanges();
    const copy = tamperedCopy(`DELETE FROM audit_log WHERE id = 2;
      INSERT INTO audit_log (id, at, actor, action, entity) VALUES (100, '2026-11-23T15:00:00.000Z', 'Nobody', 'create', 'client')`);
    const check = copy.call('audit.verify', {});
    expect(check.intact).toBe(false);
    expect(check.breaks.map((b) => b.id)).toEqual([3, 100]);
    expect(check.breaks[0]!.problem).toMatch(/^Entries just before entry 3 .* were removed\.$/);
    expect(check.breaks[1]!.problem).toMatch(/^Entry 100 .* has no seal/);
  });

  it('a trail rewritten with recomputed hashes, or cut short, is caught by the backups', async () => {
    someChanges();
    await service.backups.backupNow('manual');
    // Rewrites entry 2 and reseals every later row: the chain itself holds again.
    const rewrite = tamperedCopy(`
      CREATE TEMP TABLE rows AS SELECT * FROM audit_log WHERE id >= 2 ORDER BY id;
      DELETE FROM audit_log WHERE id >= 2;
      UPDATE rows SET actor = 'Someone else' WHERE id = 2;
      INSERT INTO audit_log SELECT * FROM rows ORDER BY id;`);
    const resealed = rewrite.db.prepare('SELECT * FROM audit_log ORDER BY id').all() as (Parameters<typeof auditRowHash>[1] & { hash: string })[];
    let previous: string | null = null;
    const raw = new Database(rewrite.db.name);
    // (sealed again row by row, as an attacker who knows the formula would)
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_append_only;'); // made again when the copy opened
    for (const row of resealed) {
      previous = auditRowHash(previous, row);
      raw.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run(previous, row.id);
    }
    raw.close();
    const check = rewrite.call('audit.verify', {});
    expect(check.intact).toBe(false);
    expect(check.backupsCompared).toBe(1);
    expect(check.breaks[0]!.problem).toMatch(/is not as it was in the backup act-board-\d{8}-\d{6}-manual\.sqlite/);

    const cut = tamperedCopy('DELETE FROM audit_log WHERE id > 2');
    const cutCheck = cut.call('audit.verify', {});
    expect(cutCheck.intact).toBe(false);
    expect(cutCheck.breaks[0]!.problem).toMatch(/^Entry \d+, which the backup .* holds, is missing/);
  });

  it('a restore from an older backup is not taken for tampering: the backups it undid are named, not compared', async () => {
    someChanges(2);
    const older = await service.backups.backupNow('manual');
    someChanges(2);
    await service.backups.backupNow('manual');
    someChanges(2);
    await service.backups.restore(older.name);
    someChanges(1);
    const check = service.call('audit.verify', {});
    expect(check).toMatchObject({ intact: true, breaks: [], backupsCompared: 1 });
    // The backup made between, and the safety backup made just before restoring.
    expect(check.summary).toMatch(/ 2 backups were not compared: made before a restore from an older backup, they hold entries the restore undid\.$/);
  });

  it('so is a restore from the recovery page (damaged board file), which the trail records', async () => {
    someChanges(2);
    const older = await service.backups.backupNow('manual');
    someChanges(2);
    await service.backups.backupNow('manual');
    service.close();
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), Buffer.alloc(8192, 0x41));
    now = new Date(now.getTime() + 60_000);
    restoreForRecovery(dir, path.join(dir, 'backups', older.name), now);
    service = new BoardService(openBoardDatabase(dir), () => now);
    const restore = service.db.prepare("SELECT after_json FROM audit_log WHERE action = 'restore'").get() as { after_json: string };
    expect(JSON.parse(restore.after_json)).toMatchObject({ name: older.name, recovery: true });
    const check = service.call('audit.verify', {});
    expect(check).toMatchObject({ intact: true, backupsCompared: 1 });
    expect(check.summary).toMatch(/ One backup was not compared: made before a restore from an older backup, it holds entries the restore undid\.$/);
  });

  it('the table refuses INSERT OR REPLACE, an entry without a seal, and any id but the next', () => {
    someChanges(2);
    const before = service.db.prepare('SELECT * FROM audit_log ORDER BY id').all();
    const replace = `INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, hash) VALUES (1, '2026-01-01T00:00:00Z', 'x', 'create', 'staff', 'abc')`;
    expect(() => service.db.exec(replace)).toThrow(/audit trail cannot be changed/);
    expect(() => service.db.exec(`INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-01-01', 'x', 'create', 'staff')`)).toThrow(
      /audit trail cannot be changed/,
    );
    expect(service.db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
    expect(service.call('audit.verify', {}).intact).toBe(true);
  });

  it('rows written before this version are sealed by the migration, in order', () => {
    const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-old-'));
    try {
      const old = new Database(path.join(oldDir, DB_FILE_NAME));
      migrate(old, loadMigrations().slice(0, 4));
      const insert = old.prepare('INSERT INTO audit_log (at, actor, action, entity, after_json) VALUES (?, ?, ?, ?, ?)');
      old.transaction(() => {
        for (let i = 0; i < 300; i++) insert.run(`2026-11-0${1 + (i % 9)}T10:00:00.000Z`, 'local', 'create', 'staff', JSON.stringify({ i }));
      })();
      old.close();
      const upgraded = new BoardService(openBoardDatabase(oldDir), () => now);
      try {
        expect((upgraded.db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE hash IS NULL').get() as { n: number }).n).toBe(0);
        expect(upgraded.call('audit.verify', {})).toMatchObject({ intact: true, entries: 300 });
        upgraded.call('staff.create', { name: 'Ana Lopez', initials: 'AL', role: 'case_manager', fte: 1, colour: '#123456' });
        expect(upgraded.call('audit.verify', {})).toMatchObject({ intact: true, entries: 301 });
      } finally {
        upgraded.close();
      }
    } finally {
      fs.rmSync(oldDir, { recursive: true, force: true });
    }
  });
});

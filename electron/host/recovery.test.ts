/** A damaged board file never gives a blank app: the host serves the recovery page and restores. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openBoard } from '../../db/board';
import { CorruptDatabaseError, DB_FILE_NAME, openBoardDatabase } from '../../db/open';
import { startRecoveryHost } from './recovery';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('offers the latest good backup, restores it on request and keeps the damaged file', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-recovery-'));
  const service = openBoard(dir);
  service.call('staff.create', { name: 'Dana <b>Whitfield</b>', initials: 'DW', role: 'team_leader', fte: 1, colour: '#123456' });
  const backup = await service.backups.backupNow('manual');
  service.close();
  fs.writeFileSync(path.join(dir, DB_FILE_NAME), Buffer.alloc(8192, 0x41)); // not a database any more
  expect(() => openBoardDatabase(dir)).toThrow(CorruptDatabaseError);

  let restored = false;
  const host = await startRecoveryHost({ port: 0, host: '127.0.0.1', dataDir: dir, problem: 'file is not a database', onRestored: () => (restored = true) });
  try {
    const page = await (await fetch(host.url)).text();
    expect(page).toContain('the board file is damaged');
    expect(page).toContain('Restore this backup');
    const api = await fetch(`${host.url}/api/call/board.get`, { method: 'POST' });
    expect(api.status).toBe(503);
    const form = new URLSearchParams({ path: path.join(dir, 'backups', backup.name) });
    const res = await fetch(`${host.url}/recovery/restore`, { method: 'POST', body: form });
    expect(await res.text()).toContain('The board was restored');
    await new Promise((r) => setTimeout(r, 50));
    expect(restored).toBe(true);
    // Only listed, good backups can be restored: no arbitrary paths.
    const bad = await fetch(`${host.url}/recovery/restore`, { method: 'POST', body: new URLSearchParams({ path: '/etc/passwd' }) });
    expect(bad.status).toBe(400);
  } finally {
    await host.close();
  }
  const again = openBoard(dir);
  expect(again.call('staff.list', {}).map((s) => s.name)).toEqual(['Dana <b>Whitfield</b>']);
  again.close();
  expect(fs.readdirSync(dir).some((f) => f.startsWith(`${DB_FILE_NAME}.damaged-`))).toBe(true);
});

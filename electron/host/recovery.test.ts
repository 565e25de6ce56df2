/** A damaged board file never gives a blank app: the host serves the recovery page, which an admin PIN opens. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openBoard } from '../../db/board';
import { CorruptDatabaseError, DB_FILE_NAME, openBoardDatabase } from '../../db/open';
import { startRecoveryHost } from './recovery';
import { raw } from './test-http';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A board (with an admin, or without) backed up once, then damaged. */
async function damagedBoard(withAdmin: boolean): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-recovery-'));
  const service = openBoard(dir);
  service.call('staff.create', { name: 'Dana <b>Whitfield</b>', initials: 'DW', role: 'team_leader', fte: 1, colour: '#123456' });
  if (withAdmin) service.call('auth.setup', { staffId: 1, pin: '4826' });
  const backup = await service.backups.backupNow('manual');
  service.close();
  fs.writeFileSync(path.join(dir, DB_FILE_NAME), Buffer.alloc(8192, 0x41)); // not a database any more
  expect(() => openBoardDatabase(dir)).toThrow(CorruptDatabaseError);
  return path.join(dir, 'backups', backup.name);
}

const lanAddress = () => Object.values(os.networkInterfaces()).flat().find((a) => a?.family === 'IPv4' && !a.internal)?.address ?? '127.0.0.1';

it('under --lan, asks for an admin PIN before it lists or restores a backup, then restores and keeps the damaged file', async () => {
  const backupPath = await damagedBoard(true);
  let restored = false;
  const host = await startRecoveryHost({ port: 0, host: '0.0.0.0', dataDir: dir, problem: 'file is not a database', onRestored: () => (restored = true) });
  try {
    // A seat on the team's network, reaching the host by this machine's address.
    const name = `${lanAddress()}:${new URL(host.url).port}`;
    const seat = (extra: Record<string, string> = {}) => ({ Host: name, Origin: `http://${name}`, 'Content-Type': 'application/x-www-form-urlencoded', ...extra });
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

    const first = await raw(host.url, '/', { headers: { Host: name } });
    expect(first.text).toContain('the board file is damaged');
    expect(first.text).toContain('Admin PIN');
    expect(first.text).not.toContain('Restore this backup');
    expect(first.text).not.toContain(path.basename(backupPath));
    expect((await raw(host.url, '/api/call/board.get', { method: 'POST', headers: { Host: name } })).status).toBe(503);

    // No restore without the PIN, and a wrong PIN opens nothing.
    expect((await raw(host.url, '/recovery/restore', { method: 'POST', headers: seat(), body: form({ path: backupPath }) })).status).toBe(401);
    expect((await raw(host.url, '/recovery/unlock', { method: 'POST', headers: seat(), body: form({ pin: '0000' }) })).status).toBe(401);
    const unlocked = await raw(host.url, '/recovery/unlock', { method: 'POST', headers: seat(), body: form({ pin: '4826' }) });
    expect(unlocked.status).toBe(303);
    const cookie = String(unlocked.headers['set-cookie']).split(';')[0]!;
    expect((await raw(host.url, '/', { headers: { Host: name, Cookie: cookie } })).text).toContain('Restore this backup');

    // Another site, or another name for this host, is refused.
    const cross = await raw(host.url, '/recovery/restore', { method: 'POST', headers: seat({ Cookie: cookie, Origin: 'http://evil.example' }), body: form({ path: backupPath }) });
    expect(cross.status).toBe(403);
    expect((await raw(host.url, '/', { headers: { Host: `rebind.example:${new URL(host.url).port}`, Cookie: cookie } })).status).toBe(403);
    // Only listed, good backups can be restored: no arbitrary paths.
    expect((await raw(host.url, '/recovery/restore', { method: 'POST', headers: seat({ Cookie: cookie }), body: form({ path: '/etc/passwd' }) })).status).toBe(400);

    const res = await raw(host.url, '/recovery/restore', { method: 'POST', headers: seat({ Cookie: cookie }), body: form({ path: backupPath }) });
    expect(res.text).toContain('The board was restored');
    await new Promise((r) => setTimeout(r, 50));
    expect(restored).toBe(true);
  } finally {
    await host.close();
  }
  const again = openBoard(dir);
  expect(again.call('staff.list', {}).map((s) => s.name)).toEqual(['Dana <b>Whitfield</b>']);
  again.close();
  expect(fs.readdirSync(dir).some((f) => f.startsWith(`${DB_FILE_NAME}.damaged-`))).toBe(true);
});

it('when the backups hold no admin PIN, only this machine sees and restores them', async () => {
  await damagedBoard(false);
  const host = await startRecoveryHost({ port: 0, host: '127.0.0.1', dataDir: dir, problem: 'file is not a database', onRestored: () => undefined });
  try {
    expect((await raw(host.url, '/')).text).toContain('Restore this backup');
    const viaProxy = await raw(host.url, '/', { headers: { 'X-Forwarded-For': '192.0.2.7' } });
    expect(viaProxy.text).not.toContain('Restore this backup');
    expect(viaProxy.text).toContain('only on the machine that runs the host');
  } finally {
    await host.close();
  }
});

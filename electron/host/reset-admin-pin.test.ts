/** The way back in when the only admin is locked out: `npm run serve -- --reset-admin-pin` on the host machine. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openBoard } from '../../db/board';
import { MAX_FAILED_PINS } from '../../db/service/auth';
import type { BoardService } from '../../db/service/board-service';
import { RESET_ACTOR, resetAdminPin } from './reset-admin-pin';

let dir: string;
let service: BoardService;
const anotherComputer = { token: null, requireSignIn: true, source: { address: '192.0.2.50', local: false } };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-reset-'));
  service = openBoard(dir);
  service.call('auth.setup', { name: 'Ada Admin', initials: 'AA', pin: '1357' });
});
afterEach(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const unlock = (s: BoardService, pin: string) => s.call('auth.unlock', { staffId: 1, pin }, { seat: { ...anotherComputer } });

it('run on the host machine, it sets a new PIN for the locked-out only admin and audits it', () => {
  for (let i = 0; i < MAX_FAILED_PINS; i++) expect(() => unlock(service, '0000')).toThrow();
  expect(() => unlock(service, '1357')).toThrow(/Too many wrong PINs for Ada Admin/);
  service.close();

  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--data-dir', dir, '--reset-admin-pin'], {
    cwd: path.resolve(__dirname, '../..'),
    input: '864209\n864209\n',
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('New PIN set for Ada Admin; any lockout is lifted');
  expect(run.status).toBe(0);

  service = openBoard(dir);
  expect(unlock(service, '864209').person?.name).toBe('Ada Admin');
  const row = service.db.prepare("SELECT actor FROM audit_log WHERE action = 'reset_pin'").get();
  expect(row).toEqual({ actor: RESET_ACTOR });
}, 60_000);

it('asks which admin when there are several, and changes nothing on a bad PIN', () => {
  const second = service.call('staff.create', { name: 'Bo Admin', initials: 'BA', role: 'team_leader', fte: 1, colour: '#123456' });
  service.call('auth.setAccess', { staffId: second.id, version: 0, level: 'admin' });
  service.call('auth.resetPin', { staffId: second.id, version: 1, pin: '2468' });
  expect(() => resetAdminPin(service, '9999')).toThrow('Choose the admin with --admin <initials>: AA (Ada Admin), BA (Bo Admin). Nothing was changed.');
  expect(() => resetAdminPin(service, '12', 'BA')).toThrow(/4 to 8 digits/);
  expect(resetAdminPin(service, '97531', 'ba')).toMatch(/Bo Admin/);
  expect(service.call('auth.unlock', { staffId: second.id, pin: '97531' }, { seat: { ...anotherComputer } }).person?.name).toBe('Bo Admin');
});

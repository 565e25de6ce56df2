import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type Input, type Method, contract } from '../../shared/api';
import { METHOD_PERMISSIONS } from '../../shared/permissions';
import { checkDatabaseFile, listBackups } from '../backup';
import { DEMO_ACCESS, seedDemoAccess } from '../demo-access';
import { CorruptDatabaseError, DB_FILE_NAME, openBoardDatabase } from '../open';
import { recoveryCandidates, restoreForRecovery } from '../recovery';
import { BoardService, type SeatOptions } from './board-service';
import { MAX_FAILED_PINS } from './auth';
import { FIRST_WAIT_MS, FREE_GUESSES } from './guess-throttle';
import type { SeatSource } from './sessions';

let dir: string;
let service: BoardService;
let now: Date;
const trusted = <M extends Method>(m: M, input: Input<M>) => service.call(m, input);

/** This machine (IPC, or a browser on loopback), and desks on the team's network. */
const HERE: SeatSource = { address: '127.0.0.1', local: true };
const desk = (n: number): SeatSource => ({ address: `192.0.2.${n}`, local: false });

/** A seat as a transport makes it: its token changes when it unlocks or locks. */
function seat(requireSignIn = false, source: SeatSource = desk(10)) {
  const s: SeatOptions & { token: string | null } = { token: null, requireSignIn, source, onSession: (t) => (s.token = t) };
  return { call: <M extends Method>(m: M, input: Input<M>) => service.call(m, input, { seat: s }), options: s };
}

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('did not throw');
}

function seed() {
  const dw = trusted('staff.create', { name: 'Dana Whitfield', initials: 'DW', role: 'team_leader', fte: 1, colour: '#111111' });
  const mv = trusted('staff.create', { name: 'Marisol Vega', initials: 'MV', role: 'registered_nurse', fte: 1, colour: '#222222' });
  const jk = trusted('staff.create', { name: 'Jo Kessler', initials: 'JK', role: 'peer_specialist', fte: 1, colour: '#333333' });
  seedDemoAccess(service, now);
  const client = trusted('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05' });
  const contact = trusted('contacts.create', {
    clientId: client.id, staffId: mv.id, day: '2026-11-23', start: '09:00', end: '09:30', intervention: 'housing', location: 'community',
  });
  return { dw, mv, jk, client, contact };
}
const pinOf = (initials: string) => DEMO_ACCESS.find((a) => a.initials === initials)!.pin;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-trust-'));
  now = new Date('2026-11-23T14:00:00Z');
  service = new BoardService(openBoardDatabase(dir), () => now);
});
afterEach(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('people and permissions', () => {
  it('a locked seat reads but may not write; unlocking attributes writes to the person', () => {
    const { mv, contact } = seed();
    const s = seat();
    expect(s.call('board.get', { day: '2026-11-23' }).contacts).toHaveLength(1);
    const e = thrown(() => s.call('contacts.move', { id: contact.id, version: 0, staffId: null }));
    expect(e.code).toBe('locked');
    expect(e.message).toBe('Unlock with your PIN to change the board.');
    const state = s.call('auth.unlock', { staffId: mv.id, pin: pinOf('MV') });
    expect(state.person).toMatchObject({ name: 'Marisol Vega', level: 'schedule' });
    expect(s.options.token).toMatch(/^[\w-]{40,}$/);
    s.call('contacts.move', { id: contact.id, version: 0, staffId: null });
    const row = service.db.prepare("SELECT actor, actor_staff_id FROM audit_log WHERE action = 'move'").get();
    expect(row).toEqual({ actor: 'Marisol Vega', actor_staff_id: mv.id });
    s.call('auth.lock', {});
    expect(s.options.token).toBeNull();
    expect(thrown(() => s.call('contacts.move', { id: contact.id, version: 1, staffId: mv.id })).code).toBe('locked');
  });

  it('levels: log may add contacts and record outcomes of their own only; schedule may not manage staff', () => {
    const { mv, jk, contact, client } = seed();
    const log = seat();
    log.call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') });
    log.call('contacts.create', { clientId: client.id, staffId: jk.id, day: '2026-11-23', start: '10:00', end: '10:30', intervention: 'housing', location: 'office' });
    expect(thrown(() => log.call('contacts.setStatus', { id: contact.id, version: 0, status: 'done' })).code).toBe('forbidden');
    expect(thrown(() => log.call('contacts.move', { id: contact.id, version: 0, staffId: jk.id })).message).toMatch(/Jo Kessler has log permission; this needs schedule/);
    const sched = seat();
    sched.call('auth.unlock', { staffId: mv.id, pin: pinOf('MV') });
    sched.call('contacts.setStatus', { id: contact.id, version: 0, status: 'done' });
    expect(thrown(() => sched.call('staff.update', { id: jk.id, version: 0, name: 'X' })).code).toBe('forbidden');
    expect(thrown(() => sched.call('audit.list', {})).code).toBe('forbidden');
  });

  it('LAN mode: a seat without a session cannot even read', () => {
    const { dw } = seed();
    const s = seat(true);
    expect(thrown(() => s.call('board.get', { day: '2026-11-23' })).code).toBe('locked');
    expect(s.call('auth.status', {})).toMatchObject({ person: null, signInRequired: true });
    s.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') });
    expect(s.call('board.get', { day: '2026-11-23' }).day).toBe('2026-11-23');
  });

  it('too many wrong PINs lock the person out; an admin resets the PIN', () => {
    const { dw, jk } = seed();
    const s = seat();
    for (let i = 1; i < MAX_FAILED_PINS; i++) {
      expect(thrown(() => s.call('auth.unlock', { staffId: jk.id, pin: '9999' })).message).toMatch(/Wrong PIN for Jo Kessler/);
    }
    expect(thrown(() => s.call('auth.unlock', { staffId: jk.id, pin: '9999' })).message).toMatch(/locked out for 15 minutes/);
    // Even the right PIN is refused during the lockout.
    expect(thrown(() => s.call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') })).message).toMatch(/Too many wrong PINs/);
    const actions = (service.db.prepare("SELECT action FROM audit_log WHERE entity = 'session'").all() as { action: string }[]).map((r) => r.action);
    expect(actions.filter((a) => a === 'unlock_failed')).toHaveLength(MAX_FAILED_PINS - 1);
    expect(actions).toContain('lockout');
    const admin = seat();
    admin.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') });
    const person = admin.call('auth.access', {}).find((p) => p.id === jk.id)!;
    expect(person.lockedUntil).not.toBeNull();
    admin.call('auth.resetPin', { staffId: jk.id, version: person.version, pin: '24680' });
    expect(s.call('auth.unlock', { staffId: jk.id, pin: '24680' }).person?.name).toBe('Jo Kessler');
    // The hash never reaches the audit trail.
    expect(JSON.stringify(service.db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/scrypt/);
  });

  it('the lockout ends by itself after a while', () => {
    const { jk } = seed();
    const s = seat();
    for (let i = 0; i < MAX_FAILED_PINS; i++) thrown(() => s.call('auth.unlock', { staffId: jk.id, pin: '0000' }));
    now = new Date(now.getTime() + 16 * 60_000);
    expect(s.call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') }).person?.id).toBe(jk.id);
  });

  it('a session ends after the auto-lock idle time', () => {
    const { mv } = seed();
    const s = seat();
    s.call('auth.unlock', { staffId: mv.id, pin: pinOf('MV') });
    now = new Date(now.getTime() + 4 * 60_000);
    expect(s.call('auth.status', {}).person?.id).toBe(mv.id);
    now = new Date(now.getTime() + 6 * 60_000);
    expect(s.call('auth.status', {}).person).toBeNull();
  });

  it('first run: a board without an admin PIN needs setup, once', () => {
    const s = seat(false, HERE);
    expect(s.call('auth.status', {}).needsSetup).toBe(true);
    const state = s.call('auth.setup', { name: 'Ada Admin', initials: 'aa', pin: '123456' });
    expect(state).toMatchObject({ needsSetup: false, person: { name: 'Ada Admin', initials: 'AA', level: 'admin' } });
    expect(thrown(() => seat().call('auth.setup', { name: 'Eve', initials: 'EV', pin: '1111' })).code).toBe('forbidden');
    // The only admin cannot be demoted.
    const me = s.call('auth.access', {})[0]!;
    expect(thrown(() => s.call('auth.setAccess', { staffId: me.id, version: me.version, level: 'log' })).message).toMatch(/last active admin/);
  });

  it('a signed-in person changes their own PIN with the current one', () => {
    const { jk } = seed();
    const s = seat();
    expect(thrown(() => s.call('auth.changePin', { currentPin: pinOf('JK'), newPin: '5555' })).code).toBe('locked');
    s.call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') });
    expect(thrown(() => s.call('auth.changePin', { currentPin: '0000', newPin: '5555' })).message).toMatch(/current PIN is not right/);
    s.call('auth.changePin', { currentPin: pinOf('JK'), newPin: '5555' });
    expect(thrown(() => seat().call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') })).code).toBe('validation');
    expect(seat().call('auth.unlock', { staffId: jk.id, pin: '5555' }).person?.id).toBe(jk.id);
  });

  it('PINs are stored as salted scrypt hashes only', () => {
    seed();
    const rows = service.db.prepare('SELECT pin_hash FROM staff_access').all() as { pin_hash: string }[];
    expect(rows.every((r) => /^scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/.test(r.pin_hash))).toBe(true);
    expect(new Set(rows.map((r) => r.pin_hash.split('$')[4])).size).toBe(rows.length);
  });

  it('a conflict names who changed the row and when', () => {
    const { mv, contact } = seed();
    const s = seat();
    s.call('auth.unlock', { staffId: mv.id, pin: pinOf('MV') });
    s.call('contacts.move', { id: contact.id, version: 0, staffId: null });
    expect(thrown(() => s.call('contacts.update', { id: contact.id, version: 0, note: 'x' })).message).toMatch(
      /changed by Marisol Vega at 09:00/,
    );
  });

  it('privacy when locked: a locked seat gets clients by initials only', () => {
    const { dw } = seed();
    const admin = seat();
    admin.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') });
    admin.call('trust.updateSettings', { version: 0, privacyWhenLocked: true });
    expect(seat().call('board.get', { day: '2026-11-23' }).clients[0]).toMatchObject({ name: 'T. P.', preferredName: 'T. P.' });
    expect(seat().call('clients.list', {})[0]).toMatchObject({ name: 'T. P.', recordNumber: null });
    expect(admin.call('board.get', { day: '2026-11-23' }).clients[0]!.name).toBe('Test Person');
  });
});

describe('nobody claims or locks out the board (issue 9)', () => {
  const audited = (action: string) => (service.db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

  it('the first admin is created from this machine, or from another computer only with the setup code', () => {
    const remote = seat(false, desk(20));
    expect(remote.call('auth.status', {})).toMatchObject({ needsSetup: true, setupCodeRequired: true });
    expect(seat(false, HERE).call('auth.status', {})).toMatchObject({ needsSetup: true, setupCodeRequired: false });
    const claim = (setupCode?: string) => remote.call('auth.setup', { name: 'Eve Intruder', initials: 'EI', pin: '1111', setupCode });
    expect(thrown(() => claim()).message).toMatch(/needs the setup code the board host printed/);
    expect(thrown(() => claim('AAAA-BBBB-CCCC')).message).toMatch(/setup code is not right/);
    expect(audited('setup_refused')).toBe(1);
    expect(trusted('staff.list', {})).toEqual([]); // nothing was created
    const code = service.setupCode.printable!;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Typed loosely (lower case, spaces) it still counts.
    const state = remote.call('auth.setup', { name: 'Ada Admin', initials: 'AA', pin: '246810', setupCode: code.toLowerCase().replace(/-/g, ' ') });
    expect(state.person).toMatchObject({ name: 'Ada Admin', level: 'admin' });
    expect(service.setupCode.printable).toBeNull(); // spent
  });

  it('wrong setup codes count towards the back-off of their source', () => {
    const remote = seat(false, desk(21));
    for (let i = 0; i < FREE_GUESSES; i++) thrown(() => remote.call('auth.setup', { name: 'E', initials: 'E', pin: '1111', setupCode: `WRONG${i}` }));
    const right = service.setupCode.printable!;
    expect(thrown(() => remote.call('auth.setup', { name: 'E', initials: 'E', pin: '1111', setupCode: right })).message).toMatch(
      /Too many wrong PINs from this seat. Try again in 15 seconds/,
    );
  });

  it('wrong current PINs when changing one count like wrong PINs to unlock: lockout, audit rows, signed out', () => {
    const { jk } = seed();
    const s = seat();
    s.call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') });
    for (let i = 1; i < MAX_FAILED_PINS; i++) {
      expect(thrown(() => s.call('auth.changePin', { currentPin: '0000', newPin: '5555' })).message).toMatch(
        new RegExp(`current PIN is not right.*${MAX_FAILED_PINS - i} tr`),
      );
    }
    expect(thrown(() => s.call('auth.changePin', { currentPin: '0000', newPin: '5555' })).message).toMatch(/Jo Kessler is locked out for 15 minutes/);
    expect(audited('change_pin_failed')).toBe(MAX_FAILED_PINS - 1);
    expect(audited('lockout')).toBe(1);
    // The guessing seat is signed out, and the right PIN is refused during the lockout.
    expect(s.options.token).toBeNull();
    expect(thrown(() => seat().call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') })).message).toMatch(/Too many wrong PINs for Jo Kessler/);
    expect(trusted('auth.access', {}).find((p) => p.id === jk.id)!.lockedUntil).not.toBeNull();
  });

  it('one source guessing across people waits longer and longer; other seats are not affected', () => {
    const { dw, mv, jk } = seed();
    const attacker = seat(false, desk(66));
    const people = [mv.id, jk.id];
    for (let i = 0; i < FREE_GUESSES; i++) thrown(() => attacker.call('auth.unlock', { staffId: people[i % 2]!, pin: '9999' }));
    // Blocked before the PIN is even checked: the right PIN does not get through either.
    const blocked = thrown(() => attacker.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') }));
    expect(blocked.message).toBe('Too many wrong PINs from this seat. Try again in 15 seconds.');
    expect(seat(false, desk(11)).call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') }).person?.id).toBe(dw.id);
    now = new Date(now.getTime() + FIRST_WAIT_MS + 1);
    thrown(() => attacker.call('auth.unlock', { staffId: dw.id, pin: '9999' }));
    expect(thrown(() => attacker.call('auth.unlock', { staffId: dw.id, pin: '9999' })).message).toMatch(/Try again in 30 seconds/);
  });

  it('an anonymous source cannot keep the only admin locked out', () => {
    const { dw } = seed();
    const attacker = seat(false, desk(99));
    const start = now.getTime();
    const lockedMinutes: boolean[] = [];
    let attempts = 0;
    // Three hours of the fastest guessing the host allows, tried every second.
    for (let t = 0; t < 3 * 3600; t++) {
      now = new Date(start + t * 1000);
      const refused = thrown(() => attacker.call('auth.unlock', { staffId: dw.id, pin: '0000' }));
      if (/Wrong PIN/.test(refused.message)) attempts++; // a PIN was actually checked

      if (t % 60 === 0) lockedMinutes.push(trusted('auth.access', {}).find((p) => p.id === dw.id)!.lockedUntil !== null);
    }
    const lastHour = lockedMinutes.slice(-60).filter(Boolean).length;
    console.log(`attacker: ${attempts} PINs checked in 3 hours; admin locked out ${lockedMinutes.filter(Boolean).length} of 180 minutes, ${lastHour} of the last 60`);
    expect(attempts).toBeLessThan(30);
    expect(lastHour).toBeLessThan(20);
    // And from another seat the admin unlocks once the lockout has run out.
    now = new Date(now.getTime() + 16 * 60_000);
    expect(seat(false, desk(12)).call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') }).person?.id).toBe(dw.id);
  }, 60_000);

  it('the last active admin cannot be deactivated or given a lower level; the data stays as it was', () => {
    const { dw, mv } = seed();
    const admin = seat();
    admin.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') });
    const deactivate = thrown(() => admin.call('staff.update', { id: dw.id, version: 0, active: false }));
    expect(deactivate.message).toMatch(/Dana Whitfield is the last active admin, so they cannot be deactivated.*Make someone else admin \(with a PIN\) first/);
    expect(trusted('staff.list', {}).find((s) => s.id === dw.id)).toMatchObject({ active: true, version: 0 });
    // An admin who is no longer active does not count.
    const mvAccess = admin.call('auth.access', {}).find((p) => p.id === mv.id)!;
    admin.call('auth.setAccess', { staffId: mv.id, version: mvAccess.version, level: 'admin' });
    admin.call('staff.update', { id: mv.id, version: 0, active: false });
    const me = admin.call('auth.access', {}).find((p) => p.id === dw.id)!;
    expect(thrown(() => admin.call('auth.setAccess', { staffId: dw.id, version: me.version, level: 'schedule' })).message).toMatch(
      /last active admin, so they cannot be given a lower level/,
    );
    expect(trusted('auth.access', {}).find((p) => p.id === dw.id)!.level).toBe('admin');
    // With a second active admin, either may go.
    admin.call('staff.update', { id: mv.id, version: 1, active: true });
    admin.call('staff.update', { id: dw.id, version: 0, active: false });
    expect(trusted('auth.status', {}).needsSetup).toBe(false);
  });

  it('expired sessions are swept, and whoever watches sessions is told', () => {
    const { mv, jk } = seed();
    const ended: string[] = [];
    service.sessions.onEnded((t) => ended.push(t));
    const a = seat();
    a.call('auth.unlock', { staffId: mv.id, pin: pinOf('MV') });
    const b = seat();
    b.call('auth.unlock', { staffId: jk.id, pin: pinOf('JK') });
    expect(service.sessions.size).toBe(2);
    now = new Date(now.getTime() + 6 * 60_000); // past the 5 idle minutes
    service.sweepSessions();
    expect(service.sessions.size).toBe(0);
    expect(ended).toEqual([a.options.token, b.options.token]);
  });
});

describe('audit trail', () => {
  it('lists by person, client, date and kind', () => {
    const { mv, contact, client } = seed();
    const s = seat();
    s.call('auth.unlock', { staffId: mv.id, pin: pinOf('MV') });
    s.call('contacts.move', { id: contact.id, version: 0, staffId: null });
    const admin = seat();
    admin.call('auth.unlock', { staffId: trusted('auth.people', {}).find((p) => p.initials === 'DW')!.id, pin: pinOf('DW') });
    const byMv = admin.call('audit.list', { staffId: mv.id });
    expect(byMv.entries.map((e) => e.action)).toEqual(['move', 'unlock']);
    expect(admin.call('audit.list', { clientId: client.id, kind: 'contact' }).entries.map((e) => e.action)).toEqual(['move', 'create']);
    expect(admin.call('audit.list', { from: '2026-11-23', to: '2026-11-23' }).total).toBeGreaterThan(3);
    expect(admin.call('audit.list', { from: '2026-11-24' }).total).toBe(0);
    expect(admin.call('audit.list', {}).kinds).toEqual(expect.arrayContaining(['access', 'client', 'contact', 'session', 'staff']));
  });

  it('cannot be changed: no method writes it except by appending, and the table refuses updates and deletes', () => {
    seed();
    expect(Object.keys(contract).filter((m) => m.startsWith('audit.'))).toEqual(['audit.list', 'audit.verify']); // both only read
    expect(METHOD_PERMISSIONS['audit.list']).toBe('admin');
    expect(() => service.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/audit trail cannot be changed/);
    expect(() => service.db.prepare('DELETE FROM audit_log').run()).toThrow(/audit trail cannot be changed/);
  });
});

describe('backups and recovery', () => {
  it('backs up online, restores (after backing up the current file) and the result checks out', async () => {
    const { dw, contact } = seed();
    const first = await service.backups.backupNow('manual', null);
    expect(checkDatabaseFile(path.join(dir, 'backups', first.name))).toEqual({ ok: true, detail: 'ok' });
    trusted('contacts.delete', { id: contact.id, version: 0 });
    expect(trusted('board.get', { day: '2026-11-23' }).contacts).toHaveLength(0);

    const events: unknown[] = [];
    service.onChange((e) => events.push(e));
    const admin = seat();
    admin.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') });
    now = new Date(now.getTime() + 1000);
    await service.backups.restore(first.name, { id: dw.id, name: 'Dana Whitfield' });

    expect(trusted('board.get', { day: '2026-11-23' }).contacts.map((c) => c.id)).toEqual([contact.id]);
    expect((service.db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).toBe('ok');
    const files = listBackups(path.join(dir, 'backups'));
    const safety = files.find((f) => f.reason === 'prerestore')!;
    // The safety copy holds the board as it was before the restore: without the contact.
    const copy = new Database(path.join(dir, 'backups', safety.name), { readonly: true });
    expect((copy.prepare('SELECT COUNT(*) AS n FROM contacts').get() as { n: number }).n).toBe(0);
    copy.close();
    expect(events).toContainEqual(expect.objectContaining({ areas: expect.arrayContaining(['contacts', 'trust']) }));
    // Everyone unlocks again after a restore.
    expect(thrown(() => admin.call('backup.status', {})).code).toBe('locked');
    expect(trusted('audit.list', {}).entries[0]).toMatchObject({ action: 'restore', actor: 'Dana Whitfield' });
  });

  it('keeps backups for the set number of days, never deleting the newest', async () => {
    seed();
    const old = await service.backups.backupNow('daily');
    now = new Date(now.getTime() + 20 * 24 * 3600_000);
    const fresh = await service.backups.backupNow('daily');
    expect(listBackups(path.join(dir, 'backups')).map((f) => f.name)).toEqual([fresh.name]);
    expect(old.name).not.toBe(fresh.name);
  });

  it('refuses to restore a file that is not a backup here', () => {
    const { dw } = seed();
    const admin = seat();
    admin.call('auth.unlock', { staffId: dw.id, pin: pinOf('DW') });
    expect(thrown(() => admin.call('backup.restore', { name: '../act-board.sqlite' })).code).toBe('validation');
    expect(thrown(() => admin.call('backup.restore', { name: 'act-board-20260101-000000-manual.sqlite' })).code).toBe('not_found');
  });

  it('a damaged board file is refused at start and recovered from the latest good backup', async () => {
    seed();
    const good = await service.backups.backupNow('manual');
    service.close();
    const file = path.join(dir, DB_FILE_NAME);
    // Scribble over the middle of the file, as a failing disk would.
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    for (let at = 4096 * 2; at < size; at += 4096 * 3) fs.writeSync(fd, Buffer.alloc(600, 0x5a), 0, 600, at);
    fs.closeSync(fd);
    expect(() => openBoardDatabase(dir)).toThrow(CorruptDatabaseError);
    const [latest] = recoveryCandidates(dir);
    expect(latest).toMatchObject({ name: good.name, ok: true });
    const kept = restoreForRecovery(dir, latest!.path);
    expect(fs.existsSync(kept)).toBe(true);
    service = new BoardService(openBoardDatabase(dir), () => now);
    expect(trusted('board.get', { day: '2026-11-23' }).contacts).toHaveLength(1);
  });
});

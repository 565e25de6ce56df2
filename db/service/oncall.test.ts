import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { merged } from '../../shared/oncall';
import { registerAuditHash } from '../audit-chain';
import { loadMigrations, migrate } from '../migrate';
import { setupTestBoard } from './test-kit';

const NY = 'America/New_York';
const at = (local: string) => DateTime.fromISO(local, { zone: NY }).toUTC().toISO()!;
let clock = new Date(at('2026-10-28T10:00'));
const t = setupTestBoard(() => clock);
const HANDOFF = ['17:00', '17:00', '17:00', '17:00', '17:00', '09:00', '09:00'];

function team() {
  clock = new Date(at('2026-10-28T10:00'));
  const person = (name: string, initials: string) =>
    t.call('staff.create', { name, initials, role: 'case_manager', fte: 1, colour: '#123456' }).id;
  const [a, b, c] = [person('Ada Alder', 'AA'), person('Ben Birch', 'BB'), person('Cy Cedar', 'CC')];
  for (const [id, phone] of [[a, '555-0111'], [b, '555-0112'], [c, '555-0113']] as const) t.call('oncall.setPhone', { staffId: id, phone });
  t.call('oncall.saveRotation', {
    roleId: 1,
    version: 0,
    startDay: '2026-10-26',
    turnDays: 7,
    handoff: HANDOFF,
    members: [{ staffId: a }, { staffId: b }, { staffId: c }],
  });
  const client = t.call('clients.create', { name: 'Wendell Whitlock', preferredName: 'Dell', admissionDate: '2025-01-01' }).id;
  return { a, b, c, client };
}

const turnsOf = (from: string, to: string) => t.call('oncall.timeline', { from, to }).roles.find((r) => r.roleId === 1)!;

describe('the rota through the service', () => {
  it('refuses bad input with a clear message and saves nothing', () => {
    const { a, b, c } = team();
    t.expectRejected(
      () => t.call('oncall.saveRotation', { roleId: 2, version: 0, startDay: '2026-10-26', turnDays: 7, handoff: HANDOFF, members: [] }),
      'validation',
      /Members must name at least one person: a rotation with nobody in it/,
    );
    t.expectRejected(
      () =>
        t.call('oncall.override', {
          kind: 'cover', roleId: 1, staffId: c, reason: 'Dentist',
          from: { day: '2026-10-29', time: '20:00' }, to: { day: '2026-10-29', time: '18:00' },
        }),
      'validation',
      /To must be after the start: a turn cannot end before it starts/,
    );
    t.expectRejected(
      () => t.call('oncall.override', { kind: 'swap', roleId: 1, turn: at('2026-11-02T17:00'), withTurn: at('2026-11-09T16:00'), reason: 'x' }),
      'validation',
      /No turn of Primary on call starts then: that is outside the rota/,
    );
    t.expectRejected(
      () =>
        t.call('oncall.override', {
          kind: 'cover', roleId: 2, staffId: c, reason: 'x',
          from: { day: '2026-10-29', time: '18:00' }, to: { day: '2026-10-29', time: '20:00' },
        }),
      'validation',
      /Psychiatric back-up has no rotation yet/,
    );
    // Turns 0 and 3 are both Ada's.
    t.expectRejected(
      () => t.call('oncall.override', { kind: 'swap', roleId: 1, turn: at('2026-11-02T17:00'), withTurn: at('2026-11-23T17:00'), reason: 'x' }),
      'validation',
      /A swap needs two people: Ben Birch holds both turns/,
    );
    t.expectRejected(
      () => t.call('oncall.override', { kind: 'give', roleId: 1, turn: at('2026-11-02T17:00'), staffId: b, reason: 'x' }),
      'validation',
      /Ben Birch already holds that turn/,
    );
    t.expectRejected(
      () => t.call('afterHours.log', { day: '2026-10-28', time: '23:00', staffId: a, clientId: null, caller: 'A neighbour', how: 'phone', whatHappened: 'x', outcome: 'resolved_phone' }),
      'validation',
      /The time of a call cannot be in the future/,
    );
    t.expectRejected(
      () => t.call('afterHours.log', { day: '2026-10-27', time: '23:00', staffId: a, clientId: null, how: 'phone', whatHappened: 'x', outcome: 'resolved_phone' }),
      'validation',
      /Caller is needed when the call was not about a client/,
    );
  });

  it('a swap changes who is on call at the hand-off, and "on call now" says when it next changes', () => {
    const { a, b, c } = team();
    t.call('oncall.override', { kind: 'swap', roleId: 1, turn: at('2026-11-02T17:00'), withTurn: at('2026-11-09T17:00'), reason: 'Wedding' });
    clock = new Date(at('2026-11-02T16:59'));
    const before = t.call('oncall.now', {}).roles[0]!;
    expect(before.now).toMatchObject({ staffId: a, name: 'Ada Alder', phone: '555-0111', until: at('2026-11-02T17:00') });
    expect(before.next).toMatchObject({ staffId: c, from: at('2026-11-02T17:00') });
    clock = new Date(at('2026-11-02T17:00'));
    expect(t.call('oncall.now', {}).roles[0]!.now).toMatchObject({ staffId: c, until: at('2026-11-09T17:00') });
    clock = new Date(at('2026-11-10T12:00'));
    expect(t.call('oncall.now', {}).roles[0]!.now.staffId).toBe(b);
  });

  it('taking the phone now, then removing a change, keeps who held it as it happened', () => {
    const { a, c } = team();
    clock = new Date(at('2026-10-29T20:00'));
    const took = t.call('oncall.takeNow', { roleId: 1, staffId: c, reason: 'Ada is at the emergency department with a client' });
    expect(took).toMatchObject({ start: at('2026-10-29T20:00'), end: at('2026-11-02T17:00') });
    expect(t.call('oncall.now', {}).roles[0]!.now.staffId).toBe(c);
    clock = new Date(at('2026-10-30T08:00'));
    expect(t.call('oncall.removeOverride', { id: took.id })).toEqual({ removed: [took.id] });
    // The rota changes (Ada leaves it), and the past still reads as it happened.
    t.call('oncall.saveRotation', { roleId: 1, version: 1, startDay: '2026-10-26', turnDays: 7, handoff: HANDOFF, members: [{ staffId: c }] });
    const segs = merged(turnsOf('2026-10-29', '2026-10-30').segments).map((s) => [s.staffId, s.start]);
    expect(segs).toEqual([
      [a, at('2026-10-29T00:00')],
      [c, at('2026-10-29T20:00')],
    ]);
  });

  it('warns loudly when nobody holds a role, and about time off and too many nights', () => {
    const { a } = team();
    t.call('availability.addTimeOff', { staffId: a, fromDay: '2026-11-20', toDay: '2026-11-21', kind: 'vacation' });
    t.call('oncall.updateSettings', { maxNights: 5, crisisLine: '555-0100' });
    const { warnings, crisisLine } = t.call('oncall.now', {});
    expect(crisisLine).toBe('555-0100');
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'no_rotation', loud: true, message: 'Psychiatric back-up has no rotation: nobody holds it.' }));
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'on_call_time_off', staffId: a, message: 'Ada Alder holds Primary on call from Mon 16 Nov, 17:00 but has vacation from Fri 20 Nov 2026 to Sat 21 Nov 2026.' }));
    expect(warnings.filter((w) => w.kind === 'too_many_nights').length).toBeGreaterThan(0);
    t.call('oncall.saveRotation', {
      roleId: 1, version: 1, startDay: '2026-10-26', turnDays: 7, handoff: HANDOFF,
      members: [{ staffId: a, outFrom: '2026-11-02', outTo: '2026-11-08' }],
    });
    const gap = t.call('oncall.now', {}).warnings.find((w) => w.kind === 'nobody_on_call')!;
    t.call('staff.update', { id: a, version: 0, active: false });
    expect(t.call('oncall.now', {}).warnings).toContainEqual(
      expect.objectContaining({ kind: 'inactive_on_call', loud: true, message: 'Ada Alder is no longer active but holds Primary on call from 10:00: take them out of the rotation.' }),
    );
    expect(gap).toMatchObject({ loud: true, message: 'Nobody holds Primary on call from Mon 2 Nov, 17:00 to Mon 9 Nov, 17:00.' });
  });

  it('exports each person’s turns as iCalendar: parsed back with a real parser, they are the computed turns', () => {
    const { b } = team();
    t.call('oncall.override', { kind: 'cover', roleId: 1, staffId: b, reason: 'Evening off', from: { day: '2026-12-01', time: '18:00' }, to: { day: '2026-12-02', time: '08:00' } });
    const timeline = turnsOf('2026-10-28', DateTime.fromISO('2026-10-28').plus({ months: 12 }).minus({ days: 1 }).toISODate()!);
    const expected = timeline.segments.filter((s) => s.staffId === b).map((s) => [s.start, s.end]);
    const { ics, filename } = t.call('oncall.calendar', { staffId: b });
    expect(filename).toBe('on-call-ben-birch.ics');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const parsed = events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]);
    expect(parsed).toEqual(expected);
    expect(parsed.length).toBeGreaterThan(15);
    expect(parsed).toContainEqual([at('2026-12-01T18:00'), at('2026-12-02T08:00')]);
    expect(events.every((e) => e.summary === 'Primary on call: Ben Birch')).toBe(true);
    // The whole team's: every turn, each once, across the spring night.
    const all = new ICAL.Component(ICAL.parse(t.call('oncall.calendar', {}).ics)).getAllSubcomponents('vevent');
    expect(all.length).toBe(timeline.segments.filter((s) => s.staffId !== null).length);
  });
});

describe('the after-hours log', () => {
  it('opens the next meeting, shows on the client until reviewed there, and its follow-up becomes a contact on the next working day', () => {
    const { a, client } = team();
    clock = new Date(at('2026-10-30T23:30')); // a Friday night
    const call = t.call('afterHours.log', {
      day: '2026-10-30', time: '23:10', staffId: a, clientId: client, how: 'phone',
      whatHappened: 'Frightened by noises upstairs; talked it through.', outcome: 'hospitalized', followUp: true,
    });
    clock = new Date(at('2026-11-02T08:50')); // Monday morning: the whole weekend is since the last meeting
    const roster = t.call('meeting.roster', {});
    expect(roster.afterHours.map((c) => c.id)).toEqual([call.id]);
    expect(roster.clients.find((c) => c.client.id === client)!.onCallSinceLastMeeting).toBe(true);

    const contact = t.call('afterHours.followUp', { id: call.id });
    expect(contact).toMatchObject({ clientId: client, staffId: null, day: '2026-11-03', intervention: 'crisis' });
    t.expectRejected(() => t.call('afterHours.followUp', { id: call.id }), 'conflict', /already on the board for Tue 3 Nov 2026/);

    const meeting = t.call('meeting.start', { sort: 'status' });
    t.call('afterHours.review', { id: call.id, meetingId: meeting.id });
    t.call('meeting.finish', { id: meeting.id, version: t.call('meeting.get', { id: meeting.id }).version });
    clock = new Date(at('2026-11-03T08:50'));
    const next = t.call('meeting.roster', {});
    expect(next.afterHours).toEqual([]);
    expect(next.clients.find((c) => c.client.id === client)!.onCallSinceLastMeeting).toBe(false);
  });

  it('the meeting’s last contacts are those since the last meeting: on a Monday, the whole weekend', () => {
    const { a, client } = team();
    clock = new Date(at('2026-10-30T09:00')); // Friday's meeting
    const friday = t.call('meeting.start', { sort: 'status' });
    clock = new Date(at('2026-10-30T09:40'));
    t.call('meeting.finish', { id: friday.id, version: t.call('meeting.get', { id: friday.id }).version });
    const visit = t.call('contacts.create', { clientId: client, staffId: a, day: '2026-10-30', start: '15:00', end: '15:30', intervention: 'housing', location: 'community' });
    clock = new Date(at('2026-11-02T08:50'));
    const entry = t.call('meeting.roster', {}).clients.find((c) => c.client.id === client)!;
    expect(entry.last24h.map((c) => c.id)).toEqual([visit.id]);
  });

  it('a log-level person logs calls they took themselves only', () => {
    team();
    const seat = { token: null as string | null, onSession: (tok: string | null) => (seat.token = tok) };
    const other = t.call('staff.list', {}).find((s) => s.initials === 'BB')!.id;
    const me = t.call('staff.list', {}).find((s) => s.initials === 'AA')!.id;
    const access = t.call('auth.access', {}).find((p) => p.id === me)!;
    const person = t.call('auth.setAccess', { staffId: me, version: access.version, level: 'log' });
    t.call('auth.resetPin', { staffId: me, version: person.version, pin: '246810' });
    t.service.call('auth.unlock', { staffId: me, pin: '246810' }, { seat });
    const entry = { day: '2026-10-27', time: '22:00', clientId: null, caller: 'A neighbour', how: 'phone', whatHappened: 'Loud music', outcome: 'resolved_phone' } as const;
    t.expectRejected(() => t.service.call('afterHours.log', { ...entry, staffId: other }, { seat }), 'forbidden', /may log calls they took themselves only/);
    expect(t.service.call('afterHours.log', entry, { seat }).staffId).toBe(me);
  });
});

describe('migration 0010', () => {
  it('carries events ticked "on-call phone" into the after-hours log', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-oncall-'));
    const db = new Database(path.join(dir, 'board.sqlite'));
    try {
      registerAuditHash(db);
      const all = loadMigrations();
      migrate(db, all.filter((m) => m.id < 10));
      db.prepare("INSERT INTO staff (id, name, initials, role, fte, colour, updated_at) VALUES (1, 'Ada Alder', 'AA', 'case_manager', 1, '#111111', 'now')").run();
      const event = db.prepare(
        `INSERT INTO significant_events (client_id, occurred_at, category, severity, text, author_staff_id, on_call, created_at, updated_at)
         VALUES (NULL, ?, 'other', 'low', ?, 1, ?, 'now', 'now')`,
      );
      event.run('2026-10-27T03:00:00.000Z', 'Neighbour called about shouting', 1);
      event.run('2026-10-27T15:00:00.000Z', 'Not on call', 0);
      migrate(db, all);
      expect(db.prepare('SELECT at, staff_id, caller, how, what_happened, outcome FROM after_hours_calls').all()).toEqual([
        { at: '2026-10-27T03:00:00.000Z', staff_id: 1, caller: 'Not recorded', how: 'phone', what_happened: 'Neighbour called about shouting', outcome: 'not_recorded' },
      ]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

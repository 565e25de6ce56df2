/**
 * Issue 9: what a locked wall screen receives. The demo team's board is read as a locked
 * seat (`{ seat: { token: null } }`) through every method such a seat may call, and the
 * serialized results are searched for anything identifying: names, record numbers, notes,
 * event texts, goals, places.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type Input, type Method, type Result } from '../../shared/api';
import { METHOD_PERMISSIONS } from '../../shared/permissions';
import { initialsOf } from '../../shared/rules/meeting';
import { addDays } from '../../shared/time';
import { WITHHELD_TEXT } from '../../shared/trust';
import { openBoard } from '../board';
import { DEMO_ACCESS } from '../demo-access';
import { loadMigrations, migrate } from '../migrate';
import { openBoardDatabase } from '../open';
import type { BoardService, SeatOptions } from './board-service';
import { registerAuditHash } from '../audit-chain';

let dir: string;
let service: BoardService;
let today: string;

const trusted = <M extends Method>(m: M, input: Input<M>): Result<M> => service.call(m, input);
const locked = <M extends Method>(m: M, input: Input<M>): Result<M> => service.call(m, input, { seat: { token: null } });

/** A seat that unlocked as a demo person. */
function signedIn(initials: string) {
  const s: SeatOptions & { token: string | null } = { token: null, onSession: (t) => (s.token = t) };
  const staffId = trusted('auth.people', {}).find((p) => p.initials === initials)!.id;
  service.call('auth.unlock', { staffId, pin: DEMO_ACCESS.find((a) => a.initials === initials)!.pin }, { seat: s });
  return { staffId, call: <M extends Method>(m: M, input: Input<M>): Result<M> => service.call(m, input, { seat: s }) };
}

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('was not refused');
}

const column = (sql: string) => (service.db.prepare(sql).all() as { t: string }[]).map((r) => r.t);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-locked-'));
  service = openBoard(dir, { demo: true });
  today = trusted('board.get', { day: '2000-01-01' }).today;
  // A running meeting with a parked client, so the meeting methods have something to show.
  const meeting = trusted('meeting.start', { sort: 'status' });
  trusted('meeting.focus', { id: meeting.id, from: meeting.focusClientId, to: meeting.reviews[1]!.clientId, leave: 'parked', parkNote: 'Ask about the eviction notice' });
  // A client with a nickname booked twice at once: the warning names them.
  const dell = trusted('clients.list', {}).find((c) => c.preferredName === 'Dell')!;
  const staff = trusted('board.get', { day: today }).staff[0]!;
  for (let i = 0; i < 2; i++) {
    trusted('contacts.create', { clientId: dell.id, staffId: staff.id, day: today, start: '21:00', end: '21:30', intervention: 'housing', location: 'office', note: 'Bring the lease' });
  }
  // A done one with a plan for the next contact: the monthly tracker lists it.
  const done = trusted('contacts.create', { clientId: dell.id, staffId: staff.id, day: today, start: '06:00', end: '06:30', intervention: 'housing', location: 'office', note: 'Bring the lease' });
  trusted('contacts.setStatus', { id: done.id, version: done.version, status: 'done', nextPlan: 'Call the landlord first' });
  trusted('appointments.create', { clientId: dell.id, day: addDays(today, 1), kind: 'court', place: '14 Larkspur Lane', note: 'Bring the ID card' });
}, 60_000);
afterAll(() => {
  service.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What a locked seat may ask for, and with what; a method without an entry fails the test. */
function lockedInputs(): Partial<{ [M in Method]: Input<M> }> {
  const history = trusted('meeting.history', { weeks: 3 });
  return {
    'auth.status': {},
    'auth.people': {},
    'board.get': { day: today },
    'staff.list': {},
    'clients.list': {},
    'settings.get': {},
    'schedule.items.list': {},
    'appointments.list': { from: addDays(today, -30), to: addDays(today, 30) },
    'availability.list': {},
    'holidays.list': { from: addDays(today, -365), to: addDays(today, 365) },
    'clients.profiles': {},
    'meeting.roster': {},
    'meeting.current': {},
    'meeting.get': { id: history.meetings[0]!.id },
    'meeting.history': { weeks: 3 },
    'events.list': { limit: 500 },
    'setup.status': {},
    'import.mappings': {},
    'stays.current': {},
    'stays.history': {},
    'stays.figures': { from: addDays(today, -365), to: today },
    // The longest stay: the one with visit notes.
    'stays.client': { clientId: trusted('stays.current', {}).stays[0]!.stay.clientId },
    'stays.settings': {},
    'oncall.rota': {},
    'oncall.timeline': { from: addDays(today, -7), to: addDays(today, 60) },
    'oncall.now': {},
    'oncall.fairness': {},
    'oncall.calendar': { staffId: null },
    'afterHours.list': {},
    'tracker.month': { month: today.slice(0, 7) },
    'clinical.mdBoard': {},
    'clinical.injections': {},
    'aot.list': {},
    'charts.board': {},
    // Dell: the client whose contacts carry a note and a plan.
    'tracker.client': { clientId: trusted('clients.list', {}).find((c) => c.preferredName === 'Dell')!.id, month: today.slice(0, 7) },
    // Fidelity (issue 15): the drill-down and the client table list clients by name.
    'fidelity.get': { from: addDays(today, -27), to: today },
    'fidelity.trend': { to: today },
    'fidelity.records': { item: 'OS2', from: addDays(today, -27), to: today },
    'fidelity.clients': { from: addDays(today, -27), to: today },
    'fidelity.client': { clientId: trusted('clients.list', {}).find((c) => c.preferredName === 'Dell')!.id, from: addDays(today, -83), to: today },
  };
}

describe('a locked seat of a team that shows initials while locked', () => {
  it('is the default of a new board', () => {
    expect(trusted('trust.settings', {}).privacyWhenLocked).toBe(true);
  });

  it('receives no name, record number, note, event text, goal or place from any method it may call', () => {
    const inputs = lockedInputs();
    const readable = Object.entries(METHOD_PERMISSIONS)
      .filter(([m, p]) => p === 'open' || (p === 'view' && m !== 'auth.changePin'))
      .map(([m]) => m as Method)
      .filter((m) => !['auth.unlock', 'auth.lock', 'auth.setup'].includes(m));
    expect(readable.filter((m) => !(m in inputs))).toEqual([]);

    const clients = trusted('clients.list', {});
    const texts = [
      ...column("SELECT DISTINCT note AS t FROM contacts WHERE note != ''"),
      ...column("SELECT DISTINCT next_plan AS t FROM contacts WHERE next_plan != ''"),
      ...column('SELECT DISTINCT text AS t FROM significant_events'),
      ...column("SELECT DISTINCT park_note AS t FROM meeting_reviews WHERE park_note != ''"),
      ...column("SELECT DISTINCT acuity_reason AS t FROM client_profiles WHERE acuity_reason != ''"),
      ...column("SELECT DISTINCT place AS t FROM appointments WHERE place != ''"),
      ...column("SELECT DISTINCT note AS t FROM appointments WHERE note != ''"),
      ...column("SELECT DISTINCT note AS t FROM schedule_items WHERE note != ''"),
      ...column("SELECT DISTINCT note AS t FROM time_off WHERE note != ''"),
      ...trusted('clients.profiles', {}).flatMap((p) => p.goals),
      ...['facility', 'unit', 'reason', 'learned_how', 'contact_name', 'contact_phone', 'visit_plan', 'discharge_plan', 'charges', 'officer', 'attorney', 'follow_up_plan']
        .flatMap((c) => column(`SELECT DISTINCT ${c} AS t FROM stays WHERE ${c} != ''`)),
      ...column("SELECT DISTINCT note AS t FROM stay_visits WHERE note != ''"),
      ...column('SELECT DISTINCT what_happened AS t FROM after_hours_calls'),
      ...column("SELECT DISTINCT caller AS t FROM after_hours_calls WHERE caller != ''"),
      ...column('SELECT DISTINCT reason AS t FROM oncall_overrides'),
      ...column("SELECT DISTINCT reporting_duty AS t FROM aot_orders WHERE reporting_duty != ''"),
      ...column("SELECT DISTINCT county_contact AS t FROM aot_orders WHERE county_contact != ''"),
      // A staff member's own phone is for the team; the wall shows the team's crisis line instead.
      ...column("SELECT DISTINCT phone AS t FROM staff WHERE phone != ''"),
      // The client's basics for the day and the notes of team activities (issue 14).
      ...['address', 'phone', 'crisis_plan'].flatMap((c) => column(`SELECT DISTINCT ${c} AS t FROM clients WHERE ${c} != ''`)),
      ...column("SELECT DISTINCT note AS t FROM team_activities WHERE note != ''"),
    ];
    expect(texts.length).toBeGreaterThan(50);
    expect(texts).toContain('Ask about the eviction notice');
    expect(texts).toContain('14 Larkspur Lane');
    expect(texts).toContain('Probation violation');
    expect(texts).toContain('Family wedding');
    expect(texts).toContain('Sister');
    expect(texts).toContain('Sam Rivera, county AOT program');
    expect(texts).toContain('Weekly team supervision');
    expect(texts.some((t) => /^\d+ Larch Lane, Riverside$/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('Call the on-call phone first'))).toBe(true);

    const word = (s: string) => new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    for (const [method, input] of Object.entries(inputs)) {
      const seen = JSON.stringify(locked(method as Method, input as never));
      for (const c of clients) {
        expect(seen, `${method} names ${c.name}`).not.toContain(c.name);
        expect(seen, `${method} names ${c.preferredName}`).not.toMatch(word(c.preferredName));
        if (c.recordNumber) expect(seen, `${method} has ${c.recordNumber}`).not.toContain(c.recordNumber);
      }
      for (const t of texts) expect(seen, `${method} has "${t}"`).not.toContain(t);
    }
  });

  it('gets clients by alias or initials, without record number or admission date', () => {
    const profiles = new Map(trusted('clients.profiles', {}).map((p) => [p.clientId, p]));
    const full = trusted('clients.list', {});
    const shown = new Map(locked('clients.list', {}).map((c) => [c.id, c]));
    for (const c of full) {
      const expected = profiles.get(c.id)?.alias ?? initialsOf(c.name);
      expect(shown.get(c.id)).toMatchObject({ name: expected, preferredName: expected, recordNumber: null, admissionDate: null, legalStatus: null });
    }
    expect([...profiles.values()].some((p) => p.alias)).toBe(true);
  });

  it('gets no client basics (address, phone, crisis plan, legal status), and team activities without their notes', () => {
    const full = trusted('clients.list', {});
    expect(full.filter((c) => c.address && c.phone && c.legalStatus).length).toBeGreaterThan(50);
    for (const c of locked('clients.list', {})) {
      expect([c.address, c.phone].every((t) => t === WITHHELD_TEXT)).toBe(true);
      expect(c.crisisPlan === '' || c.crisisPlan === WITHHELD_TEXT).toBe(true);
      expect(c.legalStatus).toBeNull();
    }
    for (const entry of locked('meeting.roster', {}).clients) {
      expect(entry.client).toMatchObject({ address: WITHHELD_TEXT, phone: WITHHELD_TEXT, legalStatus: null });
    }
    for (const c of locked('board.get', { day: today }).clients) expect(c).toMatchObject({ address: WITHHELD_TEXT, phone: WITHHELD_TEXT, legalStatus: null });
    // A week of the demo has its supervision and its group: the kind, time and staff show; the note does not.
    const week = Array.from({ length: 7 }, (_, i) => locked('board.get', { day: addDays(today, i) }).activities).flat();
    expect(week.map((a) => a.kind).sort()).toEqual(['group', 'supervision']);
    expect(week.every((a) => a.note === WITHHELD_TEXT && a.staffIds.length > 0)).toBe(true);
  });

  it('reads warnings written with initials, not a rewritten preferred name', () => {
    const dell = trusted('clients.list', {}).find((c) => c.preferredName === 'Dell')!;
    const warning = locked('board.get', { day: today }).warnings.find((w) => w.kind === 'client_double_booked' && w.clientId === dell.id)!;
    expect(warning.message).toBe(`${initialsOf(dell.name)} has two contacts at once (21:00–21:30 and 21:00–21:30).`);
    // A signed-in seat that hides names asks for the same.
    const desk = signedIn('MV');
    const hidden = desk.call('board.get', { day: today, privateNames: true });
    expect(hidden.warnings.find((w) => w.kind === 'client_double_booked' && w.clientId === dell.id)!.message).toBe(warning.message);
    expect(hidden.contacts.some((c) => c.note === 'Bring the lease')).toBe(true);
    const named = desk.call('board.get', { day: today });
    expect(named.warnings.find((w) => w.kind === 'client_double_booked' && w.clientId === dell.id)!.message).toMatch(/^Dell has two/);
  });

  it('shows a placeholder for free texts, and an empty text as empty', () => {
    const board = locked('board.get', { day: today });
    expect(board.contacts.filter((c) => c.note === 'Bring the lease')).toEqual([]);
    expect(board.contacts.some((c) => c.note === WITHHELD_TEXT)).toBe(true);
    expect(board.contacts.some((c) => c.note === '')).toBe(true);
    const events = locked('events.list', {});
    expect(events.events.every((e) => e.text === WITHHELD_TEXT)).toBe(true);
  });

  it('cannot search event texts (a search would tell what they say)', () => {
    const e = refusal(() => locked('events.list', { query: 'wallet' }));
    expect(e.code).toBe('locked');
    expect(e.message).toBe('Unlock with your PIN to search the texts of events.');
  });

  it('a signed-in person still gets everything', () => {
    const desk = signedIn('RO');
    const seen = JSON.stringify(desk.call('meeting.roster', {}));
    expect(trusted('clients.list', {}).filter((c) => c.status !== 'discharged').every((c) => seen.includes(c.name))).toBe(true);
    expect(seen).toContain('Bring the lease');
    expect(JSON.stringify(desk.call('meeting.current', {}))).toContain('Ask about the eviction notice');
  });

  it('a form opened while locked cannot save the placeholder over the real text', () => {
    const desk = signedIn('MV');
    const contact = locked('board.get', { day: today }).contacts.find((c) => c.note === WITHHELD_TEXT)!;
    const before = trusted('board.get', { day: today }).contacts.find((c) => c.id === contact.id)!;
    const e = refusal(() => desk.call('contacts.update', { id: contact.id, version: contact.version, note: contact.note }));
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(/^Note holds what a locked screen shows instead of the real text; close this form/);
    expect(trusted('board.get', { day: today }).contacts.find((c) => c.id === contact.id)).toEqual(before);
  });
});

describe('the initials-while-locked default', () => {
  it('an existing board keeps its choice when it gets the new default', () => {
    const file = path.join(dir, 'older.sqlite');
    const db = new Database(file);
    registerAuditHash(db); // migration 0005 seals the trail with it
    const all = loadMigrations();
    migrate(db, all.filter((m) => m.id < 7));
    db.prepare("INSERT INTO staff (name, initials, role, fte, colour, updated_at) VALUES ('Dana Whitfield', 'DW', 'team_leader', 1, '#111111', 'now')").run();
    migrate(db, all);
    expect(db.prepare('SELECT privacy_when_locked AS p FROM trust_settings').get()).toEqual({ p: 0 });
    db.close();
    const fresh = openBoardDatabase(path.join(dir, 'fresh'));
    expect(fresh.prepare('SELECT privacy_when_locked AS p FROM trust_settings').get()).toEqual({ p: 1 });
    fresh.close();
  });
});

describe('whose work a log-level person records (issue 9, item 14)', () => {
  it('a log-level person writes events as themselves only; a shift manager may name the author', () => {
    const jk = signedIn('JK');
    const other = trusted('auth.people', {}).find((p) => p.initials === 'BL')!.id;
    const event = { clientId: null, day: addDays(today, -1), time: '08:00', category: 'other', severity: 'low', text: 'Team car has a flat tyre' } as const;
    const before = trusted('events.list', { limit: 500 }).total;
    const e = refusal(() => jk.call('events.create', { ...event, authorStaffId: other }));
    expect(e.code).toBe('forbidden');
    expect(e.message).toBe('Jo Kessler may write events as themselves only.');
    expect(trusted('events.list', { limit: 500 }).total).toBe(before);
    expect(jk.call('events.create', event).authorStaffId).toBe(jk.staffId);
    expect(jk.call('events.create', { ...event, authorStaffId: jk.staffId }).authorStaffId).toBe(jk.staffId);
    expect(signedIn('MV').call('events.create', { ...event, authorStaffId: other }).authorStaffId).toBe(other);
    expect(refusal(() => trusted('events.create', event)).message).toMatch(/choose who is writing the event/);
  });

  it('a log-level person adds contacts of their own only; a shift manager plans for anyone', () => {
    const jk = signedIn('JK');
    const client = trusted('clients.list', {}).find((c) => c.status === 'active')!;
    const other = trusted('auth.people', {}).find((p) => p.initials === 'BL')!.id;
    const contact = { clientId: client.id, day: today, start: '22:00', end: '22:30', intervention: 'housing', location: 'phone' } as const;
    for (const staffId of [other, null]) {
      const e = refusal(() => jk.call('contacts.create', { ...contact, staffId }));
      expect(e.code).toBe('forbidden');
      expect(e.message).toBe('Jo Kessler may add contacts of their own only; a shift manager can plan one for someone else.');
    }
    expect(jk.call('contacts.create', { ...contact, staffId: jk.staffId }).staffId).toBe(jk.staffId);
    expect(signedIn('MV').call('contacts.create', { ...contact, staffId: other }).staffId).toBe(other);
  });
});

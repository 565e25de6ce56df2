import { beforeEach, describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { setupTestBoard } from './test-kit';

/** The fake clock every call sees; tests move it forward. */
let now: Date;
const board = setupTestBoard(() => now);
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);
/** For inputs the types would refuse: what an untrusted seat may send. */
const raw = (m: Method, input: unknown) => board.service.call(m, input);
const { expectRejected } = board;
const tick = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));

beforeEach(() => {
  now = new Date('2026-11-23T14:00:00Z'); // 09:00 in New York
});

/** Monday to Friday, 08:30 to 17:00. */
function workWeekdays(staffId: number) {
  const day = { start: '08:30', end: '17:00' };
  call('availability.setPattern', { staffId, pattern: [day, day, day, day, day, null, null] });
}

function seed() {
  const nurse = call('staff.create', { name: 'Nia Nurse', initials: 'NN', role: 'registered_nurse', fte: 1, colour: '#aa0000' });
  const cm = call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
  const mk = (name: string, preferredName: string, status: 'active' | 'hospitalized' | 'discharged' = 'active') =>
    call('clients.create', {
      name,
      preferredName,
      admissionDate: '2024-01-05',
      status,
      ...(status === 'discharged' ? { dischargedOn: '2024-06-01', dischargeReason: 'moved_away' as const } : {}),
      primaryStaffId: cm.id,
      teamStaffIds: [cm.id],
    });
  const amy = mk('Amy Adams', 'Amy');
  const bo = mk('Bo Brown', 'Bo', 'hospitalized');
  const cy = mk('Cy Cole', 'Cy');
  const gone = mk('Di Dunn', 'Di', 'discharged');
  return { nurse, cm, amy, bo, cy, gone };
}

describe('client meeting profile', () => {
  it('sets acuity with a reason, and goals and due dates, each versioned and audited', () => {
    const { amy } = seed();
    expect(call('clients.profiles', {}).find((p) => p.clientId === amy.id)).toMatchObject({ acuity: 'routine', version: 0 });
    const high = call('clients.setAcuity', { clientId: amy.id, version: 0, acuity: 'high_risk', reason: 'Stopped meds' });
    expect(high).toMatchObject({ acuity: 'high_risk', acuityReason: 'Stopped meds', acuityChangedAt: now.toISOString(), version: 1 });
    const p = call('clients.updateProfile', { clientId: amy.id, version: 1, goals: [' My own place '], planReviewDue: '2026-11-25', alias: 'Star' });
    expect(p).toMatchObject({ goals: ['My own place'], planReviewDue: '2026-11-25', alias: 'Star', acuity: 'high_risk', version: 2 });
    const audit = board.service.db.prepare("SELECT action FROM audit_log WHERE entity = 'client_profile'").all();
    expect(audit).toEqual([{ action: 'acuity' }, { action: 'profile' }]);
  });

  it('refuses bad input with a clear message and changes nothing', () => {
    const { amy } = seed();
    expectRejected(() => call('clients.setAcuity', { clientId: amy.id, version: 0, acuity: 'watch', reason: '  ' }), 'validation', /Reason is required/);
    expectRejected(() => raw('clients.setAcuity', { clientId: amy.id, version: 0, acuity: 'panic', reason: 'x' }), 'validation', /Acuity must be routine, watch or high risk/);
    expectRejected(() => call('clients.setAcuity', { clientId: 999, version: 0, acuity: 'watch', reason: 'x' }), 'not_found', /Client 999 does not exist/);
    call('clients.setAcuity', { clientId: amy.id, version: 0, acuity: 'watch', reason: 'x' });
    expectRejected(() => call('clients.setAcuity', { clientId: amy.id, version: 0, acuity: 'routine', reason: 'y' }), 'conflict', /changed on another seat/);
    expectRejected(() => call('clients.updateProfile', { clientId: amy.id, version: 1, planReviewDue: '2026-02-30' }), 'validation', /Treatment plan review date must be a real date/);
    expectRejected(() => call('clients.updateProfile', { clientId: amy.id, version: 1, goals: Array(7).fill('x') }), 'validation', /Goals can hold at most 6 goals/);
    expectRejected(() => call('meeting.saveOrder', { clientIds: [amy.id, amy.id] }), 'validation', /Order names a client twice/);
    expectRejected(() => call('meeting.saveOrder', { clientIds: [amy.id, 999] }), 'not_found', /Client 999/);
  });
});

describe('the meeting', () => {
  it('walks the roster in the chosen order, timing each client with the clock', () => {
    const { amy, bo, cy, cm, nurse } = seed();
    workWeekdays(cm.id);
    workWeekdays(nurse.id);
    call('clients.setAcuity', { clientId: cy.id, version: 0, acuity: 'high_risk', reason: 'x' });
    let m = call('meeting.start', { sort: 'status' });
    // Hospitalized, then high risk, then the rest; the discharged client is not on the roster.
    expect(m.reviews.map((r) => r.clientId)).toEqual([bo.id, cy.id, amy.id]);
    expect(m).toMatchObject({ status: 'running', day: '2026-11-23', focusClientId: bo.id, focusSince: now.toISOString(), minutesPerClient: 1 });
    expect(m.attendance).toEqual([
      { staffId: cm.id, presence: 'absent' },
      { staffId: nurse.id, presence: 'absent' },
    ]);
    expect(call('meeting.current', {})?.id).toBe(m.id);

    m = call('meeting.setAttendance', { id: m.id, staffId: cm.id, presence: 'present' });
    m = call('meeting.setAttendance', { id: m.id, staffId: nurse.id, presence: 'remote' });
    tick(50);
    m = call('meeting.focus', { id: m.id, from: bo.id, to: cy.id, leave: 'reviewed' });
    tick(70);
    m = call('meeting.focus', { id: m.id, from: cy.id, to: amy.id, leave: 'parked', parkNote: 'Housing plan' });
    tick(40);
    m = call('meeting.focus', { id: m.id, from: amy.id, to: cy.id, leave: 'reviewed' });
    tick(30);
    m = call('meeting.focus', { id: m.id, from: cy.id, to: null, leave: 'reviewed' });
    expect(m.reviews.map((r) => [r.state, r.seconds, r.wasParked])).toEqual([
      ['reviewed', 50, false],
      ['reviewed', 100, true],
      ['reviewed', 40, false],
    ]);
    tick(20);
    const done = call('meeting.finish', { id: m.id, version: m.version, notes: 'Short one' });
    expect(done).toMatchObject({ status: 'finished', endedAt: now.toISOString(), focusClientId: null });
    expect(done.summary).toEqual({
      rosterSize: 3,
      reviewed: 3,
      notReviewed: [],
      parked: [{ clientId: cy.id, note: 'Housing plan', reviewedLater: true }],
      seconds: 210,
      targetSeconds: 180,
      attendance: { present: 1, remote: 1, absent: 0, off: 0 },
      changes: [],
    });
    expect(call('meeting.current', {})).toBeNull();
    // The saved record reads back the same.
    expect(call('meeting.get', { id: m.id })).toEqual(done);
  });

  it('counts the changes made during the meeting and reviews events there', () => {
    const { amy, cm } = seed();
    const event = call('events.create', {
      clientId: amy.id, day: '2026-11-22', time: '22:40', category: 'safety_risk', severity: 'high', text: 'Called on-call', authorStaffId: cm.id, onCall: true,
    });
    let roster = call('meeting.roster', {});
    expect(roster.clients.find((c) => c.client.id === amy.id)).toMatchObject({ newEvents: 1, onCallSinceLastMeeting: true });
    const m = call('meeting.start', { sort: 'alphabetical' });
    tick(30);
    call('contacts.create', { clientId: amy.id, staffId: cm.id, day: '2026-11-23', start: '13:00', end: '13:30', intervention: 'crisis', location: 'community' });
    call('clients.setAcuity', { clientId: amy.id, version: 0, acuity: 'high_risk', reason: 'Called on-call' });
    const [reviewed] = call('events.review', { meetingId: m.id, eventIds: [event.id] });
    expect(reviewed).toMatchObject({ reviewedMeetingId: m.id, reviewedAt: now.toISOString(), version: 1 });
    // Reviewing again keeps the first review.
    tick(5);
    expect(call('events.review', { meetingId: m.id, eventIds: [event.id] })[0]!.reviewedAt).toBe(reviewed!.reviewedAt);
    roster = call('meeting.roster', {});
    const amyNow = roster.clients.find((c) => c.client.id === amy.id)!;
    expect(amyNow.newEvents).toBe(0);
    expect(amyNow.next24h.map((c) => c.intervention)).toEqual(['crisis']);
    const done = call('meeting.finish', { id: m.id, version: call('meeting.get', { id: m.id }).version });
    expect(done.summary.changes).toEqual([
      { label: 'Contacts added', count: 1 },
      { label: 'Acuity changes', count: 1 },
      { label: 'Significant events reviewed', count: 1 },
    ]);
    expect(done.summary.notReviewed).toHaveLength(3);
    // After the meeting the on-call contact is no longer "since the last meeting".
    expect(call('meeting.roster', {}).clients.find((c) => c.client.id === amy.id)!.onCallSinceLastMeeting).toBe(false);
    expectRejected(() => call('events.review', { meetingId: m.id, eventIds: [event.id] }), 'validation', /this one has ended/);
  });

  it('gives the OS3 figures from the saved meetings: a day counts only when clients were reviewed at it', () => {
    const { amy, cm, nurse } = seed();
    const meet = (day: string, review: boolean, nurseWas: 'absent' | 'off') => {
      now = new Date(`${day}T14:00:00Z`);
      const m = call('meeting.start', { sort: 'alphabetical' });
      call('meeting.setAttendance', { id: m.id, staffId: cm.id, presence: 'present' });
      call('meeting.setAttendance', { id: m.id, staffId: nurse.id, presence: nurseWas });
      if (review) call('meeting.focus', { id: m.id, from: amy.id, to: null, leave: 'reviewed' });
      call('meeting.finish', { id: m.id, version: call('meeting.get', { id: m.id }).version });
    };
    // Monday 16 to Friday 20 November: five meetings with clients reviewed, full attendance on four.
    for (let d = 16; d <= 20; d++) meet(`2026-11-${d}`, true, d === 18 ? 'absent' : 'off');
    // Monday 23 and Tuesday 24: started and saved with nobody reviewed; not a meeting day.
    meet('2026-11-23', false, 'off');
    meet('2026-11-24', false, 'off');
    now = new Date('2026-11-25T14:00:00Z');
    const h = call('meeting.history', { weeks: 2 });
    expect(h.weeks).toEqual([
      { weekStart: '2026-11-16', meetingDays: 5, fullAttendanceDays: 4, os3: 4 },
      { weekStart: '2026-11-23', meetingDays: 0, fullAttendanceDays: 0, os3: 1 },
    ]);
    expect(h.os3).toBe(4);
    expect(h.meetings).toHaveLength(7);
    expect(h.averageReviewedShare).toBeCloseTo((5 * (1 / 3)) / 7);
  });

  it('starts attendance from the rota: people not working today are off, not absent', () => {
    const { cm, nurse } = seed();
    const other = call('staff.create', { name: 'Pat Peer', initials: 'PP', role: 'peer_specialist', fte: 1, colour: '#0000aa' });
    workWeekdays(cm.id);
    workWeekdays(nurse.id);
    workWeekdays(other.id);
    call('availability.addTimeOff', { staffId: nurse.id, fromDay: '2026-11-23', toDay: '2026-11-27', kind: 'vacation' });
    call('availability.setDay', { staffId: other.id, day: '2026-11-23', shift: null });
    const m = call('meeting.start', { sort: 'alphabetical' });
    expect(m.attendance).toEqual([
      { staffId: cm.id, presence: 'absent' },
      { staffId: nurse.id, presence: 'off' },
      { staffId: other.id, presence: 'off' },
    ]);
    expect(m.summary.attendance).toEqual({ present: 0, remote: 0, absent: 1, off: 2 });
  });

  it("sets the meeting's target from the team's minutes per client, kept with the meeting", () => {
    seed();
    expect(call('meeting.roster', {}).minutesPerClient).toBe(1);
    const settings = call('settings.get', {});
    expectRejected(() => call('settings.update', { version: settings.version, meetingMinutesPerClient: 0.25 }), 'validation', /Meeting minutes per client must be at least 0.5 minutes/);
    expectRejected(() => call('settings.update', { version: settings.version, meetingMinutesPerClient: 6 }), 'validation', /at most 5 minutes/);
    expectRejected(() => call('settings.update', { version: settings.version, meetingMinutesPerClient: 1.3 }), 'validation', /half minutes/);
    expect(call('settings.get', {}).meetingMinutesPerClient).toBe(1);
    call('settings.update', { version: settings.version, meetingMinutesPerClient: 1.5 });
    expect(call('meeting.roster', {}).minutesPerClient).toBe(1.5);
    // Three clients on the roster (the discharged one is not): 4.5 minutes.
    const m = call('meeting.start', { sort: 'alphabetical' });
    expect(m).toMatchObject({ minutesPerClient: 1.5, summary: { rosterSize: 3, targetSeconds: 270 } });
    // A later change of the setting leaves the running meeting's target as it started.
    call('settings.update', { version: settings.version + 1, meetingMinutesPerClient: 3 });
    expect(call('meeting.get', { id: m.id }).summary.targetSeconds).toBe(270);
  });

  it('discards a meeting started by mistake: its walk goes, events reviewed at it are new again, the audit keeps it', () => {
    const { amy, cm } = seed();
    const event = call('events.create', { clientId: amy.id, day: '2026-11-23', time: '07:00', category: 'medical', severity: 'low', text: 'Fell', authorStaffId: cm.id });
    const m = call('meeting.start', { sort: 'alphabetical' });
    call('events.review', { meetingId: m.id, eventIds: [event.id] });
    const running = call('meeting.get', { id: m.id });
    expectRejected(() => call('meeting.discard', { id: m.id, version: running.version + 1 }), 'conflict', /changed on another seat/);
    expect(call('meeting.discard', { id: m.id, version: running.version })).toEqual({ id: m.id });
    expect(call('meeting.current', {})).toBeNull();
    expectRejected(() => call('meeting.get', { id: m.id }), 'not_found', /Meeting \d+ does not exist/);
    expect(call('events.list', { clientId: amy.id }).events[0]).toMatchObject({ reviewedMeetingId: null, reviewedAt: null });
    expect(call('meeting.history', {}).meetings).toEqual([]);
    const audit = board.service.db.prepare("SELECT action FROM audit_log WHERE entity = 'meeting' AND entity_id = ?").all(m.id);
    expect(audit.at(-1)).toEqual({ action: 'discard' });
    // A finished meeting is the team's record: it cannot be discarded.
    const next = call('meeting.start', { sort: 'alphabetical' });
    const finished = call('meeting.finish', { id: next.id, version: next.version });
    expectRejected(() => call('meeting.discard', { id: next.id, version: finished.version }), 'validation', /already ended/);
    expect(call('meeting.history', {}).meetings).toHaveLength(1);
  });

  it('refuses bad meeting input with a clear message and changes nothing', () => {
    const { amy, bo, cm } = seed();
    expectRejected(() => raw('meeting.start', { sort: 'random' }), 'validation', /Order must be status, alphabetical or custom/);
    const m = call('meeting.start', { sort: 'alphabetical' });
    expectRejected(() => call('meeting.start', { sort: 'status' }), 'validation', /already running \(started 09:00\)/);
    expectRejected(() => call('meeting.focus', { id: m.id, from: bo.id, to: amy.id, leave: 'reviewed' }), 'conflict', /moved on at another seat/);
    expectRejected(() => call('meeting.focus', { id: m.id, from: amy.id, to: 999, leave: 'reviewed' }), 'validation', /not on this meeting's roster/);
    expectRejected(() => raw('meeting.focus', { id: m.id, from: amy.id, to: null, leave: 'skipped' }), 'validation', /Leave must be reviewed, parked or unchanged/);
    expectRejected(() => call('meeting.focus', { id: m.id, from: amy.id, to: null, leave: 'parked', parkNote: 'x'.repeat(301) }), 'validation', /Parking note must be at most 300/);
    expectRejected(() => raw('meeting.setAttendance', { id: m.id, staffId: cm.id, presence: 'late' }), 'validation', /Attendance must be present, remote, absent or off/);
    expectRejected(() => call('meeting.setAttendance', { id: m.id, staffId: 999, presence: 'present' }), 'not_found', /Staff member 999/);
    expectRejected(() => call('meeting.finish', { id: m.id, version: m.version + 3 }), 'conflict', /changed on another seat/);
    expectRejected(() => call('meeting.get', { id: 999 }), 'not_found', /Meeting 999 does not exist/);
    expectRejected(() => raw('meeting.history', { weeks: 60 }), 'validation', /Weeks must be at most 52/);
    for (const m of ['meeting.roster', 'meeting.current', 'clients.profiles'] as const) {
      expectRejected(() => raw(m, { everyone: true }), 'validation', /Unknown field\(s\): everyone/);
    }
    call('meeting.finish', { id: m.id, version: m.version });
    expectRejected(() => call('meeting.focus', { id: m.id, from: null, to: amy.id, leave: 'unchanged' }), 'validation', /already ended/);
  });
});

describe('significant events', () => {
  const base = { day: '2026-11-23', time: '08:15', category: 'housing', severity: 'low', text: 'Eviction notice' } as const;

  it('logs, searches and filters events', () => {
    const { amy, cy, cm } = seed();
    call('events.create', { ...base, clientId: amy.id, authorStaffId: cm.id });
    call('events.create', { ...base, clientId: cy.id, authorStaffId: cm.id, day: '2026-11-20', category: 'medical', text: 'ER visit, 100% fine' });
    call('events.create', { ...base, clientId: null, authorStaffId: cm.id, text: 'Office heating broken' });
    const list = (i: Input<'events.list'>) => call('events.list', i).events.map((e) => e.text);
    expect(list({})).toEqual(['Office heating broken', 'Eviction notice', 'ER visit, 100% fine']);
    expect(list({ query: 'evict' })).toEqual(['Eviction notice']);
    expect(list({ query: '100%' })).toEqual(['ER visit, 100% fine']);
    expect(list({ query: '%' })).toEqual(['ER visit, 100% fine']);
    expect(list({ clientId: cy.id })).toEqual(['ER visit, 100% fine']);
    expect(list({ category: 'medical' })).toEqual(['ER visit, 100% fine']);
    expect(list({ from: '2026-11-21', to: '2026-11-23' })).toEqual(['Office heating broken', 'Eviction notice']);
    expect(call('events.list', { limit: 1 })).toMatchObject({ total: 3 });
    expect(call('meeting.roster', {}).teamEvents.map((e) => e.text)).toEqual(['Office heating broken']);
    const [stored] = call('events.list', { clientId: amy.id }).events;
    expect(stored).toMatchObject({ occurredAt: '2026-11-23T13:15:00.000Z', onCall: false, reviewedMeetingId: null });
  });

  it('refuses bad events with a clear message and changes nothing', () => {
    const { amy, gone, cm } = seed();
    const ok = { ...base, clientId: amy.id, authorStaffId: cm.id };
    expectRejected(() => call('events.create', { ...ok, text: ' ' }), 'validation', /Text is required/);
    expectRejected(() => call('events.create', { ...ok, text: 'x'.repeat(2001) }), 'validation', /Text must be at most 2000/);
    expectRejected(() => raw('events.create', { ...ok, category: 'gossip' }), 'validation', /Category is not a known category/);
    expectRejected(() => raw('events.create', { ...ok, severity: 'huge' }), 'validation', /Severity must be low, medium or high/);
    expectRejected(() => call('events.create', { ...ok, time: '9am' }), 'validation', /Time must be a time written HH:MM/);
    expectRejected(() => call('events.create', { ...ok, day: '2026-11-24' }), 'validation', /cannot be in the future/);
    expectRejected(() => call('events.create', { ...ok, clientId: 999 }), 'not_found', /Client 999/);
    expectRejected(() => call('events.create', { ...ok, clientId: gone.id }), 'validation', /Di is discharged/);
    expectRejected(() => call('events.create', { ...ok, authorStaffId: 999 }), 'not_found', /Staff member 999/);
    expectRejected(() => call('events.create', { ...ok, day: '2027-03-14', time: '02:30' }), 'validation', /does not exist on Sun 14 Mar 2027/);
    expectRejected(() => call('events.list', { from: '2026-11-23', to: '2026-11-01' }), 'validation', /end of the date range/);
    expectRejected(() => call('events.review', { meetingId: 999, eventIds: [1] }), 'not_found', /Meeting 999/);
    const m = call('meeting.start', { sort: 'alphabetical' });
    expectRejected(() => call('events.review', { meetingId: m.id, eventIds: [999] }), 'not_found', /Significant event 999/);
    expectRejected(() => call('events.review', { meetingId: m.id, eventIds: [] }), 'validation', /Events must name an event/);
  });
});

/** Team activities (issue 14): staff time with no client, checked like contacts, never counted as one. */
import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { setupTestBoard } from './test-kit';

const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);
const day = '2026-11-23'; // a Monday
const EARLY = { start: '08:00', end: '16:00' };

function seed() {
  const staff = (name: string, initials: string) => {
    const s = call('staff.create', { name, initials, role: 'case_manager', fte: 1, colour: '#00aa00' });
    call('availability.setPattern', { staffId: s.id, pattern: [EARLY, EARLY, EARLY, EARLY, EARLY, null, null] });
    return s;
  };
  const ana = staff('Ana Able', 'AA');
  const ben = staff('Ben Brook', 'BB');
  const client = call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: ana.id, teamStaffIds: [ana.id, ben.id] });
  const supervision = { kind: 'supervision' as const, day, start: '10:00', end: '11:00', staffIds: [ana.id] };
  const contact = { clientId: client.id, staffId: ana.id, day, start: '10:30', end: '11:00', intervention: 'housing', location: 'office' } as const;
  return { ana, ben, client, supervision, contact };
}

const rows = (table: string) => (board.service.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('team activities: bad input', () => {
  it('refuses an end before the start, no staff, a kind not on the list, an inactive staff member; nothing is saved', () => {
    const { supervision, ben } = seed();
    board.expectRejected(() => call('activities.create', { ...supervision, end: '09:00' }), 'validation', /^End time must be after the start time\.$/);
    board.expectRejected(() => call('activities.create', { ...supervision, staffIds: [] }), 'validation', /^Staff must name at least one staff member\.$/);
    board.expectRejected(
      () => call('activities.create', { ...supervision, kind: 'lunch' as never }),
      'validation',
      /^Kind must be one of: group, supervision, training, team meeting, travel\.$/,
    );
    board.expectRejected(() => call('activities.create', { ...supervision, staffIds: [ben.id, ben.id] }), 'validation', /names the same staff member twice/);
    call('staff.update', { id: ben.id, version: ben.version, active: false });
    board.expectRejected(() => call('activities.create', { ...supervision, staffIds: [ben.id] }), 'validation', /Ben Brook is no longer active/);
    expect(rows('team_activities')).toBe(0);
  });

  it('refuses an update that ends before it starts, and a stale version; the activity stays as it was', () => {
    const { supervision } = seed();
    const a = call('activities.create', supervision);
    board.expectRejected(() => call('activities.update', { id: a.id, version: a.version, end: '09:30' }), 'validation', /^End time must be after the start time\.$/);
    call('activities.update', { id: a.id, version: a.version, note: 'Room 2' });
    board.expectRejected(() => call('activities.update', { id: a.id, version: a.version, note: 'Room 3' }), 'conflict', /was changed/);
  });
});

describe('team activities on the board', () => {
  it('show on the day with their kind, time and staff; one activity can take several staff', () => {
    const { ana, ben, supervision } = seed();
    const a = call('activities.create', { ...supervision, staffIds: [ana.id, ben.id], note: 'Case review' });
    expect(call('board.get', { day }).activities).toEqual([
      { id: a.id, kind: 'supervision', day, startMinute: 600, endMinute: 660, location: 'office', staffIds: [ana.id, ben.id], note: 'Case review', seriesId: null, version: 0 },
    ]);
  });

  it('a contact overlapping a staff member’s activity is double-booked, naming both', () => {
    const { supervision, contact } = seed();
    const a = call('activities.create', supervision);
    const c = call('contacts.create', contact);
    const overlap = call('board.get', { day }).warnings.filter((w) => w.kind === 'double_booked');
    expect(overlap).toEqual([
      expect.objectContaining({ message: 'Ana Able is double-booked: Supervision 10:00–11:00 and Testy 10:30–11:00.', contactIds: [c.id], activityIds: [a.id] }),
    ]);
  });

  it('counts against the shift and the travel buffer like a contact; travel itself needs no buffer', () => {
    const { ana, supervision, contact } = seed();
    call('activities.create', { ...supervision, start: '15:30', end: '16:30' });
    const kinds = () => call('board.get', { day }).warnings.map((w) => w.kind);
    expect(kinds()).toContain('outside_shift');
    // A community contact ending as an office supervision starts: no time to get back.
    call('contacts.create', { ...contact, start: '15:00', end: '15:30', location: 'community' });
    const travel = call('board.get', { day }).warnings.find((w) => w.kind === 'travel_time');
    expect(travel?.message).toBe('Ana Able has 0 min to get from Testy to Supervision (15 min needed for travel).');
    // The same gap after a travel block is fine: the travel is the buffer.
    call('activities.create', { kind: 'travel', day, start: '12:00', end: '12:30', staffIds: [ana.id] });
    call('contacts.create', { ...contact, start: '12:30', end: '13:00', location: 'community' });
    expect(call('board.get', { day }).warnings.filter((w) => w.kind === 'travel_time')).toHaveLength(1);
  });

  it('someone off with an activity is warned about; their column shows', () => {
    const { ben, supervision } = seed();
    call('availability.addTimeOff', { staffId: ben.id, fromDay: day, toDay: day, kind: 'sick', note: '' });
    call('activities.create', { ...supervision, staffIds: [ben.id] });
    const b = call('board.get', { day });
    expect(b.warnings.find((w) => w.kind === 'staff_off')?.message).toBe('Ben Brook is off today (sick) but has 1 team activity.');
    expect(b.staff.map((s) => s.id)).toContain(ben.id);
  });

  it('dragged to another staff member, the other takes their place; one already in it is refused', () => {
    const { ana, ben, supervision } = seed();
    const a = call('activities.create', supervision);
    const moved = call('activities.move', { id: a.id, version: a.version, fromStaffId: ana.id, toStaffId: ben.id });
    expect(moved.staffIds).toEqual([ben.id]);
    const both = call('activities.update', { id: moved.id, version: moved.version, staffIds: [ana.id, ben.id] });
    board.expectRejected(() => call('activities.move', { id: both.id, version: both.version, fromStaffId: ana.id, toStaffId: ben.id }), 'validation', /^Ben Brook is already in this supervision\.$/);
  });

  it('the draft gives nobody a contact overlapping their activity', () => {
    const { ana, ben, client, supervision } = seed();
    call('schedule.items.create', {
      clientId: client.id, startsOn: day, rule: { kind: 'weekly', interval: 1, weekdays: [1] }, start: '10:00', durationMinutes: 30,
      intervention: 'housing', location: 'office', preferredStaffId: ana.id,
    });
    call('activities.create', supervision);
    const { contacts } = call('schedule.draft', { day });
    expect(contacts.map((c) => [c.staffId, c.startMinute])).toEqual([[ben.id, 600]]);
  });

  it('the draft leaves a contact unassigned when its only staff member is in an activity then', () => {
    const { ana, ben, client, supervision } = seed();
    call('schedule.items.create', {
      clientId: client.id, startsOn: day, rule: { kind: 'weekly', interval: 1, weekdays: [1] }, start: '10:00', durationMinutes: 30,
      intervention: 'housing', location: 'office', preferredStaffId: ana.id,
    });
    call('activities.create', { ...supervision, kind: 'team_meeting', staffIds: [ana.id, ben.id] });
    const { contacts } = call('schedule.draft', { day });
    expect(contacts).toEqual([expect.objectContaining({ staffId: null, draftReason: 'Every staff member on shift is busy at 10:00' })]);
  });

  it('covering for someone off passes over whoever is in an activity then', () => {
    const { ana, ben, supervision, contact } = seed();
    call('contacts.create', contact);
    call('activities.create', { ...supervision, staffIds: [ben.id] });
    const { moves } = call('cover.propose', { day, staffId: ana.id, kind: 'sick' });
    expect(moves).toEqual([expect.objectContaining({ toStaffId: null, reason: 'Every staff member on shift is busy at 10:30' })]);
  });

  it('marked off today, they leave the activities others are in; one they alone are in stays, warned about', () => {
    const { ana, ben, supervision } = seed();
    const shared = call('activities.create', { ...supervision, staffIds: [ana.id, ben.id] });
    const alone = call('activities.create', { kind: 'group', day, start: '14:00', end: '15:00', staffIds: [ana.id] });
    const { leftActivities } = call('cover.offToday', { day, staffId: ana.id, kind: 'sick', moves: [] });
    expect(leftActivities.map((a) => [a.id, a.staffIds])).toEqual([[shared.id, [ben.id]]]);
    const b = call('board.get', { day });
    expect(b.activities.map((a) => [a.id, a.staffIds])).toEqual([[shared.id, [ben.id]], [alone.id, [ana.id]]]);
    expect(b.warnings.filter((w) => w.staffId === ana.id)).toEqual([expect.objectContaining({ kind: 'staff_off', activityIds: [alone.id] })]);
  });

  it('are not client contacts: the tracker and the client list do not count them', () => {
    const { ana, supervision, contact } = seed();
    call('contacts.setStatus', { ...(() => { const c = call('contacts.create', { ...contact, start: '08:00', end: '08:30' }); return { id: c.id, version: c.version }; })(), status: 'done' });
    const before = JSON.stringify(call('tracker.month', { month: '2026-11' }));
    call('activities.create', { ...supervision, staffIds: [ana.id] });
    call('activities.create', { kind: 'group', day, start: '13:00', end: '14:30', staffIds: [ana.id] });
    expect(JSON.stringify(call('tracker.month', { month: '2026-11' }))).toBe(before);
    expect(call('board.get', { day }).contacts).toHaveLength(1);
  });

  it('deleting one takes it off the board', () => {
    const { supervision } = seed();
    const a = call('activities.create', supervision);
    call('activities.delete', { id: a.id, version: a.version });
    expect(call('board.get', { day }).activities).toEqual([]);
    expect(rows('team_activity_staff')).toBe(0);
  });
});

describe('team activities that repeat', () => {
  const days = () => (board.service.db.prepare('SELECT day FROM team_activities ORDER BY day').pluck().all() as string[]);

  it('a weekly series is one activity a week, same weekday, up to and including its last date; each on its own board', () => {
    const { supervision } = seed();
    const first = call('activities.create', { ...supervision, repeat: { everyWeeks: 1, until: '2026-12-14' } });
    expect(first).toMatchObject({ day, seriesId: first.id });
    expect(days()).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(call('board.get', { day: '2026-12-07' }).activities).toEqual([expect.objectContaining({ kind: 'supervision', startMinute: 600, seriesId: first.id })]);
    expect(call('board.get', { day: '2026-12-08' }).activities).toEqual([]);
  });

  it('every 2 weeks skips a week', () => {
    const { supervision } = seed();
    call('activities.create', { ...supervision, repeat: { everyWeeks: 2, until: '2026-12-31' } });
    expect(days()).toEqual(['2026-11-23', '2026-12-07', '2026-12-21']);
  });

  it('refuses a series that ends before it starts, runs past a year, or repeats every 0 or 5 weeks; nothing is saved', () => {
    const { supervision } = seed();
    board.expectRejected(() => call('activities.create', { ...supervision, repeat: { everyWeeks: 1, until: '2026-11-22' } }), 'validation', /^The series ends \(Sun 22 Nov 2026\) before it starts \(Mon 23 Nov 2026\)\.$/);
    board.expectRejected(() => call('activities.create', { ...supervision, repeat: { everyWeeks: 1, until: '2027-11-25' } }), 'validation', /up to a year ahead: until Wed 24 Nov 2027 at the latest/);
    board.expectRejected(() => call('activities.create', { ...supervision, repeat: { everyWeeks: 0, until: '2026-12-31' } }), 'validation', /1 to 4 weeks/);
    board.expectRejected(() => call('activities.create', { ...supervision, repeat: { everyWeeks: 5, until: '2026-12-31' } }), 'validation', /1 to 4 weeks/);
    expect(rows('team_activities')).toBe(0);
  });

  it('refuses the whole series when one date cannot hold it (a time the clocks skip); nothing is saved', () => {
    const { supervision } = seed();
    // 2027-03-14 (a Sunday) has no 02:30 in New York: a Sunday series over it is refused whole.
    board.expectRejected(
      () => call('activities.create', { ...supervision, day: '2027-03-07', start: '02:30', end: '03:30', repeat: { everyWeeks: 1, until: '2027-03-21' } }),
      'validation',
      /02:30 does not exist on Sun 14 Mar 2027/,
    );
    expect(rows('team_activities')).toBe(0);
  });

  it('a change to one changes only that one; "and the following" changes the rest too, not the earlier ones', () => {
    const { supervision, ben } = seed();
    const first = call('activities.create', { ...supervision, repeat: { everyWeeks: 1, until: '2026-12-21' } });
    const on = (d: string) => call('board.get', { day: d }).activities[0]!;
    call('activities.update', { id: on('2026-11-30').id, version: on('2026-11-30').version, note: 'Room 2 this week' });
    expect([on('2026-11-23').note, on('2026-11-30').note, on('2026-12-07').note]).toEqual(['', 'Room 2 this week', '']);
    const third = on('2026-12-07');
    call('activities.update', { id: third.id, version: third.version, start: '14:00', end: '15:00', staffIds: [ben.id], following: true });
    expect(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21'].map((d) => [on(d).startMinute, on(d).staffIds])).toEqual([
      [600, [first.staffIds[0]]],
      [600, [first.staffIds[0]]],
      [840, [ben.id]],
      [840, [ben.id]],
      [840, [ben.id]],
    ]);
    const fourth = on('2026-12-14');
    board.expectRejected(() => call('activities.update', { id: fourth.id, version: fourth.version, day: '2026-12-15', following: true }), 'validation', /date changes for one activity of a series at a time/);
    expect(on('2026-12-14').id).toBe(fourth.id);
  });

  it('deletes one, or this one and the following', () => {
    const { supervision } = seed();
    call('activities.create', { ...supervision, repeat: { everyWeeks: 1, until: '2026-12-21' } });
    const on = (d: string) => call('board.get', { day: d }).activities[0]!;
    const second = on('2026-11-30');
    expect(call('activities.delete', { id: second.id, version: second.version })).toEqual({ id: second.id, deleted: 1 });
    const fourth = on('2026-12-14');
    expect(call('activities.delete', { id: fourth.id, version: fourth.version, following: true })).toEqual({ id: fourth.id, deleted: 2 });
    expect(days()).toEqual(['2026-11-23', '2026-12-07']);
  });
});

describe('client basics for the day', () => {
  it('are saved and read back; a crisis plan too long or an unknown legal status is refused with nothing saved', () => {
    const { client } = seed();
    const updated = call('clients.update', { id: client.id, version: client.version, address: '12 Larch Lane, Riverside', phone: '555-0150', crisisPlan: 'Call the on-call phone first.', legalStatus: 'aot' });
    expect(updated).toMatchObject({ address: '12 Larch Lane, Riverside', phone: '555-0150', crisisPlan: 'Call the on-call phone first.', legalStatus: 'aot' });
    board.expectRejected(() => call('clients.update', { id: updated.id, version: updated.version, crisisPlan: 'x'.repeat(501) }), 'validation', /^Crisis plan must be at most 500 characters\.$/);
    board.expectRejected(
      () => call('clients.update', { id: updated.id, version: updated.version, legalStatus: 'probation' as never }),
      'validation',
      /^Legal status must be voluntary, AOT, conditional release, guardianship or other\.$/,
    );
    // A change elsewhere keeps them.
    expect(call('clients.update', { id: updated.id, version: updated.version, preferredName: 'Tess' })).toMatchObject({ address: '12 Larch Lane, Riverside', legalStatus: 'aot' });
  });

  it('the meeting focus gets them with the client, for a signed-in caller', () => {
    const { client } = seed();
    call('clients.update', { id: client.id, version: client.version, address: '12 Larch Lane, Riverside', phone: '555-0150', legalStatus: 'guardianship' });
    expect(call('meeting.roster', {}).clients.find((c) => c.client.id === client.id)!.client).toMatchObject({
      address: '12 Larch Lane, Riverside',
      phone: '555-0150',
      crisisPlan: '',
      legalStatus: 'guardianship',
    });
  });

  it('a new client has none until they are written', () => {
    seed();
    expect(call('clients.list', {})[0]).toMatchObject({ address: '', phone: '', crisisPlan: '', legalStatus: null });
  });
});

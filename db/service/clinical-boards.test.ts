import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { setupTestBoard } from './test-kit';

// The board's clock: 2026-11-23 (test-kit), a Monday.
const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);

function seed() {
  const nurse = call('staff.create', { name: 'Nia Nurse', initials: 'NN', role: 'registered_nurse', fte: 1, colour: '#aa0000' });
  const md = call('staff.create', { name: 'Mo Doctor', initials: 'MD', role: 'psychiatrist', fte: 1, colour: '#0000aa' });
  const client = call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: nurse.id, teamStaffIds: [nurse.id, md.id] });
  call('schedule.items.create', {
    clientId: client.id, rule: { kind: 'weekly', interval: 2, weekdays: [1] }, startsOn: '2026-01-01', start: '10:00', durationMinutes: 20,
    intervention: 'injection', location: 'office', preferredStaffId: nurse.id, note: 'Fictional depot 100 mg',
  });
  return { nurse, md, client };
}

describe('the MD board and the injection schedule (issue 14)', () => {
  it('a done psychiatric visit sets the next due date by the team interval; a planned one does not', () => {
    const { md, client } = seed();
    const row = () => call('clinical.mdBoard', {}).rows.find((r) => r.clientId === client.id)!;
    expect(row()).toMatchObject({ last: null, nextDue: null, overLimit: true });
    const visit = call('contacts.create', { clientId: client.id, staffId: md.id, day: '2026-11-16', start: '09:00', end: '09:30', intervention: 'psychiatric_visit', location: 'community' });
    expect(row().last).toBeNull();
    call('contacts.setStatus', { id: visit.id, version: visit.version, status: 'done' });
    expect(row()).toMatchObject({ last: '2026-11-16', nextDue: '2026-12-14', daysOverdue: 0, overLimit: false, visitsYear: 1, communityVisitsYear: 1 });
    const s = call('clinical.mdBoard', {}).settings;
    call('clinical.updateSettings', { version: s.version, psychVisitWeeks: 2 });
    expect(row().nextDue).toBe('2026-11-30');
  });

  it("a client's own interval sets their next due date, in the MD board and the meeting; others keep the team's", () => {
    const { md, client, nurse } = seed();
    const other = call('clients.create', { name: 'Other Person', preferredName: 'Otto', admissionDate: '2024-01-05', primaryStaffId: nurse.id, teamStaffIds: [nurse.id] });
    for (const c of [client, other]) {
      const visit = call('contacts.create', { clientId: c.id, staffId: md.id, day: '2026-11-02', start: '09:00', end: '09:30', intervention: 'psychiatric_visit', location: 'office' });
      call('contacts.setStatus', { id: visit.id, version: visit.version, status: 'done' });
    }
    const row = (id: number) => call('clinical.mdBoard', {}).rows.find((r) => r.clientId === id)!;
    const roster = (id: number) => call('meeting.roster', {}).clients.find((c) => c.client.id === id)!;
    expect(row(client.id)).toMatchObject({ ownWeeks: null, nextDue: '2026-11-30' });

    const set = call('clinical.setClientInterval', { clientId: client.id, version: row(client.id).clientVersion, psychVisitWeeks: 2 });
    expect(set).toMatchObject({ ownWeeks: 2, last: '2026-11-02', nextDue: '2026-11-16', daysOverdue: 7, overLimit: false });
    expect(row(client.id)).toEqual(set);
    expect(roster(client.id).psychiatricVisitDue).toBe('2026-11-16');
    expect(row(other.id)).toMatchObject({ ownWeeks: null, nextDue: '2026-11-30', daysOverdue: 0 });
    expect(roster(other.id).psychiatricVisitDue).toBe('2026-11-30');

    // The team's interval moves only the clients without their own.
    const s = call('clinical.mdBoard', {}).settings;
    call('clinical.updateSettings', { version: s.version, psychVisitWeeks: 6 });
    expect(row(client.id).nextDue).toBe('2026-11-16');
    expect(row(other.id).nextDue).toBe('2026-12-14');
    // Back to the team's.
    call('clinical.setClientInterval', { clientId: client.id, version: row(client.id).clientVersion, psychVisitWeeks: null });
    expect(row(client.id)).toMatchObject({ ownWeeks: null, nextDue: '2026-12-14' });
  });

  it('a client interval never lifts the three-month hard flag', () => {
    const { md, client } = seed();
    const visit = call('contacts.create', { clientId: client.id, staffId: md.id, day: '2026-08-23', start: '09:00', end: '09:30', intervention: 'psychiatric_visit', location: 'office' });
    call('contacts.setStatus', { id: visit.id, version: visit.version, status: 'done' });
    const row = () => call('clinical.mdBoard', {}).rows.find((r) => r.clientId === client.id)!;
    const set = call('clinical.setClientInterval', { clientId: client.id, version: row().clientVersion, psychVisitWeeks: 6 });
    // Three months exactly on 23 November (today): still within; the day after it is not.
    expect(set).toMatchObject({ ownWeeks: 6, nextDue: '2026-10-04', daysOverdue: 50, overLimit: false });
    call('contacts.setStatus', { id: visit.id, version: visit.version + 1, status: 'planned' });
    const earlier = call('contacts.create', { clientId: client.id, staffId: md.id, day: '2026-08-22', start: '09:00', end: '09:30', intervention: 'psychiatric_visit', location: 'office' });
    call('contacts.setStatus', { id: earlier.id, version: earlier.version, status: 'done' });
    expect(row()).toMatchObject({ ownWeeks: 6, last: '2026-08-22', nextDue: '2026-10-03', overLimit: true });
  });

  it('refuses a client interval outside 1 to 6 weeks, on a stale client or a discharged one; nothing is saved', () => {
    const { client } = seed();
    const { clientVersion: version } = call('clinical.mdBoard', {}).rows.find((r) => r.clientId === client.id)!;
    board.expectRejected(() => call('clinical.setClientInterval', { clientId: client.id, version, psychVisitWeeks: 7 }), 'validation', /at most 6 weeks/);
    board.expectRejected(() => call('clinical.setClientInterval', { clientId: client.id, version, psychVisitWeeks: 0 }), 'validation', /at least 1 week/);
    board.expectRejected(() => call('clinical.setClientInterval', { clientId: client.id, version, psychVisitWeeks: 2.5 }), 'validation', /whole number of weeks/);
    board.expectRejected(() => call('clinical.setClientInterval', { clientId: client.id, version: version + 1, psychVisitWeeks: 2 }), 'conflict', /changed/);
    board.expectRejected(() => call('clinical.setClientInterval', { clientId: 9999, version, psychVisitWeeks: 2 }), 'not_found', /Client/);
    const discharged = call('clients.update', { id: client.id, version, status: 'discharged', dischargedOn: '2026-11-01', dischargeReason: 'moved_away' });
    board.expectRejected(() => call('clinical.setClientInterval', { clientId: client.id, version: discharged.version, psychVisitWeeks: 2 }), 'validation', /discharged/);
  });

  it('a done injection sets the next due date and its window from the schedule item', () => {
    const { nurse, client } = seed();
    const row = () => call('clinical.injections', {}).rows.find((r) => r.clientId === client.id)!;
    expect(row()).toMatchObject({ state: 'not_given', medication: 'Fictional depot 100 mg', interval: { unit: 'days', n: 14 } });
    const shot = call('contacts.create', { clientId: client.id, staffId: nurse.id, day: '2026-11-09', start: '10:00', end: '10:20', intervention: 'injection', location: 'office' });
    call('contacts.setStatus', { id: shot.id, version: shot.version, status: 'done' });
    expect(row()).toMatchObject({ lastGiven: '2026-11-09', nextDue: '2026-11-23', windowFrom: '2026-11-20', windowTo: '2026-11-26', state: 'due' });
  });

  it('refuses an interval outside 1 to 6 weeks and a window as wide as an injection interval; nothing is saved', () => {
    seed();
    const { version } = call('clinical.mdBoard', {}).settings;
    board.expectRejected(() => call('clinical.updateSettings', { version, psychVisitWeeks: 7 }), 'validation', /at most 6 weeks/);
    board.expectRejected(() => call('clinical.updateSettings', { version, psychVisitWeeks: 0 }), 'validation', /at least 1 week/);
    board.expectRejected(() => call('clinical.updateSettings', { version, injectionWindowDays: 7 }), 'validation', /±7 days is as wide as an injection given every 14 days/);
    board.expectRejected(() => call('clinical.updateSettings', { version: version + 1, psychVisitWeeks: 3 }), 'conflict', /changed on another seat/);
    expect(call('clinical.updateSettings', { version, injectionWindowDays: 6 }).injectionWindowDays).toBe(6);
  });
});

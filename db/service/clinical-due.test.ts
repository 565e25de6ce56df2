/**
 * Issue 14: AOT orders, the chart captains' documentation due dates, missed injections on the
 * board and in the meeting, and the meeting's psychiatric dates taken from the MD board.
 */
import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../shared/api';
import { setupTestBoard } from './test-kit';

// The board's clock: 2026-11-23 (test-kit), a Monday.
const board = setupTestBoard();
const call = <M extends Method>(m: M, input: Input<M>) => board.call(m, input);

function seed(admissionDate = '2026-11-20') {
  const nurse = call('staff.create', { name: 'Nia Nurse', initials: 'NN', role: 'registered_nurse', fte: 1, colour: '#aa0000' });
  const md = call('staff.create', { name: 'Mo Doctor', initials: 'MD', role: 'psychiatrist', fte: 1, colour: '#0000aa' });
  const client = call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate, primaryStaffId: nurse.id, teamStaffIds: [md.id] });
  return { nurse, md, client };
}
const order = (clientId: number) => ({
  clientId, version: null, startsOn: '2026-06-01', expiresOn: '2026-12-20', reportingDuty: 'Monthly compliance letter', reportEveryDays: 30, countyContact: 'Pat Example',
});

describe('AOT orders', () => {
  it('an order is listed with its expiry and next report; a report sent moves the next one', () => {
    const { client } = seed();
    const saved = call('aot.save', order(client.id));
    const row = () => call('aot.list', {}).orders.find((o) => o.clientId === client.id)!;
    expect(row()).toMatchObject({ clientName: 'Testy', daysToExpiry: 27, expiringSoon: true, nextReportDue: '2026-07-01', reportOverdue: true, countyContact: 'Pat Example' });
    const sent = call('aot.reportSent', { clientId: client.id, version: saved.version, day: '2026-11-20' });
    expect(row()).toMatchObject({ lastReportOn: '2026-11-20', nextReportDue: '2026-12-20', reportDueSoon: false, reportOverdue: false });
    // Renewed: a new expiry, no longer listed as expiring.
    call('aot.save', { ...order(client.id), version: sent.version, expiresOn: '2027-06-01' });
    expect(row()).toMatchObject({ expiringSoon: false, expiresOn: '2027-06-01', lastReportOn: '2026-11-20' });
    call('aot.end', { clientId: client.id, version: row().version });
    expect(call('aot.list', {}).orders).toEqual([]);
  });

  it('refuses an order that expires before it starts, a second order, a report in the future or a stale version; nothing is saved', () => {
    const { client } = seed();
    board.expectRejected(() => call('aot.save', { ...order(client.id), expiresOn: '2026-05-31' }), 'validation', /^The order expires \(Sun 31 May 2026\) before it starts \(Mon 1 Jun 2026\): check both dates\.$/);
    board.expectRejected(() => call('aot.save', { ...order(client.id), reportEveryDays: 0 }), 'validation', /^Report every must be at least 1 day\.$/);
    board.expectRejected(() => call('aot.save', { ...order(client.id), expiresOn: 'soon' }), 'validation', /^Expiry date must be a real date/);
    const saved = call('aot.save', order(client.id));
    board.expectRejected(() => call('aot.save', order(client.id)), 'conflict', /already has an AOT order/);
    board.expectRejected(() => call('aot.reportSent', { clientId: client.id, version: saved.version, day: '2026-11-24' }), 'validation', /cannot be sent in the future/);
    board.expectRejected(() => call('aot.save', { ...order(client.id), version: saved.version + 1 }), 'conflict', /changed/);
    board.expectRejected(() => call('aot.save', { ...order(client.id), version: saved.version, expiresOn: '2026-01-01' }), 'validation', /expires/);
  });
});

describe('chart captains and documentation due dates', () => {
  const docs = () => call('charts.board', {});
  const mine = (clientId: number) => docs().captains.flatMap((c) => c.clients).find((c) => c.clientId === clientId)!;

  it('groups clients under their captain with the team, by the team state profile', () => {
    const { nurse, md, client } = seed('2026-11-20');
    const b = docs();
    expect(b.stateProfile).toBe('NY');
    expect(b.captains).toEqual([expect.objectContaining({ staffId: nurse.id })]);
    expect(mine(client.id).teamStaffIds).toEqual([nurse.id, md.id]);
    // Friday 20 November: seven business days is Tuesday 1 December.
    expect(mine(client.id).documents.map((d) => [d.kind, d.dueOn])).toEqual([
      ['immediate_needs', '2026-12-01'],
      ['assessment', '2027-01-19'],
      ['plan', '2027-01-19'],
    ]);
    // The team's holiday on Thanksgiving moves it a business day.
    call('holidays.set', { day: '2026-11-26', name: 'Thanksgiving' });
    expect(mine(client.id).documents[0]!.dueOn).toBe('2026-12-02');
    const s = call('settings.get', {});
    call('settings.update', { version: s.version, stateProfile: 'MA' });
    expect(mine(client.id).documents.map((d) => [d.kind, d.dueOn])).toEqual([
      ['assessment', '2026-12-20'],
      ['plan', '2026-12-20'],
    ]);
    const u = call('settings.get', {});
    call('settings.update', { version: u.version, stateProfile: 'UT' });
    expect(docs().fallback).toMatch(/New York/);
  });

  it('a recorded plan starts the six-monthly review; a wrong entry can be removed', () => {
    const { client } = seed('2026-05-04');
    expect(mine(client.id).overdue).toBe(3);
    call('charts.recordDone', { clientId: client.id, kind: 'plan', doneOn: '2026-05-22' });
    expect(mine(client.id)).toMatchObject({ overdue: 1 });
    expect(mine(client.id).documents.find((d) => d.kind === 'plan_review')).toMatchObject({ dueOn: '2026-11-22', state: 'overdue' });
    call('charts.recordDone', { clientId: client.id, kind: 'plan_review', doneOn: '2026-11-23' });
    expect(mine(client.id)).toMatchObject({ overdue: 0 });
    expect(mine(client.id).documents.find((d) => d.kind === 'plan_review')).toMatchObject({ dueOn: '2027-05-23', doneOn: '2026-11-23', state: 'later' });
    call('charts.removeDone', { clientId: client.id, kind: 'plan_review', doneOn: '2026-11-23' });
    expect(mine(client.id).documents.find((d) => d.kind === 'plan_review')!.dueOn).toBe('2026-11-22');
  });

  it('refuses a date in the future or before the admission; nothing is saved', () => {
    const { client } = seed('2026-11-20');
    board.expectRejected(() => call('charts.recordDone', { clientId: client.id, kind: 'assessment', doneOn: '2026-11-24' }), 'validation', /cannot be done in the future/);
    board.expectRejected(() => call('charts.recordDone', { clientId: client.id, kind: 'assessment', doneOn: '2026-11-19' }), 'validation', /before the admission \(Fri 20 Nov 2026\)/);
    board.expectRejected(() => call('charts.removeDone', { clientId: client.id, kind: 'assessment', doneOn: '2026-11-21' }), 'not_found', /No comprehensive assessment on Sat 21 Nov 2026/);
  });
});

describe('missed injections and the meeting', () => {
  function withInjection() {
    const s = seed('2024-01-05');
    call('schedule.items.create', {
      clientId: s.client.id, rule: { kind: 'weekly', interval: 2, weekdays: [1] }, startsOn: '2026-01-01', start: '10:00', durationMinutes: 20,
      intervention: 'injection', location: 'office', preferredStaffId: s.nurse.id, note: 'Fictional depot 100 mg',
    });
    return s;
  }
  const give = (clientId: number, staffId: number, day: string, intervention: 'injection' | 'psychiatric_visit' = 'injection') => {
    const c = call('contacts.create', { clientId, staffId, day, start: '10:00', end: '10:20', intervention, location: 'office' });
    call('contacts.setStatus', { id: c.id, version: c.version, status: 'done' });
  };
  const missedOn = (day: string) => call('board.get', { day }).warnings.filter((w) => w.kind === 'injection_missed');

  it('an injection past its window is a warning on today and later boards and in the roster; a done one clears it', () => {
    const { nurse, client } = withInjection();
    // Given 2 November: due 16 November, window to 19 November, today 23 November.
    give(client.id, nurse.id, '2026-11-02');
    expect(missedOn('2026-11-23')).toEqual([
      expect.objectContaining({ clientId: client.id, message: 'Testy: injection missed (due Mon 16 Nov, window closed Thu 19 Nov; last given Mon 2 Nov).' }),
    ]);
    expect(missedOn('2026-11-24')).toHaveLength(1);
    expect(missedOn('2026-11-20')).toEqual([]);
    const entry = () => call('meeting.roster', {}).clients.find((c) => c.client.id === client.id)!;
    expect(entry().injectionMissed).toBe('2026-11-16');
    expect(entry().upcoming).toContainEqual({ day: '2026-11-16', label: 'Injection missed', overdue: true });
    give(client.id, nurse.id, '2026-11-23');
    expect(missedOn('2026-11-23')).toEqual([]);
    expect(entry().injectionMissed).toBeNull();
  });

  it('the roster marks an AOT order and lists its report due within the week', () => {
    const { client } = seed();
    const entry = () => call('meeting.roster', {}).clients.find((c) => c.client.id === client.id)!;
    expect(entry().aot).toBeNull();
    const saved = call('aot.save', order(client.id));
    call('aot.reportSent', { clientId: client.id, version: saved.version, day: '2026-10-26' });
    expect(entry().aot).toEqual({ expiresOn: '2026-12-20', nextReportDue: '2026-11-25' });
    expect(entry().upcoming).toContainEqual({ day: '2026-11-25', label: 'AOT report', overdue: false });
  });

  it("the meeting lists the chart captains' documents due, not a typed plan review date", () => {
    const { client } = seed('2026-11-18');
    const profile = call('clients.profiles', {}).find((p) => p.clientId === client.id);
    call('clients.updateProfile', { clientId: client.id, version: profile?.version ?? 0, planReviewDue: '2026-11-24' });
    const entry = () => call('meeting.roster', {}).clients.find((c) => c.client.id === client.id)!;
    // Admitted Wednesday 18 November: immediate needs due Friday 27 November, within the week.
    expect(entry().upcoming).toEqual([{ day: '2026-11-27', label: 'Immediate needs assessment', overdue: false }]);
    expect(entry().documentsDue.map((d) => d.kind)).toEqual(['immediate_needs', 'assessment', 'plan']);
    call('charts.recordDone', { clientId: client.id, kind: 'plan', doneOn: '2026-11-23' });
    expect(entry().upcoming).toEqual([]);
    expect(entry().documentsDue).toEqual([expect.objectContaining({ kind: 'plan_review', dueOn: '2027-05-23' })]);
  });

  it("the meeting shows the MD board's psychiatric dates, not a typed one", () => {
    const { md, client } = seed('2024-01-05');
    const profile = call('clients.profiles', {}).find((p) => p.clientId === client.id);
    call('clients.updateProfile', { clientId: client.id, version: profile?.version ?? 0, lastPsychiatricVisit: '2026-11-20', psychiatricVisitDue: '2027-03-01' });
    const entry = () => call('meeting.roster', {}).clients.find((c) => c.client.id === client.id)!;
    expect(entry()).toMatchObject({ lastPsychiatricVisit: null, psychiatricVisitDue: null });
    give(client.id, md.id, '2026-11-09', 'psychiatric_visit');
    const row = call('clinical.mdBoard', {}).rows.find((r) => r.clientId === client.id)!;
    expect(row).toMatchObject({ last: '2026-11-09', nextDue: '2026-12-07' });
    expect(entry()).toMatchObject({ lastPsychiatricVisit: row.last, psychiatricVisitDue: row.nextDue });
    const s = call('clinical.mdBoard', {}).settings;
    call('clinical.updateSettings', { version: s.version, psychVisitWeeks: 2 });
    expect(entry().psychiatricVisitDue).toBe('2026-11-23');
  });
});

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

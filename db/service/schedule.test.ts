import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { toInstant } from '../../shared/time';
import { setupTestBoard } from './test-kit';

const t = setupTestBoard();
const weekdays = { kind: 'weekly' as const, interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] };
const EARLY = { start: '08:00', end: '16:00' };

function seedTeam() {
  const nurse = t.call('staff.create', { name: 'Nia Nurse', initials: 'NN', role: 'registered_nurse', fte: 1, colour: '#aa0000' });
  const cm = t.call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
  for (const s of [nurse, cm]) t.call('availability.setPattern', { staffId: s.id, pattern: Array(7).fill(EARLY) });
  const client = t.call('clients.create', {
    name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: cm.id, teamStaffIds: [cm.id, nurse.id],
  });
  const item = (o: Partial<Input<'schedule.items.create'>> = {}) =>
    t.call('schedule.items.create', {
      clientId: client.id, rule: weekdays, startsOn: '2026-01-01', start: '09:00', durationMinutes: 20,
      intervention: 'medication_delivery', location: 'community', preferredStaffId: cm.id, ...o,
    });
  return { nurse, cm, client, item };
}

describe('client schedules', () => {
  it('stores the rule as an RRULE and gives it back as written', () => {
    const { item } = seedTeam();
    const saved = item({ rule: { kind: 'weekly', interval: 2, weekdays: [4] } });
    expect(saved.rrule).toContain('FREQ=WEEKLY');
    expect(saved.rule).toEqual({ kind: 'weekly', interval: 2, weekdays: [4] });
    const { warnings, ...stored } = saved;
    expect(warnings).toEqual([]);
    expect(t.call('schedule.items.list', {})).toEqual([stored]);
  });

  it('refuses bad items with a clear message and saves nothing', () => {
    const { item, cm, client } = seedTeam();
    const base = {
      clientId: client.id, rule: weekdays, startsOn: '2026-01-01', start: '09:00', durationMinutes: 20,
      intervention: 'housing', location: 'community',
    } as const;
    t.expectRejected(
      () => item({ rule: { kind: 'monthlyByDay', interval: 1, monthDay: 31 }, startsOn: '2026-04-01', endsOn: '2026-04-30' }),
      'validation',
      /never falls on a day/,
    );
    t.expectRejected(() => item({ startsOn: '2026-05-01', endsOn: '2026-04-01' }), 'validation', /must not be before the start date/);
    t.expectRejected(() => t.call('schedule.items.create', { ...base, durationMinutes: 0 }), 'validation', /at least 5 minutes/);
    t.expectRejected(() => t.call('schedule.items.create', { ...base, durationMinutes: 721 }), 'validation', /at most 12 hours/);
    t.expectRejected(() => t.call('schedule.items.create', { ...base, start: null }), 'validation', /time window must be given/);
    t.expectRejected(
      () => t.call('schedule.items.create', { ...base, rule: { kind: 'weekly', interval: 1, weekdays: [8] } }),
      'validation',
      /weekday 1 \(Monday\) to 7/,
    );
    t.call('staff.update', { id: cm.id, version: 0, active: false });
    t.expectRejected(() => item({ preferredStaffId: cm.id }), 'validation', /Cam Manager is no longer active/);
  });
});

describe('drafting a day through the service', () => {
  it('adds what is missing only, keeps manual moves, and does not bring back a deleted contact', () => {
    const { item, nurse } = seedTeam();
    item();
    const second = item({ start: '11:00', intervention: 'housing' });
    const first = t.call('schedule.draft', { day: '2026-11-24' });
    expect(first.contacts).toHaveLength(2);
    const [meds, housing] = first.contacts;
    t.call('contacts.move', { id: meds!.id, version: 0, staffId: nurse.id, start: '10:00' });
    t.call('contacts.delete', { id: housing!.id, version: 0 });

    expect(t.call('schedule.draft', { day: '2026-11-24' }).contacts).toEqual([]);
    const board = t.call('board.get', { day: '2026-11-24' });
    expect(board.contacts.map((c) => [c.staffId, c.startMinute])).toEqual([[nurse.id, 600]]);
    expect(second.id).toBeGreaterThan(0);
  });

  it('undoes a draft as one step, keeping what a person has changed since', () => {
    const { item, nurse } = seedTeam();
    item();
    item({ start: '11:00' });
    const run = t.call('schedule.draft', { day: '2026-11-24' });
    t.call('contacts.move', { id: run.contacts[0]!.id, version: 0, staffId: nurse.id });
    expect(t.call('schedule.undoDraft', { runId: run.runId })).toEqual({ removed: 1, kept: 1 });
    expect(t.call('board.get', { day: '2026-11-24' }).contacts).toHaveLength(1);
    t.expectRejected(() => t.call('schedule.undoDraft', { runId: run.runId }), 'validation', /already undone/);
  });

  it('leaves nothing with staff who are off, and says why', () => {
    const { item, nurse, cm } = seedTeam();
    t.call('availability.addTimeOff', { staffId: nurse.id, fromDay: '2026-11-24', toDay: '2026-11-25', kind: 'sick' });
    t.call('availability.setDay', { staffId: cm.id, day: '2026-11-24', shift: null });
    item({ intervention: 'injection', roleNeeded: 'nurse' });
    const [c] = t.call('schedule.draft', { day: '2026-11-24' }).contacts;
    expect(c).toMatchObject({ staffId: null, draftReason: 'No RN / LPN working Tuesday' });
    const board = t.call('board.get', { day: '2026-11-24' });
    // Off sick, the nurse stays on the board as a slim "Off today: sick" line; not working that day, the case manager does not.
    expect(board.staff.map((s) => s.id)).toEqual([nurse.id]);
    expect(board.staffDays.find((d) => d.staffId === nurse.id)).toMatchObject({ shift: null, timeOff: 'sick' });
  });

  it('drafts 09:00 at 09:00 local on both daylight-saving change days', () => {
    const { item } = seedTeam();
    item();
    for (const [day, utc] of [
      ['2027-03-14', '2027-03-14T13:00:00.000Z'], // spring forward: UTC-4 from 03:00
      ['2026-11-01', '2026-11-01T14:00:00.000Z'], // fall back: UTC-5 from 02:00
    ] as const) {
      const [c] = t.call('schedule.draft', { day }).contacts;
      expect(c!.startMinute).toBe(540);
      expect(toInstant(day, c!.startMinute, 'America/New_York').toISOString()).toBe(utc);
    }
  });

  it('a warned contact stops being warned once moved to someone who can do it', () => {
    const { item, cm, nurse } = seedTeam();
    item({ intervention: 'injection', preferredStaffId: cm.id });
    t.call('availability.setDay', { staffId: nurse.id, day: '2026-11-24', shift: null });
    const [c] = t.call('schedule.draft', { day: '2026-11-24' }).contacts;
    expect(c!.staffId).toBeNull(); // the draft itself never gives an injection to a case manager
    t.call('availability.setDay', { staffId: nurse.id, day: '2026-11-24', shift: 'usual' });
    t.call('contacts.move', { id: c!.id, version: 0, staffId: cm.id });
    expect(t.call('board.get', { day: '2026-11-24' }).warnings.map((w) => w.kind)).toEqual(['role_mismatch']);
    t.call('contacts.move', { id: c!.id, version: 1, staffId: nurse.id });
    expect(t.call('board.get', { day: '2026-11-24' }).warnings).toEqual([]);
  });

  it('shows the shift manager and refuses a stale change of it', () => {
    const { cm, nurse } = seedTeam();
    const set = t.call('day.setShiftManager', { day: '2026-11-24', version: 0, staffId: cm.id });
    expect(t.call('board.get', { day: '2026-11-24' })).toMatchObject({ shiftManagerId: cm.id, dayPlanVersion: set.version });
    t.expectRejected(() => t.call('day.setShiftManager', { day: '2026-11-24', version: 0, staffId: nurse.id }), 'conflict', /changed on another seat/);
  });
});

describe('appointments', () => {
  it('an appointment that needs a staff member becomes a planned contact when the day is drafted', () => {
    const { client } = seedTeam();
    t.call('appointments.create', { clientId: client.id, day: '2026-11-24', start: '13:00', kind: 'court', place: 'County Court', staffSupport: 'accompany' });
    t.call('appointments.create', { clientId: client.id, day: '2026-11-24', kind: 'benefits' });
    const drafted = t.call('schedule.draft', { day: '2026-11-24' }).contacts;
    expect(drafted.map((c) => c.note)).toEqual(['Staff accompanies: Court date at County Court']);
    expect(t.call('appointments.list', { from: '2026-11-01', to: '2026-11-30' })).toHaveLength(2);
    t.expectRejected(
      () => t.call('appointments.create', { clientId: client.id, day: '2026-11-24', kind: 'dental', staffSupport: 'transport' }),
      'validation',
      /needed when a staff member goes along/,
    );
  });
});

describe('holidays', () => {
  it('a holiday is staffed like a Sunday and warned when fewer than two staff work', () => {
    const { nurse, cm } = seedTeam();
    t.call('availability.setPattern', { staffId: nurse.id, pattern: [...Array(6).fill(EARLY), null] });
    t.call('availability.setPattern', { staffId: cm.id, pattern: [...Array(6).fill(EARLY), null] });
    expect(t.call('board.get', { day: '2026-11-26' }).warnings).toEqual([]);
    t.call('holidays.set', { day: '2026-11-26', name: 'Thanksgiving' });
    const board = t.call('board.get', { day: '2026-11-26' });
    expect(board.holiday).toBe('Thanksgiving');
    expect(board.staff).toEqual([]);
    expect(board.warnings.map((w) => w.message)).toEqual(['Only 0 staff working on this holiday: at least two are needed.']);
    expect(t.call('holidays.list', { from: '2026-11-01', to: '2026-12-31' })).toEqual([{ day: '2026-11-26', name: 'Thanksgiving' }]);
    t.call('holidays.set', { day: '2026-11-26', name: null });
    expect(t.call('holidays.list', { from: '2026-11-01', to: '2026-12-31' })).toEqual([]);
  });
});

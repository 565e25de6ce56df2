import { describe, expect, it } from 'vitest';
import type { WarningKind } from '../schedule';
import { staffMember, working } from './fixtures';
import { type PlannedContact, type WarningInput, dayWarnings } from './warnings';

const nurse = staffMember('Nora Nurse', 'registered_nurse');
const cm = staffMember('Cal Manager', 'case_manager');
let id = 100;
const contact = (o: Partial<PlannedContact>): PlannedContact => ({
  id: id++,
  clientId: 1,
  staffId: cm.id,
  startMinute: 540,
  endMinute: 570,
  intervention: 'housing',
  location: 'office',
  status: 'planned',
  roleNeeded: null,
  ...o,
});

function kinds(o: Partial<WarningInput>): WarningKind[] {
  return dayWarnings({
    day: '2026-11-25',
    holiday: false,
    staff: [nurse, cm],
    staffDays: working([nurse, cm]),
    contacts: [],
    clientName: (c) => `Client ${c}`,
    travelBufferMinutes: 15,
    ...o,
  }).map((w) => w.kind);
}

describe('warnings of a day', () => {
  it('a clean day has none', () => {
    expect(kinds({ contacts: [contact({}), contact({ clientId: 2, startMinute: 600, endMinute: 630 })] })).toEqual([]);
  });

  it('a staff member double-booked', () => {
    const w = dayWarnings({
      day: '2026-11-25', holiday: false, staff: [cm], staffDays: working([cm]), travelBufferMinutes: 0,
      contacts: [contact({}), contact({ clientId: 2, startMinute: 550, endMinute: 600 })],
      clientName: (c) => `Client ${c}`,
    });
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toBe('Cal Manager is double-booked: Client 1 09:00–09:30 and Client 2 09:10–10:00.');
  });

  it('no travel time between community contacts', () => {
    expect(kinds({ contacts: [contact({ location: 'community' }), contact({ clientId: 2, startMinute: 580, endMinute: 600 })] })).toEqual(['travel_time']);
  });

  it('more planned time than the shift, and a contact outside the shift', () => {
    const long = contact({ startMinute: 8 * 60, endMinute: 16 * 60 });
    const late = contact({ clientId: 2, startMinute: 16 * 60, endMinute: 17 * 60 });
    expect(kinds({ contacts: [long, late] })).toEqual(['outside_shift', 'over_shift_time']);
  });

  it('a contact for a staff member who is off', () => {
    const staffDays = working([nurse, cm]);
    staffDays.set(cm.id, { staffId: cm.id, shift: null, timeOff: 'sick' });
    expect(kinds({ staffDays, contacts: [contact({})] })).toEqual(['staff_off']);
  });

  it('an injection for a non-nurse, a psychiatric visit for a non-prescriber', () => {
    expect(kinds({ contacts: [contact({ intervention: 'injection' })] })).toEqual(['role_mismatch']);
    expect(kinds({ contacts: [contact({ intervention: 'psychiatric_visit', staffId: nurse.id })] })).toEqual(['role_mismatch']);
    expect(kinds({ contacts: [contact({ intervention: 'injection', staffId: nurse.id })] })).toEqual([]);
  });

  it('a client with two contacts at once', () => {
    expect(kinds({ contacts: [contact({}), contact({ staffId: nurse.id, startMinute: 560, endMinute: 600 })] })).toEqual(['client_double_booked']);
  });

  it('a weekend or holiday with fewer than two staff working', () => {
    const one = working([nurse, cm]);
    one.set(cm.id, { staffId: cm.id, shift: null, timeOff: null });
    expect(kinds({ day: '2026-11-28', staffDays: one })).toEqual(['thin_weekend']);
    expect(kinds({ day: '2026-11-26', holiday: true, staffDays: one })).toEqual(['thin_weekend']);
    expect(kinds({ day: '2026-11-26', staffDays: one })).toEqual([]);
  });

  it('cancelled contacts do not count', () => {
    expect(kinds({ contacts: [contact({}), contact({ clientId: 2, status: 'cancelled' })] })).toEqual([]);
  });
});

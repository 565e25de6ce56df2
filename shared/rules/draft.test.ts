import { describe, expect, it } from 'vitest';
import type { Client } from '../domain';
import { type Booked, type DraftInput, draftDay, itemSource } from './draft';
import { item, staffMember, working } from './fixtures';

const DAY = '2026-11-28'; // a Saturday
const nurse = staffMember('Nora Nurse', 'registered_nurse');
const cm = staffMember('Cal Manager', 'case_manager');
const cm2 = staffMember('Cy Manager', 'case_manager');
const doc = staffMember('Dee Doctor', 'psychiatrist');
const client = (id: number, teamStaffIds: number[] = [], status: Client['status'] = 'active') => ({ id, status, teamStaffIds });

function input(overrides: Partial<DraftInput>): DraftInput {
  const staff = [nurse, cm, cm2, doc];
  return {
    day: DAY,
    clients: [client(1, [cm.id]), client(2, [cm2.id]), client(3)],
    items: [],
    appointments: [],
    staff,
    staffDays: working(staff),
    existing: [],
    skipped: new Set(),
    travelBufferMinutes: 0,
    ...overrides,
  };
}

describe('drafting a day', () => {
  it('gives a contact to the preferred staff member when working and free', () => {
    const [c] = draftDay(input({ items: [item({ clientId: 1, preferredStaffId: cm2.id })] }));
    expect(c).toMatchObject({ staffId: cm2.id, startMinute: 540, endMinute: 570, reason: null });
  });

  it('else to a treatment team member, else to the least-loaded staff member with the role', () => {
    const busyCm2: Booked = { clientId: 99, staffId: cm2.id, startMinute: 540, endMinute: 600, location: 'office', status: 'planned', source: null };
    const drafted = draftDay(
      input({
        existing: [busyCm2],
        items: [
          item({ clientId: 1, preferredStaffId: cm2.id }), // cm2 is busy at 09:00: the team (cm) gets it
          item({ clientId: 3, startMinute: 11 * 60 }), // no team: least loaded (nurse, doc have 0; ids decide)
        ],
      }),
    );
    expect(drafted.map((d) => d.staffId)).toEqual([cm.id, nurse.id]);
  });

  it('needs the role: an injection goes to a nurse, not to the preferred case manager', () => {
    const [c] = draftDay(input({ items: [item({ clientId: 1, intervention: 'injection', roleNeeded: 'nurse', preferredStaffId: cm.id })] }));
    expect(c!.staffId).toBe(nurse.id);
  });

  it('gives nothing to staff who are off and says why it stays unassigned', () => {
    const staffDays = working([nurse, cm, cm2, doc]);
    staffDays.set(nurse.id, { staffId: nurse.id, shift: null, timeOff: 'vacation' });
    const [c] = draftDay(input({ staffDays, items: [item({ clientId: 1, intervention: 'injection', roleNeeded: 'nurse' })] }));
    expect(c).toMatchObject({ staffId: null, reason: 'No RN / LPN working Saturday' });
  });

  it('places a window item at the first free time in the window, after the travel buffer', () => {
    const booked: Booked = { clientId: 99, staffId: cm.id, startMinute: 480, endMinute: 540, location: 'community', status: 'planned', source: null };
    const [c] = draftDay(
      input({ existing: [booked], travelBufferMinutes: 15, items: [item({ clientId: 1, startMinute: null, window: 'morning', preferredStaffId: cm.id })] }),
    );
    expect(c).toMatchObject({ staffId: cm.id, startMinute: 555 });
  });

  it('is idempotent: what was drafted, or deleted by a person, is not added again', () => {
    const a = item({ clientId: 1 });
    const b = item({ clientId: 2 });
    const first = draftDay(input({ items: [a, b] }));
    expect(first).toHaveLength(2);
    const existing = first.map((d) => ({ ...d, status: 'planned' as const }));
    expect(draftDay(input({ items: [a, b], existing }))).toEqual([]);
    expect(draftDay(input({ items: [a, b], existing: existing.slice(1), skipped: new Set([itemSource(a.id, DAY)]) }))).toEqual([]);
  });

  it('follows the client status: community items while active, hospital visits while hospitalized', () => {
    const visits = [item({ clientId: 1 }), item({ clientId: 1, intervention: 'hospital_visit', appliesWhen: 'hospitalized' })];
    const drafted = draftDay(input({ items: visits, clients: [client(1, [cm.id], 'hospitalized')] }));
    expect(drafted.map((d) => d.intervention)).toEqual(['hospital_visit']);
  });

  it('turns an appointment that needs a staff member into a planned contact', () => {
    const [c] = draftDay(
      input({
        appointments: [{ id: 7, clientId: 1, day: DAY, startMinute: 600, durationMinutes: 90, kind: 'dental', place: 'Main St clinic', staffSupport: 'transport', note: '', version: 0 }],
      }),
    );
    expect(c).toMatchObject({ clientId: 1, staffId: cm.id, startMinute: 600, endMinute: 690, source: 'appointment:7' });
    expect(c!.note).toBe('Staff transports: Dental at Main St clinic');
  });

  it('drafts only on the days of the rule', () => {
    const weekdays = item({ clientId: 1, rule: { kind: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5] } });
    expect(draftDay(input({ items: [weekdays] }))).toHaveLength(0);
    expect(draftDay(input({ day: '2026-11-27', items: [weekdays] }))).toHaveLength(1);
  });
});

describe('drafting a day: travel time (issue 12, item 10)', () => {
  const visitAt = (staffId: number, startMinute: number, endMinute: number): Booked => ({
    clientId: 99, staffId, startMinute, endMinute, location: 'community', status: 'planned', source: null,
  });
  const onlyCm = () => {
    const staffDays = working([nurse, cm, cm2, doc]);
    for (const s of [nurse, cm2, doc]) staffDays.set(s.id, { staffId: s.id, shift: null, timeOff: null });
    return staffDays;
  };

  it('moves a flexible item within its part of the day to fit around fixed ones and their travel time', () => {
    const [fixed, flexible] = draftDay(
      input({
        staffDays: onlyCm(),
        travelBufferMinutes: 15,
        items: [
          item({ clientId: 1, startMinute: null, window: 'morning', durationMinutes: 60 }),
          item({ clientId: 2, startMinute: 8 * 60, durationMinutes: 60 }),
        ],
      }),
    ).sort((a, b) => a.startMinute - b.startMinute);
    expect(fixed).toMatchObject({ clientId: 2, staffId: cm.id, startMinute: 480 });
    expect(flexible).toMatchObject({ clientId: 1, staffId: cm.id, startMinute: 9 * 60 + 15 });
  });

  it('says so in plain words when travel time is why a contact stays unplaced', () => {
    const [c] = draftDay(
      input({
        staffDays: onlyCm(),
        existing: [visitAt(cm.id, 8 * 60, 9 * 60)],
        travelBufferMinutes: 15,
        items: [item({ clientId: 1, startMinute: 9 * 60 + 5 })],
      }),
    );
    expect(c).toMatchObject({
      staffId: null,
      reason: 'Travel time: every staff member free at 09:05 has another contact too close before or after it (15 min needed to travel)',
    });
  });

  it('says "busy" when travel time is not the reason', () => {
    const [c] = draftDay(input({ staffDays: onlyCm(), existing: [visitAt(cm.id, 8 * 60, 10 * 60)], travelBufferMinutes: 15, items: [item({ clientId: 1, startMinute: 9 * 60 })] }));
    expect(c).toMatchObject({ staffId: null, reason: 'Every staff member on shift is busy at 09:00' });
  });
});

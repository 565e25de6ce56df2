import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import { setupTestBoard } from './test-kit';

// The board's clock: Monday 2026-11-23 (test-kit).
const t = setupTestBoard();

describe("a schedule item's preferred staff member is warned about when the item is saved (issue 12, item 13)", () => {
  it('without the role, or on time off: plain sentences with the save, which happens all the same', () => {
    const nurse = t.call('staff.create', { name: 'Nia Nurse', initials: 'NN', role: 'registered_nurse', fte: 1, colour: '#aa0000' });
    const cm = t.call('staff.create', { name: 'Cam Manager', initials: 'CM', role: 'case_manager', fte: 1, colour: '#00aa00' });
    const client = t.call('clients.create', { name: 'Test Person', preferredName: 'Testy', admissionDate: '2024-01-05', primaryStaffId: cm.id, teamStaffIds: [cm.id] });
    const injection: Input<'schedule.items.create'> = {
      clientId: client.id, rule: { kind: 'weekly', interval: 2, weekdays: [1] }, startsOn: '2026-11-23', start: '10:00', durationMinutes: 20,
      intervention: 'injection', location: 'office', roleNeeded: 'nurse', preferredStaffId: cm.id,
    };
    const saved = t.call('schedule.items.create', injection);
    expect(saved.warnings).toEqual(['Cam Manager (Case manager) cannot take this item: Injection needs RN / LPN. The draft will give it to someone who can.']);
    expect(t.call('schedule.items.list', { clientId: client.id }).map((i) => i.id)).toEqual([saved.id]);

    t.call('availability.addTimeOff', { staffId: nurse.id, fromDay: '2026-12-07', toDay: '2026-12-11', kind: 'vacation' });
    const moved = t.call('schedule.items.update', { ...injection, id: saved.id, version: saved.version, preferredStaffId: nurse.id });
    expect(moved).toMatchObject({ preferredStaffId: nurse.id, version: saved.version + 1 });
    expect(moved.warnings).toEqual(['Nia Nurse is on time off (vacation) on Monday 7 December 2026: the draft will give that day to someone else.']);
    const fine = t.call('schedule.items.update', { ...injection, id: saved.id, version: moved.version, preferredStaffId: nurse.id, startsOn: '2026-11-30' });
    expect(fine.warnings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultRoleNeed, type PreferredStaffCheck, preferredStaffWarnings } from './preferred-staff';
import { toRRule } from './recurrence';

// Mondays from 2 November 2026; today is Monday 30 November.
const check = (o: Partial<PreferredStaffCheck> = {}): string[] =>
  preferredStaffWarnings({
    intervention: 'injection',
    roleNeeded: 'nurse',
    rrule: toRRule({ kind: 'weekly', interval: 1, weekdays: [1] }, '2026-11-02', null),
    startsOn: '2026-11-02',
    endsOn: null,
    preferred: { name: 'Nia Nurse', role: 'registered_nurse' },
    timeOff: [],
    today: '2026-11-30',
    ...o,
  });

describe("a schedule item's preferred staff member", () => {
  it('injections need RN / LPN and psychiatric visits a prescriber by default; other work anyone', () => {
    expect(defaultRoleNeed('injection')).toBe('nurse');
    expect(defaultRoleNeed('psychiatric_visit')).toBe('prescriber');
    expect(defaultRoleNeed('housing')).toBe('any');
  });

  it('is fine when able and working', () => {
    expect(check()).toEqual([]);
  });

  it('without the role the work needs: a plain sentence', () => {
    expect(check({ preferred: { name: 'Cam Manager', role: 'case_manager' } })).toEqual([
      'Cam Manager (Case manager) cannot take this item: Injection needs RN / LPN. The draft will give it to someone who can.',
    ]);
    // "Any staff" on the form still means a nurse for an injection.
    expect(check({ roleNeeded: 'any', preferred: { name: 'Cam Manager', role: 'case_manager' } })).toHaveLength(1);
    expect(check({ intervention: 'housing', roleNeeded: 'any', preferred: { name: 'Cam Manager', role: 'case_manager' } })).toEqual([]);
  });

  it("on time off on the item's days in the next four weeks", () => {
    expect(check({ timeOff: [{ fromDay: '2026-12-07', toDay: '2026-12-18', kind: 'vacation' }] })).toEqual([
      'Nia Nurse is on time off (vacation) on 2 of its days in the next 4 weeks, the first Monday 7 December 2026: the draft will give those days to someone else.',
    ]);
    expect(check({ timeOff: [{ fromDay: '2026-12-14', toDay: '2026-12-14', kind: 'training' }] })).toEqual([
      'Nia Nurse is on time off (training) on Monday 14 December 2026: the draft will give that day to someone else.',
    ]);
  });

  it('ignores time off on days the item does not fall on, after it ends, or beyond four weeks', () => {
    expect(check({ timeOff: [{ fromDay: '2026-12-08', toDay: '2026-12-11', kind: 'vacation' }] })).toEqual([]); // Tuesday to Friday
    expect(check({ endsOn: '2026-12-06', timeOff: [{ fromDay: '2026-12-07', toDay: '2026-12-07', kind: 'sick' }] })).toEqual([]);
    expect(check({ timeOff: [{ fromDay: '2026-12-28', toDay: '2026-12-28', kind: 'vacation' }] })).toEqual([]);
  });
});

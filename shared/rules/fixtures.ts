/** Small fictional teams for the rule tests. */
import type { Staff, StaffRole } from '../domain';
import type { RecurrenceRule, ScheduleItem, Shift, StaffDay } from '../schedule';
import { toRRule } from './recurrence';

let nextId = 1;
export function staffMember(name: string, role: StaffRole): Staff {
  return { id: nextId++, name, initials: name.slice(0, 2).toUpperCase(), role, fte: 1, colour: '#123456', active: true, version: 0 };
}

export const dayShift: Shift = { start: 8 * 60, end: 16 * 60 };

export function working(staff: Staff[], shift: Shift | null = dayShift): Map<number, StaffDay> {
  return new Map(staff.map((s) => [s.id, { staffId: s.id, shift, timeOff: null }]));
}

export function item(overrides: Partial<ScheduleItem> & { clientId: number }): ScheduleItem {
  const rule: RecurrenceRule = overrides.rule ?? { kind: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] };
  return {
    id: nextId++,
    rule,
    rrule: toRRule(rule, '2026-01-01', null),
    startsOn: '2026-01-01',
    endsOn: null,
    startMinute: 9 * 60,
    window: null,
    durationMinutes: 30,
    intervention: 'medication_delivery',
    location: 'community',
    roleNeeded: 'any',
    preferredStaffId: null,
    appliesWhen: 'active',
    note: '',
    version: 0,
    ...overrides,
  };
}

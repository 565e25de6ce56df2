import { describe, expect, it } from 'vitest';
import type { StaffDay } from '../schedule';
import { staffMember } from './fixtures';
import { staffChoices } from './staff-choice';

const ann = staffMember('Ann Busy', 'registered_nurse');
const bea = staffMember('Bea Early', 'registered_nurse');
const cal = staffMember('Cal Casework', 'case_manager');
const dee = staffMember('Dee Nurse', 'licensed_practical_nurse');
const eve = staffMember('Eve Sick', 'registered_nurse');
const fay = staffMember('Fay Notworking', 'registered_nurse');

const day = (s: { id: number }, shift: [number, number] | null, timeOff: StaffDay['timeOff'] = null): [number, StaffDay] => [
  s.id,
  { staffId: s.id, shift: shift && { start: shift[0], end: shift[1] }, timeOff },
];
const staffDays = new Map([
  day(ann, [480, 960]),
  day(bea, [420, 600]),
  day(cal, [480, 960]),
  day(dee, [480, 960]),
  day(eve, null, 'sick'),
]);

describe('who could take a contact at its time (contact form staff list)', () => {
  const choices = staffChoices({
    staff: [fay, eve, cal, bea, ann, dee],
    staffDays,
    contacts: [
      { id: 1, staffId: ann.id, startMinute: 600, endMinute: 660, status: 'planned' },
      { id: 2, staffId: dee.id, startMinute: 540, endMinute: 570, status: 'cancelled' },
      { id: 3, staffId: bea.id, startMinute: 600, endMinute: 630, status: 'planned' },
    ],
    contactId: 3,
    start: 630,
    end: 690,
    need: 'nurse',
  });

  it('puts the one on shift, free and able first, people off that day last and marked', () => {
    expect(choices.map((c) => c.staff.name)).toEqual(['Dee Nurse', 'Ann Busy', 'Bea Early', 'Cal Casework', 'Eve Sick', 'Fay Notworking']);
    expect(choices.map((c) => c.off)).toEqual([null, null, null, null, 'off: sick', 'not on shift']);
  });

  it('says what each is missing: busy at that time, outside the shift, not the role', () => {
    const by = new Map(choices.map((c) => [c.staff.name, c]));
    expect(by.get('Dee Nurse')).toMatchObject({ onShift: true, free: true, hasRole: true }); // a cancelled contact does not hold the time
    expect(by.get('Ann Busy')).toMatchObject({ onShift: true, free: false, hasRole: true });
    expect(by.get('Bea Early')).toMatchObject({ onShift: false, free: true, hasRole: true }); // her own contact (the one edited) is not a clash
    expect(by.get('Cal Casework')).toMatchObject({ onShift: true, free: true, hasRole: false });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/host/server';
import type { Staff } from '../domain';
import { guessMapping, IMPORT_MAX_BYTES, mappingProblems, mapRows, unusedColumns } from '../import';
import { parseCsvText } from '../csv';
import { clockOf, dateOf, formatWeek, timeOf, weekdaysOf, weekOf } from './import-cells';
import { planStaffImport } from './import-staff';
import { ruleFromRRuleText, rruleText } from './recurrence';

describe('reading cells', () => {
  it('dates: ISO and month-first US dates, nothing impossible', () => {
    expect(dateOf('2024-03-07')).toBe('2024-03-07');
    expect(dateOf('3/7/2024')).toBe('2024-03-07');
    expect(dateOf('2024-03-07 00:00:00')).toBe('2024-03-07');
    expect(dateOf('2024-02-30')).toBeNull();
    expect(dateOf('13/7/2024')).toBeNull();
    expect(dateOf('soon')).toBeNull();
  });

  it('times and parts of the day', () => {
    expect(clockOf('09:30')).toBe(570);
    expect(clockOf('9:30 am')).toBe(570);
    expect(clockOf('2pm')).toBe(840);
    expect(clockOf('12:15 AM')).toBe(15);
    expect(clockOf('14.30')).toBe(870);
    expect(clockOf('9')).toBeNull();
    expect(clockOf('25:00')).toBeNull();
    expect(timeOf('Afternoon')).toEqual({ start: null, window: 'afternoon' });
    expect(timeOf('AM')).toEqual({ start: null, window: 'morning' });
  });

  it('weekdays and usual weeks, written back the way they are read', () => {
    expect(weekdaysOf('Mon Wed Fri')).toEqual([1, 3, 5]);
    expect(weekdaysOf('monday, thursday')).toEqual([1, 4]);
    expect(weekdaysOf('Mon - Fri')).toEqual([1, 2, 3, 4, 5]);
    expect(weekdaysOf('Fri-Mon')).toBeNull();
    expect(weekdaysOf('Funday')).toBeNull();
    const week = weekOf('Mon-Wed 09:00-17:00; Sat Sun 9:00-17:00; Thu 8:00-12:00');
    expect('pattern' in week && formatWeek(week.pattern)).toBe('Mon-Wed Sat Sun 09:00-17:00; Thu 08:00-12:00');
    expect(weekOf('Mon-Fri 17:00-09:00')).toEqual({ problem: expect.stringMatching(/ends before it starts/) });
    expect(weekOf('Mon 09:00-12:00; Mon 13:00-17:00')).toEqual({ problem: 'Mon is given twice.' });
    expect(weekOf('all week')).toEqual({ problem: expect.stringMatching(/Mon-Fri 08:30-16:30/) });
  });

  it('RRULEs people write, only weekly and monthly, back in the same words', () => {
    expect(ruleFromRRuleText('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toEqual({ kind: 'weekly', interval: 2, weekdays: [2] });
    expect(ruleFromRRuleText('freq=monthly;byday=-1fr')).toEqual({ kind: 'monthlyByWeekday', interval: 1, weekday: 5, nth: -1 });
    expect(ruleFromRRuleText('FREQ=DAILY')).toBeNull();
    expect(ruleFromRRuleText('FREQ=MONTHLY;BYDAY=MO')).toBeNull();
    expect(ruleFromRRuleText('FREQ=WEEKLY;UNTIL=20250101T000000Z;BYDAY=MO')).toBeNull();
    expect(ruleFromRRuleText('nonsense')).toBeNull();
    expect(rruleText({ kind: 'monthlyByDay', interval: 1, monthDay: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });
});

describe('matching columns', () => {
  it('finds columns by label, key or a common name, and keeps a remembered choice', () => {
    const header = ['Employee', 'Inits', 'Job title', 'Shoe size'];
    expect(guessMapping('staff', header)).toEqual({ name: 'Employee', role: 'Job title' }); // "Inits" is not a name it knows
    const mapping = guessMapping('staff', header, { initials: 'Inits', name: 'Employee' });
    expect(mapping).toEqual({ name: 'Employee', initials: 'Inits', role: 'Job title' });
    expect(mappingProblems('staff', header, mapping)).toEqual([]);
    expect(unusedColumns(header, mapping)).toEqual(['Shoe size']);
    expect(mappingProblems('staff', header, { name: 'Employee', initials: 'Employee' })).toEqual([
      'The column “Employee” is chosen for both Name and Initials; choose one column each.',
      'No column is chosen for Role, which every row needs.',
    ]);
  });
});

describe('a large file in the preview', () => {
  it('checks 10,000 rows quickly and names the problem rows', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Person ${i},${i === 5000 ? 'P1' : 'P'},${i === 9000 ? 'Chef' : 'Case manager'}`);
    const table = parseCsvText(`Name,Initials,Role\n${lines.join('\n')}`);
    if (!table.ok) throw new Error(table.message);
    const started = performance.now();
    const plan = planStaffImport(mapRows(table, guessMapping('staff', table.header)), [] as { staff: Staff; pattern: [] }[]);
    const ms = performance.now() - started;
    console.log(`planning 10,000 staff rows: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(2000);
    expect(plan.problems.find((p) => p.row === 5002)?.message).toMatch(/initials “P1” must be 1 to 4 letters/);
    expect(plan.problems.find((p) => p.row === 9002)?.message).toMatch(/role “Chef”/);
  });

  it('an import request stays under the host’s body limit', () => {
    expect(IMPORT_MAX_BYTES).toBeLessThan(MAX_BODY_BYTES);
  });
});

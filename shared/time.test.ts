import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, daysFromTo, weekdayOf } from './time';

describe('calendar days without a time zone', () => {
  it('addDays, daysFromTo and weekdayOf agree with luxon on every day from 2015 to 2031, across leap days, month ends and DST nights', () => {
    for (let day = '2015-01-01'; day < '2032-01-01'; day = addDays(day, 1)) {
      const luxon = DateTime.fromISO(day);
      expect(weekdayOf(day)).toBe(luxon.weekday);
      for (const n of [-400, -1, 29, 366]) {
        expect(addDays(day, n)).toBe(luxon.plus({ days: n }).toISODate());
        expect(daysFromTo(day, addDays(day, n))).toBe(n);
      }
    }
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02'); // the autumn night in New York
    expect(weekdayOf('2026-11-29')).toBe(7); // a Sunday
  });
});

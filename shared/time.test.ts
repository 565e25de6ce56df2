import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysFromTo, weekdayOf } from './time';

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

describe('addMonths', () => {
  it('agrees with luxon (the day clamped to the month end) on any date and any number of months', () => {
    const day = fc.date({ min: new Date('0200-01-01T00:00:00Z'), max: new Date('9800-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        expect(addMonths(d, n)).toBe(DateTime.fromISO(d, { zone: 'utc' }).plus({ months: n }).toISODate());
      }),
      { numRuns: 2000 },
    );
  });

  it('clamps to the month end and crosses years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

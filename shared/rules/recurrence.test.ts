import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecurrenceRule } from '../schedule';
import { addDays } from '../time';
import { describeRule, fromRRule, nextOccurrence, occurrencesBetween, occursOn, occursOnByRRule, toRRule } from './recurrence';

describe('recurrence rules as RRULEs', () => {
  it('weekly on Mon/Wed/Fri', () => {
    const r = toRRule({ kind: 'weekly', interval: 1, weekdays: [1, 3, 5] }, '2026-11-02', null);
    expect(r).toMatch(/^DTSTART:20261102T000000Z\nRRULE:.*FREQ=WEEKLY/);
    expect(r).toContain('BYDAY=MO,WE,FR');
    expect(occurrencesBetween(r, '2026-11-23', '2026-11-29')).toEqual(['2026-11-23', '2026-11-25', '2026-11-27']);
    expect(fromRRule(r)).toEqual({ kind: 'weekly', interval: 1, weekdays: [1, 3, 5] });
    expect(describeRule(fromRRule(r))).toBe('Weekly: Mon, Wed, Fri');
  });

  it('every two weeks on Thursday, counted from the start date', () => {
    const r = toRRule({ kind: 'weekly', interval: 2, weekdays: [4] }, '2026-11-05', null);
    expect(occursOn(r, '2026-11-19')).toBe(true);
    expect(occursOn(r, '2026-11-26')).toBe(false);
    expect(describeRule(fromRRule(r))).toBe('Every 2 weeks: Thu');
  });

  it('monthly by day and by nth weekday, with an end date', () => {
    const byDay = toRRule({ kind: 'monthlyByDay', interval: 1, monthDay: 15 }, '2026-01-01', '2026-03-31');
    expect(occurrencesBetween(byDay, '2026-01-01', '2026-12-31')).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    const second = toRRule({ kind: 'monthlyByWeekday', interval: 1, weekday: 2, nth: 2 }, '2026-01-01', null);
    expect(occurrencesBetween(second, '2026-01-01', '2026-03-31')).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
    expect(fromRRule(second)).toEqual({ kind: 'monthlyByWeekday', interval: 1, weekday: 2, nth: 2 });
    expect(describeRule(fromRRule(second))).toBe('2nd Tue, every month');
    const last = toRRule({ kind: 'monthlyByDay', interval: 1, monthDay: -1 }, '2026-02-01', null);
    expect(nextOccurrence(last, '2026-02-01')).toBe('2026-02-28');
  });

  it('dates stay on their day across the DST changes (floating dates)', () => {
    const r = toRRule({ kind: 'weekly', interval: 1, weekdays: [7] }, '2026-01-04', null);
    expect(occursOn(r, '2026-03-08')).toBe(true); // spring forward in the US
    expect(occursOn(r, '2026-11-01')).toBe(true); // fall back
    expect(occursOn(r, '2026-11-02')).toBe(false);
  });

  it('a rule that never falls in its dates has no occurrences', () => {
    const r = toRRule({ kind: 'monthlyByDay', interval: 1, monthDay: 31 }, '2026-04-01', '2026-04-30');
    expect(occurrencesBetween(r, '2026-04-01', '2026-04-30')).toEqual([]);
  });
});

describe('the fast occurrence test agrees with rrule', () => {
  it('for random weekly and monthly rules and days', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            kind: fc.constant('weekly' as const),
            interval: fc.integer({ min: 1, max: 5 }),
            weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
          }),
          fc.record({ kind: fc.constant('monthlyByDay' as const), interval: fc.integer({ min: 1, max: 3 }), monthDay: fc.integer({ min: 1, max: 31 }) }),
        ),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        (rule, startOffset, dayOffset, endOffset) => {
          const startsOn = addDays('2025-01-01', startOffset);
          const rrule = toRRule(rule as RecurrenceRule, startsOn, endOffset === null ? null : addDays(startsOn, endOffset));
          const day = addDays(startsOn, dayOffset - 30);
          expect(occursOn(rrule, day)).toBe(occursOnByRRule(rrule, day));
        },
      ),
      { numRuns: 500 },
    );
  });
});

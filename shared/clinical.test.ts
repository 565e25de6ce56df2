import { describe, expect, it } from 'vitest';
import { injectionDue, injectionInterval, psychDue, windowProblem } from './clinical';

describe('the psychiatric visit due date (MD board)', () => {
  it('is the last visit plus the team interval; overdue counts the days after it', () => {
    expect(psychDue('2026-11-02', 4, '2026-11-30')).toEqual({ last: '2026-11-02', nextDue: '2026-11-30', daysOverdue: 0, overLimit: false });
    expect(psychDue('2026-11-02', 4, '2026-12-01').daysOverdue).toBe(1);
    expect(psychDue('2026-11-02', 1, '2026-11-09').nextDue).toBe('2026-11-09');
    expect(psychDue('2026-11-02', 6, '2026-11-09').nextDue).toBe('2026-12-14');
  });

  it('crosses a change of the clocks by calendar days (DST in March and November)', () => {
    expect(psychDue('2026-03-02', 1, '2026-03-02').nextDue).toBe('2026-03-09');
    expect(psychDue('2026-10-26', 2, '2026-10-26').nextDue).toBe('2026-11-09');
    expect(psychDue('2026-03-02', 1, '2026-03-10').daysOverdue).toBe(1);
  });

  it('flags more than three months: three months exactly is within, the day after is not', () => {
    expect(psychDue('2026-01-15', 4, '2026-04-15').overLimit).toBe(false);
    expect(psychDue('2026-01-15', 4, '2026-04-16').overLimit).toBe(true);
    // From the 30th of November, three months is the end of February.
    expect(psychDue('2026-11-30', 4, '2027-02-28').overLimit).toBe(false);
    expect(psychDue('2026-11-30', 4, '2027-03-01').overLimit).toBe(true);
  });

  it('a client never seen has no due date and the hard flag', () => {
    expect(psychDue(null, 4, '2026-11-30')).toEqual({ last: null, nextDue: null, daysOverdue: 0, overLimit: true });
  });
});

describe('the injection schedule', () => {
  const fortnightly = injectionInterval({ kind: 'weekly', interval: 2, weekdays: [3] });
  const monthly = injectionInterval({ kind: 'monthlyByDay', interval: 1, monthDay: 31 });

  it('takes the interval from the schedule item', () => {
    expect(fortnightly).toEqual({ unit: 'days', n: 14 });
    expect(monthly).toEqual({ unit: 'months', n: 1 });
  });

  it('is due within the window either side of last given plus the interval; overdue the day after it closes', () => {
    const at = (today: string) => injectionDue('2026-11-04', fortnightly, 3, today);
    expect(at('2026-11-15')).toMatchObject({ nextDue: '2026-11-18', windowFrom: '2026-11-15', windowTo: '2026-11-21', state: 'due' });
    expect(at('2026-11-14').state).toBe('later');
    expect(at('2026-11-21').state).toBe('due');
    expect(at('2026-11-22').state).toBe('overdue');
  });

  it('adds calendar months: from the 31st of January the next is due at the end of February', () => {
    expect(injectionDue('2026-01-31', monthly, 0, '2026-02-01')).toMatchObject({ nextDue: '2026-02-28', state: 'later' });
  });

  it('has no due date before the first one is given', () => {
    expect(injectionDue(null, fortnightly, 3, '2026-11-30').state).toBe('not_given');
  });

  it('refuses a window as wide as the interval', () => {
    expect(windowProblem(6, fortnightly)).toBeNull();
    expect(windowProblem(7, fortnightly)).toMatch(/±7 days is as wide as an injection given every 14 days/);
  });
});

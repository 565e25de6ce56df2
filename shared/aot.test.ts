import { describe, expect, it } from 'vitest';
import { aotDatesProblem, aotDue } from './aot';

const order = { startsOn: '2026-06-01', expiresOn: '2026-12-23', reportEveryDays: 30, lastReportOn: null };

describe('AOT orders (issue 14)', () => {
  it('lists an order expiring within 30 days: day 30 in, day 31 out, and an expired one as expired', () => {
    expect(aotDue(order, '2026-11-23')).toMatchObject({ daysToExpiry: 30, expiringSoon: true, expired: false });
    expect(aotDue(order, '2026-11-22')).toMatchObject({ daysToExpiry: 31, expiringSoon: false });
    expect(aotDue(order, '2026-12-23')).toMatchObject({ daysToExpiry: 0, expiringSoon: true, expired: false });
    expect(aotDue(order, '2026-12-24')).toMatchObject({ expiringSoon: false, expired: true });
  });

  it('the next report is due an interval after the last one (or the start); listed within 7 days', () => {
    expect(aotDue(order, '2026-06-20').nextReportDue).toBe('2026-07-01');
    const sent = { ...order, lastReportOn: '2026-11-10' };
    expect(aotDue(sent, '2026-12-03')).toMatchObject({ nextReportDue: '2026-12-10', reportDueSoon: true, reportOverdue: false });
    expect(aotDue(sent, '2026-12-02').reportDueSoon).toBe(false);
    expect(aotDue(sent, '2026-12-11')).toMatchObject({ reportDueSoon: true, reportOverdue: true });
  });

  it('counts days across a change of the clocks (1 November 2026)', () => {
    expect(aotDue({ ...order, expiresOn: '2026-11-30' }, '2026-10-31').daysToExpiry).toBe(30);
  });

  it('an order that expires before it starts is refused in plain words', () => {
    expect(aotDatesProblem('2026-06-01', '2026-05-31')).toBe('The order expires (Sun 31 May 2026) before it starts (Mon 1 Jun 2026): check both dates.');
    expect(aotDatesProblem('2026-06-01', '2026-06-01')).toBeNull();
  });
});

import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { setClockFormat, showClock, showClockText, showTime } from './clock';

describe('times as the team reads them', () => {
  afterEach(() => setClockFormat('24h'));

  it('24-hour by default', () => {
    expect([0, 9 * 60 + 5, 14 * 60 + 30, 24 * 60].map(showClock)).toEqual(['00:00', '09:05', '14:30', '24:00']);
  });

  it('12-hour when the team chooses it, midnight and noon as 12', () => {
    setClockFormat('12h');
    expect([0, 9 * 60 + 5, 12 * 60, 14 * 60 + 30, 24 * 60].map(showClock)).toEqual(['12:00 AM', '9:05 AM', '12:00 PM', '2:30 PM', '12:00 AM']);
    const t = DateTime.fromISO('2026-11-30T16:45:00', { zone: 'America/New_York' });
    expect(showTime(t, 'ccc d LLL, {time}')).toBe('Mon 30 Nov, 4:45 PM');
  });

  it("a reason the host stored with 24-hour times reads in the team's clock", () => {
    const reason = 'Every RN / LPN on shift is busy at 16:00 (after 09:05)';
    expect(showClockText(reason)).toBe(reason);
    setClockFormat('12h');
    expect(showClockText(reason)).toBe('Every RN / LPN on shift is busy at 4:00 PM (after 9:05 AM)');
  });
});

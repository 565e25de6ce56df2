import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../meeting';
import {
  clientTimer,
  formatSeconds,
  initialsOf,
  meetingTargetSeconds,
  meetingTimer,
  meetingWeeks,
  nextFocus,
  orderRoster,
  os3Rating,
  previousFocus,
} from './meeting';

const c = (id: number, preferredName: string, extra: Partial<Parameters<typeof orderRoster>[0][number]> = {}) => ({
  id,
  name: `${preferredName} Person`,
  preferredName,
  status: 'active' as const,
  acuity: 'routine' as const,
  meetingPosition: null,
  ...extra,
});

describe('roster order', () => {
  const clients = [
    c(1, 'Zed'),
    c(2, 'Amy', { acuity: 'watch' }),
    c(3, 'Bo', { status: 'incarcerated' }),
    c(4, 'Cy', { acuity: 'high_risk', meetingPosition: 2 }),
    c(5, 'Di', { status: 'hospitalized', meetingPosition: 1 }),
    c(6, 'Ed', { status: 'discharged' }),
  ];
  it('alphabetical by preferred name, leaving discharged clients out', () => {
    expect(orderRoster(clients, 'alphabetical').map((x) => x.preferredName)).toEqual(['Amy', 'Bo', 'Cy', 'Di', 'Zed']);
  });
  it('status first: hospital, jail, high risk, watch, then the rest', () => {
    expect(orderRoster(clients, 'status').map((x) => x.preferredName)).toEqual(['Di', 'Bo', 'Cy', 'Amy', 'Zed']);
  });
  it('custom: saved positions first, then new clients by name', () => {
    expect(orderRoster(clients, 'custom').map((x) => x.preferredName)).toEqual(['Di', 'Cy', 'Amy', 'Bo', 'Zed']);
  });
});

describe('the walk', () => {
  const walk = (states: ReviewState[]) => states.map((state, i) => ({ clientId: i + 1, state }));
  it('goes to the next client not yet seen', () => {
    expect(nextFocus(walk(['reviewed', 'pending', 'pending']), 1)).toBe(2);
    expect(nextFocus(walk(['pending', 'pending']), null)).toBe(1);
  });
  it('brings parked clients back when the roster is done, then skipped ones, then ends', () => {
    expect(nextFocus(walk(['reviewed', 'parked', 'reviewed']), 3)).toBe(2);
    expect(nextFocus(walk(['pending', 'reviewed', 'reviewed']), 3)).toBe(1);
    expect(nextFocus(walk(['reviewed', 'reviewed', 'reviewed']), 3)).toBeNull();
    // A client just parked does not come straight back.
    expect(nextFocus(walk(['reviewed', 'reviewed', 'parked']), 3)).toBeNull();
  });
  it('goes back one in walk order, and from the end to the last client', () => {
    expect(previousFocus(walk(['reviewed', 'pending']), 2)).toBe(1);
    expect(previousFocus(walk(['reviewed', 'pending']), 1)).toBe(1);
    expect(previousFocus(walk(['reviewed', 'reviewed']), null)).toBe(2);
  });
});

describe('timers with a fake clock', () => {
  const start = '2026-11-23T14:00:00.000Z';
  const at = (seconds: number) => new Date(Date.parse(start) + seconds * 1000);
  it("counts the focused client from its saved time, over target after the team's minutes per client", () => {
    expect(clientTimer(0, start, at(59), 1)).toEqual({ seconds: 59, target: 60, over: false });
    expect(clientTimer(20, start, at(45), 1)).toEqual({ seconds: 65, target: 60, over: true });
    expect(clientTimer(20, start, at(45), 1.5)).toEqual({ seconds: 65, target: 90, over: false });
    expect(clientTimer(30, null, at(500), 1).seconds).toBe(30);
  });
  it('never shows negative time when a clock is set back', () => {
    expect(clientTimer(0, start, at(-30), 1).seconds).toBe(0);
  });
  it('runs the meeting clock until it ends, against a minute per client on the roster (not a fixed hour)', () => {
    expect(meetingTargetSeconds(59, 1)).toBe(59 * 60);
    expect(meetingTargetSeconds(30, 0.5)).toBe(15 * 60);
    expect(meetingTargetSeconds(12, 2.5)).toBe(30 * 60);
    const target = meetingTargetSeconds(40, 1);
    expect(meetingTimer(start, null, at(2399), target).over).toBe(false);
    expect(meetingTimer(start, null, at(2401), target)).toEqual({ seconds: 2401, target: 2400, over: true });
    expect(meetingTimer(start, at(1800).toISOString(), at(9000), target).seconds).toBe(1800);
  });
  it('formats minutes and hours', () => {
    expect(formatSeconds(7)).toBe('0:07');
    expect(formatSeconds(247)).toBe('4:07');
    expect(formatSeconds(3750)).toBe('1:02:30');
  });
});

describe('TMACT OS3 figures', () => {
  it('rates a week by meeting days and full attendance', () => {
    expect(os3Rating(5, 5)).toBe(5);
    expect(os3Rating(5, 2)).toBe(4);
    expect(os3Rating(4, 4)).toBe(4);
    expect(os3Rating(4, 3)).toBe(3);
    expect(os3Rating(3, 0)).toBe(3);
    expect(os3Rating(2, 2)).toBe(2);
    expect(os3Rating(1, 1)).toBe(1);
  });
  it('counts a day once, with full attendance when any of its meetings had it', () => {
    const weeks = meetingWeeks(
      [
        { day: '2026-11-16', fullAttendance: false, reviewed: 30 },
        { day: '2026-11-16', fullAttendance: true, reviewed: 2 },
        { day: '2026-11-17', fullAttendance: false, reviewed: 41 },
        { day: '2026-11-23', fullAttendance: true, reviewed: 12 },
      ],
      ['2026-11-16', '2026-11-23'],
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-16', meetingDays: 2, fullAttendanceDays: 1, os3: 2 },
      { weekStart: '2026-11-23', meetingDays: 1, fullAttendanceDays: 1, os3: 1 },
    ]);
  });
  it('does not count a meeting at which no client was reviewed (OS3: a review of each client)', () => {
    const weeks = meetingWeeks(
      [
        { day: '2026-11-16', fullAttendance: true, reviewed: 0 },
        { day: '2026-11-17', fullAttendance: true, reviewed: 0 },
        { day: '2026-11-17', fullAttendance: false, reviewed: 20 },
      ],
      ['2026-11-16'],
    );
    expect(weeks).toEqual([{ weekStart: '2026-11-16', meetingDays: 1, fullAttendanceDays: 0, os3: 1 }]);
  });
});

it('privacy initials', () => {
  expect(initialsOf('Alex Abernathy')).toBe('A. A.');
  expect(initialsOf("Zoë O'Neil-Smith")).toBe('Z. O.');
  expect(initialsOf('  ')).toBe('?');
});

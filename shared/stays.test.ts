import { describe, expect, it } from 'vitest';
import { type Stay, daysIn, followUpDueOn, followUpFlag, openStayFlags, os11Rating, stayFigures } from './stays';
import { addDays, todayIn } from './time';

const ZONE = 'America/New_York';
/** Today in New York at a fixed instant (the clocks change on 2026-11-01 and 2027-03-14). */
const at = (iso: string) => todayIn(ZONE, new Date(iso));
const stay = (o: Partial<Stay> = {}) =>
  ({ log: 'hospital', admittedOn: '2026-08-03', dischargedOn: null, legalUntil: null, legalStatus: null, ...o }) as Stay;
const kinds = (o: { stay?: Partial<Stay>; today: string; lastVisit?: string | null; gap?: number; court?: string[] }) =>
  openStayFlags({
    // Admitted a few days before unless the test says otherwise (only the 90-day test needs a long stay).
    stay: stay({ admittedOn: addDays(o.today, -5), ...o.stay }),
    today: o.today,
    lastVisit: o.lastVisit === undefined ? o.today : o.lastVisit,
    visitGapDays: o.gap ?? 1,
    visitPlannedToday: false,
    courtDates: o.court ?? [],
  }).map((f) => f.kind);

describe('stay flags at their boundaries, in the team zone across a DST change', () => {
  it('counts day 89 and 90 at the fall change (2026-11-01) and the spring change (2027-03-14)', () => {
    expect(at('2026-11-01T03:30:00Z')).toBe('2026-10-31'); // 23:30 EDT
    const summer = { admittedOn: '2026-08-03' };
    expect(kinds({ stay: summer, today: at('2026-11-01T03:30:00Z') })).toEqual([]);
    expect(daysIn(stay(summer), at('2026-11-01T03:30:00Z'))).toBe(89);
    expect(kinds({ stay: summer, today: at('2026-11-01T04:30:00Z') })).toEqual(['consider_discharge']);
    const winter = { admittedOn: '2026-12-14' };
    expect(kinds({ stay: winter, today: at('2027-03-14T04:59:00Z') })).toEqual([]); // 23:59 EST on the 13th: day 89
    expect(kinds({ stay: winter, today: at('2027-03-14T05:00:00Z') })).toEqual(['consider_discharge']); // midnight: day 90
    expect(daysIn(stay(winter), at('2027-03-14T12:00:00Z'))).toBe(90);
  });

  it('flags no visit at a gap of N days, not N-1', () => {
    expect(kinds({ lastVisit: '2026-10-29', gap: 3, today: at('2026-11-01T03:59:00Z') })).toEqual([]); // still the 31st
    expect(kinds({ lastVisit: '2026-10-29', gap: 3, today: at('2026-11-01T04:00:00Z') })).toEqual(['no_visit']);
    expect(kinds({ lastVisit: '2027-03-13', gap: 1, today: at('2027-03-14T04:59:00Z') })).toEqual([]);
    expect(kinds({ lastVisit: '2027-03-13', gap: 1, today: at('2027-03-14T05:00:00Z') })).toEqual(['no_visit']);
    // Before the first visit the gap counts from the admission.
    expect(kinds({ stay: { admittedOn: '2027-03-13' }, lastVisit: null, today: '2027-03-13' })).toEqual([]);
    expect(kinds({ stay: { admittedOn: '2027-03-13' }, lastVisit: null, today: '2027-03-14' })).toEqual(['no_visit']);
    const planned = openStayFlags({ stay: stay({ admittedOn: '2027-03-01' }), today: '2027-03-14', lastVisit: '2027-03-10', visitGapDays: 1, visitPlannedToday: true, courtDates: [] });
    expect(planned).toEqual([]);
  });

  it('flags a court date 7 days away, not 8', () => {
    const today = at('2027-03-07T12:00:00Z');
    expect(kinds({ today, court: ['2027-03-14'] })).toEqual(['court_soon']);
    expect(kinds({ today, court: ['2027-03-15'] })).toEqual([]);
    expect(kinds({ today, court: ['2027-03-06'] })).toEqual([]); // passed
    expect(kinds({ today: at('2026-10-25T12:00:00Z'), court: ['2026-11-01'] })).toEqual(['court_soon']);
    expect(kinds({ today: at('2026-10-25T03:59:00Z'), court: ['2026-11-01'] })).toEqual([]); // still the 24th: 8 days
  });

  it('flags a legal status expiring 7 days away (or expired), not 8', () => {
    const today = '2026-10-25';
    expect(kinds({ today, stay: { legalUntil: '2026-11-01' } })).toEqual(['legal_expiring']);
    expect(kinds({ today, stay: { legalUntil: '2026-11-02' } })).toEqual([]);
    expect(kinds({ today, stay: { legalUntil: '2026-10-20' } })).toEqual(['legal_expiring']);
  });

  it('flags a follow-up not done by its due date, the day after it', () => {
    const closed = { dischargedOn: '2026-10-29', followUpDue: followUpDueOn('2026-10-29', 3) };
    expect(closed.followUpDue).toBe('2026-11-01');
    expect(followUpFlag(closed, at('2026-11-02T03:59:00Z'), null)).toBeNull(); // 23:59 EST on the due day
    expect(followUpFlag(closed, at('2026-11-02T05:00:00Z'), null)?.kind).toBe('follow_up_overdue');
    expect(followUpFlag(closed, '2026-11-02', '2026-11-01')).toBeNull();
    expect(followUpFlag(closed, '2026-11-02', '2026-11-02')?.kind).toBe('follow_up_overdue'); // seen, but late
    expect(followUpDueOn('2026-10-29', 12)).toBe('2026-11-05'); // never past 7 days
  });
});

describe('TMACT OS11', () => {
  it('rates each anchor boundary', () => {
    expect([os11Rating(0, 1), os11Rating(14, 100), os11Rating(15, 100)]).toEqual([1, 1, 2]);
    expect([os11Rating(44, 100), os11Rating(9, 20), os11Rating(69, 100), os11Rating(7, 10)]).toEqual([2, 3, 3, 4]);
    expect([os11Rating(89, 100), os11Rating(9, 10), os11Rating(1, 1)]).toEqual([4, 5, 5]);
  });

  it('rates hand-made stays: psychiatric admissions and discharges the team took part in', () => {
    const s = (admittedOn: string, dischargedOn: string | null, a: boolean, d: boolean, kind: Stay['kind'] = 'psychiatric', clientId = 1) => ({
      clientId, log: kind === 'jail' ? ('jail' as const) : ('hospital' as const), kind, admittedOn, dischargedOn, teamInAdmission: a, teamInDischarge: d,
    });
    const stays = [
      s('2026-01-05', '2026-01-15', true, true),
      s('2026-02-01', '2026-02-11', true, false), // readmitted 17 days after
      s('2026-03-01', null, false, false, 'psychiatric', 2),
      s('2026-03-02', '2026-03-02', false, false, 'emergency', 3),
      s('2026-03-03', '2026-03-20', false, false, 'jail', 4),
      s('2026-03-04', '2026-03-08', false, false, 'medical', 5), // not rated by OS11
    ];
    const f = stayFigures(stays, '2026-01-01', '2026-03-31');
    // Admissions 4 (3 psychiatric + 1 medical); OS11: 3 admissions + 2 discharges, 3 with the team = 60%.
    expect(f).toMatchObject({ admissions: 4, discharges: 3, os11Events: 5, os11Involved: 3, os11Share: 0.6, os11Rating: 3, readmissions30: 1, emergencyVisits: 1, jailBookings: 1, jailReleases: 1 });
    expect(f.averageLengthOfStay).toBe(8); // (10 + 10 + 4) / 3
    expect(stayFigures([], '2026-01-01', '2026-03-31')).toMatchObject({ os11Rating: null, averageLengthOfStay: null });
  });
});

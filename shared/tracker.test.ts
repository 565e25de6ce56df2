import { describe, expect, it } from 'vitest';
import { type TrackerEntry, daysCountedIn, monthSpan, trackerTotals } from './tracker';

let nextId = 1;
const entry = (over: Partial<TrackerEntry>): TrackerEntry => ({
  contactId: nextId++,
  day: '2026-02-02',
  startMinute: 600,
  endMinute: 630,
  status: 'done',
  kind: 'face_to_face',
  collateralWith: null,
  location: 'community',
  intervention: 'housing',
  staffName: 'Cam Manager',
  byPrescriber: false,
  note: '',
  nextPlan: '',
  ...over,
});

describe('the monthly tracker totals', () => {
  it('counts a hand-made February: kinds, attempts, minutes, weeks and the community share', () => {
    const entries = [
      entry({ endMinute: 660 }), // 60 min face to face, community
      entry({ location: 'office' }), // 30 min face to face, office
      entry({ byPrescriber: true, location: 'office', endMinute: 645 }), // 45 min, the psychiatrist's: not in the share
      entry({ kind: 'phone', location: 'phone', endMinute: 615 }), // 15 min
      entry({ kind: 'collateral', collateralWith: 'family', location: 'office' }), // 30 min
      entry({ status: 'attempted' }), // not counted in minutes
      entry({ status: 'attempted', kind: 'phone', location: 'phone' }),
    ];
    const t = trackerTotals(entries, 28);
    expect(t).toMatchObject({ done: 5, attempted: 2, faceToFace: 3, collateral: 1, countedForRate: 5, rate: 'partial', minutes: 180, weeks: 4 });
    expect(t.faceToFacePerWeek).toBe(0.75);
    expect(t.hoursPerWeek).toBe(0.75);
    expect(t.communityShare).toBe(0.5); // 1 of the 2 face-to-face contacts by the rest of the team
  });

  it('counts at most three collateral contacts toward the rate: 3 direct + 5 collateral is 6, the full rate', () => {
    const entries = [
      ...Array.from({ length: 3 }, () => entry({})),
      ...Array.from({ length: 5 }, () => entry({ kind: 'collateral', collateralWith: 'provider', location: 'office' })),
    ];
    expect(trackerTotals(entries, 30)).toMatchObject({ done: 8, collateral: 5, countedForRate: 6, rate: 'full' });
    expect(trackerTotals(entries.slice(0, 2), 30)).toMatchObject({ countedForRate: 2, rate: 'partial' });
    expect(trackerTotals(entries.slice(0, 1), 30)).toMatchObject({ countedForRate: 1, rate: 'none' });
    expect(trackerTotals(entries.slice(3), 30)).toMatchObject({ countedForRate: 3, rate: 'partial' });
  });

  it('has no community share without face-to-face contacts, and no division by zero in an empty month', () => {
    const t = trackerTotals([], 0);
    expect(t).toMatchObject({ done: 0, minutes: 0, faceToFacePerWeek: 0, hoursPerWeek: 0, communityShare: null });
  });

  it('takes the averages over the days of the month begun so far', () => {
    expect(monthSpan('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(daysCountedIn('2026-02', '2026-03-15')).toBe(28);
    expect(daysCountedIn('2026-03', '2026-03-15')).toBe(15);
    expect(daysCountedIn('2026-03', '2026-03-01')).toBe(1);
    expect(daysCountedIn('2026-04', '2026-03-31')).toBe(0);
    // 3 face-to-face contacts in the first 7 days: on target
    expect(trackerTotals([entry({}), entry({}), entry({})], daysCountedIn('2026-03', '2026-03-07')).faceToFacePerWeek).toBe(3);
  });
});

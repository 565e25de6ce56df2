import { describe, expect, it } from 'vitest';
import { type GapTarget, startForGap } from './drop-slot';

const gap = (o: Partial<GapTarget>): GapTarget => ({
  staffId: 1, afterEnd: null, afterLocation: null, beforeStart: null, beforeLocation: null, shift: { start: 8 * 60, end: 16 * 60 }, ...o,
});
const visit = { start: 14 * 60, duration: 30, location: 'community' as const };

describe('where a drop into a gap between cards puts the contact', () => {
  it('after the card above and the travel time, when the move needs travel', () => {
    expect(startForGap(gap({ afterEnd: 9 * 60 + 32, afterLocation: 'community' }), visit, 15)).toBe(9 * 60 + 50); // 09:47 rounded up
    expect(startForGap(gap({ afterEnd: 9 * 60 + 30, afterLocation: 'office' }), visit, 15)).toBe(9 * 60 + 45); // one of the two is in the community
    expect(startForGap(gap({ afterEnd: 9 * 60 + 30, afterLocation: 'office' }), { ...visit, location: 'phone' }, 15)).toBe(9 * 60 + 30); // no travel
  });

  it('at the top of a column: ending the travel time before the card below', () => {
    expect(startForGap(gap({ beforeStart: 11 * 60, beforeLocation: 'community' }), visit, 15)).toBe(10 * 60 + 15);
  });

  it('in an empty column: keeps its time', () => {
    expect(startForGap(gap({}), visit, 15)).toBe(14 * 60);
  });

  it('stays inside the shift of the column (the keyboard picks slots at either end)', () => {
    expect(startForGap(gap({ beforeStart: 8 * 60 + 10, beforeLocation: 'community' }), visit, 15)).toBe(8 * 60);
    expect(startForGap(gap({ afterEnd: 15 * 60 + 50, afterLocation: 'community' }), visit, 15)).toBe(15 * 60 + 30);
    expect(startForGap(gap({}), { ...visit, start: 18 * 60 }, 15)).toBe(15 * 60 + 30);
    expect(startForGap(gap({ shift: null, afterEnd: 15 * 60 + 50, afterLocation: 'community' }), visit, 15)).toBe(16 * 60 + 5); // Unassigned: no shift
  });
});

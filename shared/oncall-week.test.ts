import { describe, expect, it } from 'vitest';
import { rotaWeek, rotaWeekRange } from './oncall-week';
import type { Segment } from './oncall';

const seg = (staffId: number | null, start: string, end: string): Segment => ({ roleId: 1, staffId, start, end, overrideId: null });

describe("this week's rota", () => {
  const segments = [
    seg(1, '2026-11-23T17:00:00.000Z', '2026-11-30T17:00:00.000Z'),
    seg(2, '2026-11-30T17:00:00.000Z', '2026-12-07T05:00:00.000Z'),
    seg(null, '2026-12-07T05:00:00.000Z', '2026-12-08T17:00:00.000Z'),
    seg(3, '2026-12-08T17:00:00.000Z', '2026-12-14T05:00:00.000Z'),
  ];
  const to = '2026-12-14T05:00:00.000Z';

  it('lists the stretch held now first, then those starting within 7 days, a gap included; a stretch cut by the timeline has no end', () => {
    const now = Date.parse('2026-11-30T10:00:00.000Z');
    expect(rotaWeek(segments, to, now)).toEqual([
      { staffId: 1, start: segments[0]!.start, end: segments[0]!.end, now: true },
      { staffId: 2, start: segments[1]!.start, end: segments[1]!.end, now: false },
      { staffId: null, start: segments[2]!.start, end: segments[2]!.end, now: false },
    ]);
    expect(rotaWeek(segments, to, Date.parse('2026-12-08T18:00:00.000Z'))).toEqual([{ staffId: 3, start: segments[3]!.start, end: null, now: true }]);
  });

  it('asks the timeline for a week beyond the week shown', () => {
    expect(rotaWeekRange('2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-12-14' });
  });
});

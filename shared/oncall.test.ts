import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type Override,
  type Rotation,
  type Segment,
  fairness,
  gaps,
  holderAt,
  longRuns,
  merged,
  nightsOf,
  segmentsBetween,
  turnsBetween,
} from './oncall';
import { addDays } from './time';

const NY = 'America/New_York';
const at = (local: string) => DateTime.fromISO(local, { zone: NY }).toUTC().toISO()!;
const local = (utc: string) => DateTime.fromISO(utc).setZone(NY).toFormat("yyyy-MM-dd'T'HH:mm");
const H = (h: number) => h * 60;
/** 17:00 on weekdays, 09:00 at weekends. */
const HANDOFF = [H(17), H(17), H(17), H(17), H(17), H(9), H(9)];
const member = (staffId: number) => ({ staffId, fromDay: null, outFrom: null, outTo: null });

function rotation(partial: Partial<Rotation> = {}): Rotation {
  return { roleId: 1, startDay: '2026-10-05', turnDays: 7, handoff: HANDOFF, members: [1, 2, 3].map(member), version: 0, ...partial };
}

/** Each segment starts where the one before ended, from `from` to `to`, and nobody's is empty. */
function expectSeamless(segments: Segment[], from: string, to: string) {
  expect(segments[0]!.start).toBe(from);
  expect(segments[segments.length - 1]!.end).toBe(to);
  for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
  for (const s of segments) expect(Date.parse(s.end)).toBeGreaterThan(Date.parse(s.start));
}

describe('turns by calendar date and wall clock', () => {
  it('a weekly turn across the autumn night (2026-11-01) hands off at 17:00 local both sides, 169 hours apart', () => {
    const r = rotation({ startDay: '2026-10-26' }); // Mondays
    const turns = turnsBetween(r, at('2026-10-26T17:00'), at('2026-11-10T00:00'), NY);
    expect(turns.map((t) => local(t.start))).toEqual(['2026-10-26T17:00', '2026-11-02T17:00', '2026-11-09T17:00']);
    expect((Date.parse(turns[0]!.end) - Date.parse(turns[0]!.start)) / 3600_000).toBe(169);
    expect(turns.map((t) => t.staffId)).toEqual([1, 2, 3]);
  });

  it('a weekly turn across the spring night (2027-03-14) is 167 hours, still 17:00 to 17:00', () => {
    const r = rotation({ startDay: '2027-03-08' });
    const [t] = turnsBetween(r, at('2027-03-08T17:00'), at('2027-03-09T00:00'), NY);
    expect(local(t!.start)).toBe('2027-03-08T17:00');
    expect(local(t!.end)).toBe('2027-03-15T17:00');
    expect((Date.parse(t!.end) - Date.parse(t!.start)) / 3600_000).toBe(167);
  });

  it('daily turns hand off at each weekday’s own time across both DST nights: no gap, no double cover', () => {
    for (const [from, to] of [
      ['2026-10-29T00:00', '2026-11-04T00:00'],
      ['2027-03-11T00:00', '2027-03-17T00:00'],
    ] as const) {
      const r = rotation({ startDay: '2026-10-01', turnDays: 1 });
      const segs = segmentsBetween(r, [], at(from), at(to), NY);
      expectSeamless(segs, at(from), at(to));
      expect(gaps(segs, at(from), at(to))).toEqual([]);
      for (const s of segs.slice(1)) {
        const t = DateTime.fromISO(s.start).setZone(NY);
        expect(t.toFormat('HH:mm')).toBe(t.weekday >= 6 ? '09:00' : '17:00');
      }
    }
  });

  it('a hand-off at 02:30 on the spring night (a time that does not exist) starts at 03:00, the turn before ends there too', () => {
    const r = rotation({ startDay: '2027-03-13', turnDays: 1, handoff: Array(7).fill(H(2.5)) });
    const turns = turnsBetween(r, at('2027-03-13T12:00'), at('2027-03-15T12:00'), NY);
    expect(turns.map((t) => local(t.start))).toEqual(['2027-03-13T02:30', '2027-03-14T03:00', '2027-03-15T02:30']);
    expect(turns[0]!.end).toBe(turns[1]!.start);
    expect(turns[1]!.end).toBe(turns[2]!.start);
  });

  it('a hand-off at 01:30 on the autumn night (a time that happens twice) happens once', () => {
    const r = rotation({ startDay: '2026-10-31', turnDays: 1, handoff: Array(7).fill(H(1.5)) });
    const turns = turnsBetween(r, at('2026-10-31T12:00'), at('2026-11-02T12:00'), NY);
    expect(turns.map((t) => local(t.start))).toEqual(['2026-10-31T01:30', '2026-11-01T01:30', '2026-11-02T01:30']);
    expect((Date.parse(turns[1]!.end) - Date.parse(turns[1]!.start)) / 3600_000).toBe(25);
  });

  it('3-day turns step over the leap day by the calendar: 2028-02-27, 03-01, 03-04', () => {
    const r = rotation({ startDay: '2028-02-24', turnDays: 3 });
    const turns = turnsBetween(r, at('2028-02-27T18:00'), at('2028-03-05T00:00'), NY);
    expect(turns.map((t) => local(t.start))).toEqual(['2028-02-27T09:00', '2028-03-01T17:00', '2028-03-04T09:00']);
    const segs = segmentsBetween(r, [], at('2028-02-27T18:00'), at('2028-03-05T00:00'), NY);
    expectSeamless(segs, at('2028-02-27T18:00'), at('2028-03-05T00:00'));
    expect(holderAt(r, [], at('2028-02-29T12:00'), NY).staffId).toBe(2);
  });
});

describe('who is in the rotation', () => {
  it('someone out for a period is skipped: the next one in the order takes the turn, then they are back', () => {
    const r = rotation({ members: [member(1), { ...member(2), outFrom: '2026-10-12', outTo: '2026-10-18' }, member(3)] });
    const turns = turnsBetween(r, at('2026-10-05T17:00'), at('2026-10-27T00:00'), NY);
    expect(turns.map((t) => t.staffId)).toEqual([1, 3, 3, 1]);
  });

  it('a new hire from a future date takes turns from then on only', () => {
    const r = rotation({ members: [member(1), member(2), { ...member(4), fromDay: '2026-10-19' }] });
    expect(turnsBetween(r, at('2026-10-05T17:00'), at('2026-10-27T00:00'), NY).map((t) => t.staffId)).toEqual([1, 2, 4, 1]);
  });

  it('with everyone out nobody holds the turn: a gap', () => {
    const r = rotation({ members: [{ ...member(1), outFrom: '2026-10-12', outTo: '2026-10-18' }] });
    const from = at('2026-10-05T17:00');
    const to = at('2026-10-26T17:00');
    const segs = segmentsBetween(r, [], from, to, NY);
    expect(gaps(segs, from, to)).toEqual([{ start: at('2026-10-12T17:00'), end: at('2026-10-19T17:00') }]);
  });

  it('before the rotation starts is a gap', () => {
    const segs = segmentsBetween(rotation(), [], at('2026-10-05T09:00'), at('2026-10-06T00:00'), NY);
    expect(gaps(segs, at('2026-10-05T09:00'), at('2026-10-06T00:00'))).toEqual([{ start: at('2026-10-05T09:00'), end: at('2026-10-05T17:00') }]);
  });
});

describe('overrides on top of the rotation', () => {
  const r = rotation({ startDay: '2026-10-26' });
  const o = (p: Partial<Override> & Pick<Override, 'id' | 'staffId' | 'start' | 'end'>): Override => ({
    roleId: 1,
    kind: 'cover',
    reason: 'test',
    pairId: null,
    ...p,
  });

  it('a swap across the autumn night: each holds the other’s turn, no gap, no double cover', () => {
    const [a, b] = turnsBetween(r, at('2026-10-26T17:00'), at('2026-11-03T00:00'), NY);
    const swap = [
      o({ id: 1, kind: 'swap', staffId: b!.staffId!, start: a!.start, end: a!.end, pairId: 2 }),
      o({ id: 2, kind: 'swap', staffId: a!.staffId!, start: b!.start, end: b!.end, pairId: 1 }),
    ];
    const from = at('2026-10-26T17:00');
    const to = at('2026-11-09T17:00');
    const segs = segmentsBetween(r, swap, from, to, NY);
    expectSeamless(segs, from, to);
    expect(merged(segs).map((s) => [s.staffId, local(s.start)])).toEqual([
      [2, '2026-10-26T17:00'],
      [1, '2026-11-02T17:00'],
    ]);
  });

  it('covering part of a turn splits it in three; a later override wins over an earlier one', () => {
    const from = at('2026-10-26T17:00');
    const to = at('2026-11-02T17:00');
    const segs = segmentsBetween(
      r,
      [o({ id: 1, staffId: 3, start: at('2026-10-28T18:00'), end: at('2026-10-29T08:00') }), o({ id: 2, staffId: 2, start: at('2026-10-28T20:00'), end: at('2026-10-28T22:00') })],
      from,
      to,
      NY,
    );
    expectSeamless(segs, from, to);
    expect(segs.map((s) => [s.staffId, local(s.start)])).toEqual([
      [1, '2026-10-26T17:00'],
      [3, '2026-10-28T18:00'],
      [2, '2026-10-28T20:00'],
      [3, '2026-10-28T22:00'],
      [1, '2026-10-29T08:00'],
    ]);
  });

  it('an override across the spring night covers exactly its hours', () => {
    const spring = rotation({ startDay: '2027-03-08' });
    const segs = segmentsBetween(spring, [o({ id: 1, staffId: 9, start: at('2027-03-13T22:00'), end: at('2027-03-14T08:00') })], at('2027-03-13T00:00'), at('2027-03-15T00:00'), NY);
    const cover = segs.find((s) => s.staffId === 9)!;
    expect((Date.parse(cover.end) - Date.parse(cover.start)) / 3600_000).toBe(9);
    expectSeamless(segs, at('2027-03-13T00:00'), at('2027-03-15T00:00'));
  });
});

describe('ten years of overrides (issue 16)', () => {
  const r = rotation({ startDay: '2016-10-03' });
  // One cover a week for ten years, and one tonight: a team's history at ten years.
  const history: Override[] = Array.from({ length: 520 }, (_, i) => ({
    id: i + 1, roleId: 1, staffId: 4 + (i % 3), kind: 'cover' as const, reason: 'x', pairId: null,
    start: at(`${addDays('2016-10-04', 7 * i)}T20:00`), end: at(`${addDays('2016-10-05', 7 * i)}T08:00`),
  }));
  const tonight: Override = { id: 999, roleId: 1, staffId: 9, kind: 'cover', reason: 'x', pairId: null, start: at('2026-11-10T20:00'), end: at('2026-11-11T08:00') };
  const from = at('2026-11-10T09:00');
  const to = at('2026-11-12T09:00');

  it('a window is shaped by the overrides that touch it, whatever came years before', () => {
    const segs = segmentsBetween(r, [...history, tonight], from, to, NY);
    expectSeamless(segs, from, to);
    expect(segs).toEqual(segmentsBetween(r, [tonight], from, to, NY));
    expect(segs.find((s) => s.overrideId === 999)).toMatchObject({ staffId: 9, start: tonight.start, end: tonight.end });
  });

  it('the years before the window are not laid over it one by one (each was sorted into every segment: "on call now" took 50 ms)', () => {
    const many = Array.from({ length: 10 }, (_, k) => history.map((o) => ({ ...o, id: o.id + k * 1000 }))).flat();
    const t = performance.now();
    for (let i = 0; i < 5; i++) segmentsBetween(r, [...many, tonight], from, to, NY);
    // Linear: a few ms. Laid over one by one, 5,200 overrides take seconds (a margin of over 10x).
    expect(performance.now() - t).toBeLessThan(250);
  });
});

describe('nights in a row and fairness', () => {
  it('counts a run of nights by one person and reports it past the limit', () => {
    const r = rotation({ startDay: '2026-10-26', turnDays: 7 });
    const days = Array.from({ length: 21 }, (_, i) => addDays('2026-10-27', i));
    const segs = segmentsBetween(r, [], at('2026-10-26T17:00'), at('2026-11-17T00:00'), NY);
    const nights = nightsOf(segs, days, NY);
    expect(longRuns(nights, days, 7)).toEqual([]);
    expect(longRuns(nights, days, 6)).toEqual([
      { staffId: 2, from: '2026-11-02', to: '2026-11-08', nights: 7 },
      { staffId: 3, from: '2026-11-09', to: '2026-11-15', nights: 7 },
    ]);
    expect(longRuns([1, 1, 1, 2, 1], ['a', 'b', 'c', 'd', 'e'], 2)).toEqual([{ staffId: 1, from: 'a', to: 'c', nights: 3 }]);
  });

  it('weeks, weekend days and holidays carried per person', () => {
    const r = rotation({ startDay: '2026-10-26', turnDays: 7 });
    const segs = segmentsBetween(r, [], at('2026-10-26T17:00'), at('2026-11-16T17:00'), NY);
    const rows = fairness(segs, '2026-10-27', '2026-11-16', new Set(['2026-11-11']), NY);
    expect(rows).toEqual([
      { staffId: 1, weeks: 1, weekendDays: 2, holidays: 0 },
      { staffId: 2, weeks: 1, weekendDays: 2, holidays: 0 },
      { staffId: 3, weeks: 1, weekendDays: 2, holidays: 1 },
    ]);
  });
});

describe('any rotation, any overrides (property)', () => {
  it('covers a window seamlessly: each stretch starts where the one before ended, none is empty, and who holds an instant is the stretch that contains it', async () => {
    const fc = await import('fast-check');
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2026-01-01', n));
    const minute = fc.constantFrom(0, 30, 60, 90, 120, 150, 180, 540, 1020, 1410);
    const memberArb = fc.record({
      staffId: fc.integer({ min: 1, max: 6 }),
      fromDay: fc.option(day, { nil: null }),
      out: fc.option(fc.tuple(day, fc.integer({ min: 0, max: 40 })), { nil: null }),
    });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 28 }),
        fc.array(minute, { minLength: 7, maxLength: 7 }),
        fc.array(memberArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 * 24 * 60 }), fc.integer({ min: 1, max: 60 * 24 * 10 }), fc.integer({ min: 1, max: 6 })), { maxLength: 6 }),
        fc.integer({ min: 0, max: 60 * 24 * 200 }),
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        (startDay, turnDays, handoff, ms, os, offset, length) => {
          const members = ms
            .filter((m, i) => ms.findIndex((x) => x.staffId === m.staffId) === i)
            .map((m) => ({ staffId: m.staffId, fromDay: m.fromDay, outFrom: m.out ? m.out[0] : null, outTo: m.out ? addDays(m.out[0], m.out[1]) : null }));
          const r = rotation({ startDay, turnDays, handoff, members });
          const base = Date.parse(at(`${startDay}T00:00`)) - 30 * 24 * 3600_000;
          const overrides: Override[] = os.map(([start, len, staffId], i) => ({
            id: i + 1, roleId: 1, staffId, kind: 'cover', reason: 'x', pairId: null,
            start: new Date(base + start * 60_000).toISOString(),
            end: new Date(base + (start + len) * 60_000).toISOString(),
          }));
          const from = new Date(base + offset * 60_000).toISOString();
          const to = new Date(base + (offset + length) * 60_000).toISOString();
          const segs = segmentsBetween(r, overrides, from, to, NY);
          expectSeamless(segs, from, to);
          for (const s of segs) {
            const mid = new Date((Date.parse(s.start) + Date.parse(s.end)) / 2).toISOString();
            expect(holderAt(r, overrides, mid, NY).staffId).toBe(s.staffId);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

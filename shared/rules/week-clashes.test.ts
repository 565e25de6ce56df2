import { describe, expect, it } from 'vitest';
import { type DayEntry, dayClashes, entryMinute } from './week-clashes';

const at = (key: string, start: number | null, durationMinutes = 30): DayEntry => ({ key, start, durationMinutes });
const inWindow = (key: string, window: 'morning' | 'afternoon', durationMinutes = 30): DayEntry => ({ key, start: null, window, durationMinutes });
const of = (entries: DayEntry[]) => Object.fromEntries(dayClashes(entries));

describe("clashes in a client's day", () => {
  it('a court date over a visit clashes both ways; touching ends do not', () => {
    expect(of([at('visit', 600, 60), at('court', 630, 120)])).toEqual({ visit: ['court'], court: ['visit'] });
    expect(of([at('visit', 600, 30), at('court', 630, 120)])).toEqual({});
  });

  it('a part-of-the-day item clashes only when no stretch of its part is left long enough', () => {
    // Morning is 08:00-12:00: a court date 09:00-11:00 leaves an hour either side for a 30-minute visit.
    expect(of([inWindow('meds', 'morning'), at('court', 540, 120)])).toEqual({});
    // 08:15-11:45 leaves 15 minutes either side: no room.
    expect(of([inWindow('meds', 'morning'), at('court', 495, 210)])).toEqual({ meds: ['court'], court: ['meds'] });
    expect(of([inWindow('meds', 'morning'), inWindow('walk', 'morning')])).toEqual({});
  });

  it('all-day dates clash with nothing, and sort first', () => {
    expect(of([at('deadline', null), at('visit', 600)])).toEqual({});
    const sorted = [at('visit', 600), inWindow('meds', 'morning'), at('deadline', null)].sort((a, b) => entryMinute(a) - entryMinute(b));
    expect(sorted.map((e) => e.key)).toEqual(['deadline', 'meds', 'visit']);
  });
});

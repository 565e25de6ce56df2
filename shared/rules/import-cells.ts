/** Reading spreadsheet cells as the board's values, and writing them back the same way. */
import { DateTime } from 'luxon';
import type { LocalDate, MinuteOfDay } from '../domain';
import { normalizeName } from '../import';
import { type Shift, type ShiftPattern, type TimeWindow, WEEKDAY_SHORT, type Weekday } from '../schedule';
import { formatClock, isValidLocalDate } from '../time';

/** A value of a fixed list, by its key ("case_manager"), its label ("Case manager") or an extra name ("CM"). */
export function enumOf<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  text: string,
  extra: Record<string, T> = {},
): T | null {
  const n = normalizeName(text);
  if (!n) return null;
  const found = values.find((v) => normalizeName(v) === n || normalizeName(labels[v]) === n);
  if (found) return found;
  const alias = Object.entries(extra).find(([name]) => normalizeName(name) === n);
  return alias ? alias[1] : null;
}

export const listOf = <T extends string>(values: readonly T[], labels: Record<T, string>): string =>
  values.map((v) => labels[v]).join(', ');

const YES = new Set(['yes', 'y', 'true', '1', 'active', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'inactive']);

export function yesNoOf(text: string): boolean | null {
  const n = normalizeName(text);
  if (YES.has(n)) return true;
  if (NO.has(n)) return false;
  return null;
}

/** A number, with a comma or a point as the decimal mark ("0,5" is 0.5). */
export function numberOf(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** A date written 2024-03-07, 3/7/2024 or 3/7/24 (month first, as US spreadsheets write it). */
export function dateOf(text: string): LocalDate | null {
  const t = text.trim().replace(/[T ]00:00(:00)?(\.0+)?Z?$/, '');
  if (isValidLocalDate(t)) return t;
  for (const format of ['M/d/yyyy', 'M/d/yy']) {
    const d = DateTime.fromFormat(t, format);
    if (d.isValid) return d.toISODate();
  }
  return null;
}

/** A clock time: 09:30, 9:30, 9:30 am, 2pm, 14.30. */
export function clockOf(text: string): MinuteOfDay | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const half = m[3]?.toLowerCase();
  if (!half && m[2] === undefined) return null; // a bare "9" could be anything
  if (min > 59) return null;
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'p' ? 12 : 0);
  }
  if (h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

const WINDOW_NAMES: Record<string, TimeWindow> = { am: 'morning', pm: 'afternoon', morning: 'morning', afternoon: 'afternoon', evening: 'evening' };

/** A time or a part of the day. */
export function timeOf(text: string): { start: MinuteOfDay; window: null } | { start: null; window: TimeWindow } | null {
  const window = WINDOW_NAMES[normalizeName(text)];
  if (window) return { start: null, window };
  const start = clockOf(text);
  return start === null ? null : { start, window: null };
}

export const formatTimeOf = (start: MinuteOfDay | null, window: TimeWindow | null): string =>
  start !== null ? formatClock(start) : (window ?? '');

const WEEKDAY_NAMES = [
  ['mon', 'monday', 'mo', 'm'],
  ['tue', 'tuesday', 'tu', 'tues'],
  ['wed', 'wednesday', 'we', 'w'],
  ['thu', 'thursday', 'th', 'thur', 'thurs'],
  ['fri', 'friday', 'fr', 'f'],
  ['sat', 'saturday', 'sa'],
  ['sun', 'sunday', 'su'],
];

function weekdayNamed(word: string): Weekday | null {
  const i = WEEKDAY_NAMES.findIndex((names) => names.includes(word.toLowerCase()));
  return i < 0 ? null : ((i + 1) as Weekday);
}

/** Days of the week: "Mon Wed Fri", "Mon, Thu", "Mon-Fri", "weekdays", "daily". */
export function weekdaysOf(text: string): Weekday[] | null {
  const t = text.trim().toLowerCase().replace(/\s*[-–]\s*/g, '-');
  if (t === 'weekdays') return [1, 2, 3, 4, 5];
  if (t === 'daily' || t === 'every day') return [1, 2, 3, 4, 5, 6, 7];
  const days = new Set<Weekday>();
  for (const part of t.split(/[\s,/&+]+/).filter((p) => p && p !== 'and')) {
    const range = /^([a-z]+)-([a-z]+)$/.exec(part);
    if (range) {
      const from = weekdayNamed(range[1]!);
      const to = weekdayNamed(range[2]!);
      if (!from || !to || to < from) return null;
      for (let d = from; d <= to; d++) days.add(d as Weekday);
      continue;
    }
    const d = weekdayNamed(part);
    if (!d) return null;
    days.add(d);
  }
  return days.size ? [...days].sort() : null;
}

/** Weekdays written the short way, ranges joined: [1,2,3,4,5] -> "Mon-Fri", [1,3] -> "Mon Wed". */
export function formatWeekdays(days: readonly Weekday[]): string {
  const sorted = [...days].sort();
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const from = WEEKDAY_SHORT[sorted[i]! - 1];
    const to = WEEKDAY_SHORT[sorted[j]! - 1];
    if (j - i >= 2) parts.push(`${from}-${to}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAY_SHORT[sorted[k]! - 1]!);
    i = j + 1;
  }
  return parts.join(' ');
}

/**
 * A usual week: "Mon-Fri 08:30-16:30; Sat 10:00-14:00" (days, then a shift; parts
 * separated by semicolons). Empty means no usual shifts. Returns the reason when unreadable.
 */
export function weekOf(text: string): { pattern: ShiftPattern } | { problem: string } {
  const pattern: ShiftPattern = [null, null, null, null, null, null, null];
  for (const part of text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.*?)\s+(\S+?)\s*[-–]\s*(\S+)$/.exec(part);
    const days = m ? weekdaysOf(m[1]!) : null;
    const start = m ? clockOf(m[2]!) : null;
    const end = m ? clockOf(m[3]!) : null;
    if (!m || !days || start === null || end === null) {
      return { problem: `“${part}” is not days and a shift; write it like “Mon-Fri 08:30-16:30”.` };
    }
    if (end <= start) return { problem: `In “${part}” the shift ends before it starts.` };
    for (const d of days) {
      if (pattern[d - 1]) return { problem: `${WEEKDAY_SHORT[d - 1]} is given twice.` };
      pattern[d - 1] = { start, end };
    }
  }
  return { pattern };
}

const shiftText = (s: Shift) => `${formatClock(s.start)}-${formatClock(s.end)}`;

/** The usual week written back as `weekOf` reads it, days with the same shift grouped. */
export function formatWeek(pattern: ShiftPattern): string {
  const groups = new Map<string, Weekday[]>();
  pattern.forEach((s, i) => {
    if (s) groups.set(shiftText(s), [...(groups.get(shiftText(s)) ?? []), (i + 1) as Weekday]);
  });
  return [...groups].map(([shift, days]) => `${formatWeekdays(days)} ${shift}`).join('; ');
}

export const sameWeek = (a: ShiftPattern, b: ShiftPattern): boolean => formatWeek(a) === formatWeek(b);


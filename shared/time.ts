import { DateTime } from 'luxon';
import type { ClockFormat, LocalDate, MinuteOfDay } from './domain';

export const MINUTES_PER_DAY = 24 * 60;

/** Today's date in the team's time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): LocalDate {
  return DateTime.fromJSDate(now).setZone(timeZone).toISODate() as LocalDate;
}

export function isValidTimeZone(timeZone: string): boolean {
  return DateTime.local().setZone(timeZone).isValid;
}

export function isValidLocalDate(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && DateTime.fromISO(day).isValid;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date as a UTC midnight: calendar days know no time zone, so this is exact (and far cheaper than luxon). */
const utcMidnight = (day: LocalDate) => (PLAIN_DATE.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN);

/** Calendar days from `from` to `to` (negative when `to` comes first). */
export function daysFromTo(from: LocalDate, to: LocalDate): number {
  const [a, b] = [utcMidnight(from), utcMidnight(to)];
  if (Number.isNaN(a) || Number.isNaN(b)) return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
  return Math.round((b - a) / DAY_MS);
}

export function addDays(day: LocalDate, n: number): LocalDate {
  const t = utcMidnight(day);
  if (Number.isNaN(t)) return DateTime.fromISO(day).plus({ days: n }).toISODate() as LocalDate;
  return new Date(t + n * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/** `n` calendar months on (or back), the day clamped to the month's end: 31 Jan + 1 month is 28 or 29 Feb. */
export function addMonths(day: LocalDate, n: number): LocalDate {
  if (!PLAIN_DATE.test(day)) return DateTime.fromISO(day, { zone: 'utc' }).plus({ months: n }).toISODate() as LocalDate;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = y * 12 + (m - 1) + n;
  const [year, month0] = [Math.floor(month / 12), ((month % 12) + 12) % 12];
  const utc = (monthDay: number, dayOfMonth: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, monthDay, dayOfMonth); // not Date.UTC: it reads years 0-99 as 1900-1999
    return date;
  };
  const lastDay = utc(month0 + 1, 0).getUTCDate();
  return utc(month0, Math.min(d, lastDay)).toISOString().slice(0, 10) as LocalDate;
}

/** The team's day and minute of the day now. */
export function nowIn(timeZone: string, now: Date = new Date()): { day: LocalDate; minute: MinuteOfDay } {
  const t = DateTime.fromJSDate(now).setZone(timeZone);
  return { day: t.toISODate()!, minute: t.hour * 60 + t.minute };
}

/** "HH:MM" (00:00..24:00) to minutes after midnight, or null when malformed. */
export function parseClock(text: string): MinuteOfDay | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

export function formatClock(minute: MinuteOfDay): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * A minute of the day as the team reads it, in its clock setting: "14:30" or "2:30 PM".
 * The one formatter for times shown to people, on the host (warnings, reasons) and in the renderer.
 */
export function formatClockAs(minute: MinuteOfDay, format: ClockFormat): string {
  if (format === '24h') return formatClock(minute);
  const h = Math.floor(minute / 60) % 24;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(minute % 60).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * A sentence the host keeps with 24-hour times ("busy at 16:00", a draft's reason) as the team
 * reads it now: stored once, shown in whichever clock the team has since chosen.
 */
export function clockTextAs(text: string, format: ClockFormat): string {
  if (format === '24h') return text;
  return text.replace(/\b([01]\d|2[0-4]):([0-5]\d)\b/g, (_, h: string, m: string) => formatClockAs(Number(h) * 60 + Number(m), format));
}

/** Luxon's token for the time of day in a clock setting, for `DateTime.toFormat`. */
export const clockToken = (format: ClockFormat): string => (format === '24h' ? 'HH:mm' : 'h:mm a');

/**
 * Whether a wall-clock time exists on that day in the zone: on the spring DST change
 * the hour the clocks skip (e.g. 02:30 in New York) does not.
 */
export function wallClockExists(day: LocalDate, minute: MinuteOfDay, timeZone: string): boolean {
  if (minute >= MINUTES_PER_DAY) return true;
  const dt = DateTime.fromISO(day, { zone: timeZone }).set({
    hour: Math.floor(minute / 60),
    minute: minute % 60,
  });
  return dt.isValid && dt.hour * 60 + dt.minute === minute;
}

/** The UTC instant of a wall-clock time on a schedule day. */
export function toInstant(day: LocalDate, minute: MinuteOfDay, timeZone: string): Date {
  return DateTime.fromISO(day, { zone: timeZone }).startOf('day').set({
    hour: Math.floor(minute / 60),
    minute: minute % 60,
  }).toJSDate();
}

/** "Mon 23 Nov": the one short style for a day, on every screen. */
export const formatDayShort = (day: LocalDate): string => DateTime.fromISO(day).toFormat('ccc d LLL');

/** "Mon 23 Nov 2026": the short style with the year, for dates that may be in another year. */
export const formatDate = (day: LocalDate): string => DateTime.fromISO(day).toFormat('ccc d LLL yyyy');

/** "Monday 23 November 2026" */
export function formatDayLong(day: LocalDate): string {
  return DateTime.fromISO(day).toFormat('cccc d LLLL yyyy');
}

export function weekdayOf(day: LocalDate): number {
  const t = utcMidnight(day);
  if (Number.isNaN(t)) return DateTime.fromISO(day).weekday;
  return new Date(t).getUTCDay() || 7; // 1 = Monday .. 7 = Sunday
}

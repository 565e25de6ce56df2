/**
 * Times as the team reads them: 24-hour ("14:30") or 12-hour ("2:30 PM"), from the team
 * setting. Only for showing; forms and the API keep "HH:MM".
 */
import type { DateTime } from 'luxon';
import type { ClockFormat } from '../../shared/domain';

let clockFormat: ClockFormat = '24h';

/** Set from the team settings as they load (App), before the screens render. */
export function setClockFormat(format: ClockFormat | undefined): void {
  if (format) clockFormat = format;
}

/** A minute of the day ("HH:MM" in the API) as the team reads it. */
export function showClock(minute: number): string {
  const h = Math.floor(minute / 60) % 24;
  const m = String(minute % 60).padStart(2, '0');
  if (clockFormat === '24h') return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${m}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Luxon's token for the time of day in the team's format, for `DateTime.toFormat`. */
export const timeToken = (): string => (clockFormat === '24h' ? 'HH:mm' : 'h:mm a');

/** A moment with a date pattern around the time: `showTime(t, 'ccc d LLL, {time}')`. */
export const showTime = (t: DateTime, pattern = '{time}'): string => t.toFormat(pattern.replace('{time}', timeToken()));

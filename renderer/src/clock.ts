/**
 * Times as the team reads them: 24-hour ("14:30") or 12-hour ("2:30 PM"), from the team
 * setting. Only for showing; forms and the API keep "HH:MM".
 */
import type { DateTime } from 'luxon';
import type { ClockFormat } from '../../shared/domain';
import { clockTextAs, clockToken, formatClockAs } from '../../shared/time';

let clockFormat: ClockFormat = '24h';

/** Set from the team settings as they load (App), before the screens render. */
export function setClockFormat(format: ClockFormat | undefined): void {
  if (format) clockFormat = format;
}

/** A minute of the day ("HH:MM" in the API) as the team reads it. */
export const showClock = (minute: number): string => formatClockAs(minute, clockFormat);

/** A sentence the host stored with 24-hour times (a draft's reason), in the team's clock. */
export const showClockText = (text: string): string => clockTextAs(text, clockFormat);

/** Luxon's token for the time of day in the team's format, for `DateTime.toFormat`. */
export const timeToken = (): string => clockToken(clockFormat);

/** A moment with a date pattern around the time: `showTime(t, 'ccc d LLL, {time}')`. */
export const showTime = (t: DateTime, pattern = '{time}'): string => t.toFormat(pattern.replace('{time}', timeToken()));

/**
 * What a person typed in a time field, in either format ("14:30", "2:30 pm", "2pm", "1430"),
 * as "HH:MM" for the API; null when it is not a time of day.
 */
export function readClock(text: string): string | null {
  const m = /^\s*(\d{1,2})(?::?(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*$/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const half = m[3]?.[0]?.toLowerCase();
  if (min > 59 || (half && (h < 1 || h > 12)) || h > 24 || (h === 24 && min > 0)) return null;
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

import type { Contact, ContactStatus } from '../../../shared/domain';
import { showClock } from '../clock';

export const timeRange = (c: Pick<Contact, 'startMinute' | 'endMinute'>) =>
  `${showClock(c.startMinute)}–${showClock(c.endMinute)}`;

/** Status is shown by a symbol and a word, never by colour alone. */
export const STATUS_SYMBOL: Record<ContactStatus, string> = {
  planned: '◷',
  done: '✓',
  attempted: '↻',
  missed: '✕',
  cancelled: '⊘',
};

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

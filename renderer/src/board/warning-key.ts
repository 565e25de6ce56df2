import type { Warning, WarningKind } from '../../../shared/schedule';

/** Warnings about a staff member's whole day: still the same warning when their cards change. */
const ABOUT_THE_DAY: ReadonlySet<WarningKind> = new Set<WarningKind>(['staff_off', 'over_shift_time', 'thin_weekend']);

/**
 * Which warning this is, whatever its place in the list: the side panel remembers the picked
 * warning by this key, so a change that reorders the list keeps the same warning picked.
 */
export function warningKey(w: Warning): string {
  const who = `${w.kind}:${w.staffId ?? '-'}:${w.clientId ?? '-'}`;
  return ABOUT_THE_DAY.has(w.kind) ? who : `${who}:${[...w.contactIds].sort((a, b) => a - b).join(',')}`;
}

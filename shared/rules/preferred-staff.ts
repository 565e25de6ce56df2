/**
 * What is wrong with a schedule item's preferred staff member (issue 12, item 13): the role the
 * work needs, and time off on the item's days in the coming weeks. Plain sentences, returned
 * with the save; the item is saved all the same (the draft gives those days to someone able).
 */
import { INTERVENTION_LABELS, type Intervention, type LocalDate, STAFF_ROLE_LABELS, type Staff } from '../domain';
import { ROLE_NEED_LABELS, type RoleNeed, TIME_OFF_LABELS, type TimeOff } from '../schedule';
import { addDays, formatDayLong } from '../time';
import { occurrencesBetween } from './recurrence';
import { canMeet, needOf } from './roles';

/** How far ahead time off is looked for: the draft's horizon for a shift manager planning the month. */
export const TIME_OFF_LOOKAHEAD_DAYS = 28;

/** The role an intervention needs unless the form says otherwise: injections RN / LPN, psychiatric visits a prescriber. */
export const defaultRoleNeed = (intervention: Intervention): RoleNeed => needOf(intervention);

export interface PreferredStaffCheck {
  intervention: Intervention;
  roleNeeded: RoleNeed;
  /** The stored rule (RRULE with DTSTART and UNTIL). */
  rrule: string;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
  preferred: Pick<Staff, 'name' | 'role'>;
  /** The preferred staff member's time off touching the coming weeks. */
  timeOff: Pick<TimeOff, 'fromDay' | 'toDay' | 'kind'>[];
  today: LocalDate;
}

export function preferredStaffWarnings(c: PreferredStaffCheck): string[] {
  const warnings: string[] = [];
  const need = needOf(c.intervention, c.roleNeeded);
  if (!canMeet(c.preferred.role, need)) {
    warnings.push(
      `${c.preferred.name} (${STAFF_ROLE_LABELS[c.preferred.role]}) cannot take this item: ${INTERVENTION_LABELS[c.intervention]} needs ${ROLE_NEED_LABELS[need]}. The draft will give it to someone who can.`,
    );
  }
  const from = c.startsOn > c.today ? c.startsOn : c.today;
  const horizon = addDays(c.today, TIME_OFF_LOOKAHEAD_DAYS - 1);
  const to = c.endsOn !== null && c.endsOn < horizon ? c.endsOn : horizon;
  if (from > to) return warnings;
  const off = occurrencesBetween(c.rrule, from, to).flatMap((day) => {
    const t = c.timeOff.find((t) => t.fromDay <= day && day <= t.toDay);
    return t ? [{ day, kind: t.kind }] : [];
  });
  if (off.length > 0) {
    const kinds = [...new Set(off.map((o) => TIME_OFF_LABELS[o.kind].toLowerCase()))].join(', ');
    const days = off.length === 1 ? `${formatDayLong(off[0]!.day)}` : `${off.length} of its days in the next 4 weeks, the first ${formatDayLong(off[0]!.day)}`;
    warnings.push(`${c.preferred.name} is on time off (${kinds}) on ${days}: the draft will give ${off.length === 1 ? 'that day' : 'those days'} to someone else.`);
  }
  return warnings;
}

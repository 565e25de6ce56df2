/** What is wrong with a day's plan, each with a plain explanation. Pure. */
import {
  type ClockFormat,
  type Contact,
  type ContactLocation,
  INTERVENTION_LABELS,
  type LocalDate,
  type MinuteOfDay,
  type Staff,
} from '../domain';
import { ROLE_NEED_LABELS, type StaffDay, TIME_OFF_LABELS, type Warning, type WarningKind } from '../schedule';
import { formatClockAs } from '../time';
import { isWeekend } from './availability';
import { canMeet, needOf } from './roles';
import { travelBetween } from './travel';
import { activityLabel } from './staff-time';
import type { TeamActivity } from '../team-activities';

export type PlannedContact = Pick<
  Contact,
  'id' | 'clientId' | 'staffId' | 'startMinute' | 'endMinute' | 'intervention' | 'location' | 'status' | 'roleNeeded'
>;

export interface WarningInput {
  day: LocalDate;
  holiday: boolean;
  staff: Staff[];
  staffDays: Map<number, StaffDay>;
  contacts: PlannedContact[];
  /** Team activities: staff time with no client, checked against shifts and travel like contacts. */
  activities?: TeamActivity[];
  clientName: (clientId: number) => string;
  travelBufferMinutes: number;
  /** How times read in the sentences: the team's 24- or 12-hour setting (24-hour when not given). */
  clockFormat?: ClockFormat;
  /** The team's day and minute now: planned contacts that have ended by then and have no outcome are "not documented". */
  now?: { day: LocalDate; minute: MinuteOfDay };
}

/** Short labels for a card's warning badges. */
export const WARNING_BADGES: Record<WarningKind, string> = {
  double_booked: 'Overlap',
  travel_time: 'No travel time',
  over_shift_time: 'Over shift',
  outside_shift: 'Outside shift',
  staff_off: 'Staff off',
  role_mismatch: 'Wrong role',
  client_double_booked: 'Client clash',
  thin_weekend: 'Thin cover',
  stay_no_visit: 'Visit due',
  stay_consider_discharge: '90+ days',
  stay_court_soon: 'Court soon',
  stay_legal_expiring: 'Legal status expiring',
  stay_follow_up_overdue: 'Follow-up overdue',
  unassigned: 'Needs staff',
  not_documented: 'Not documented',
  high_risk_unplanned: 'High risk, nothing planned',
  psych_visit_due: 'Psychiatric visit due',
  injection_missed: 'Injection missed',
};

/** Board order inside a column: by start, then end, then id for stability. */
export function byTime(a: PlannedContact, b: PlannedContact): number {
  return a.startMinute - b.startMinute || a.endMinute - b.endMinute || a.id - b.id;
}

/** One thing that takes a staff member's time: a contact, or their part in a team activity. */
interface Taken {
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  location: ContactLocation;
  travel: boolean;
  /** The client's name, or the activity's kind. */
  label: string;
  contact: PlannedContact | null;
  activityId: number | null;
}

/** A staff member's contacts and team activities in time order (a contact before an activity at the same time). */
function takenBy(staffId: number, live: PlannedContact[], activities: TeamActivity[], clientName: (id: number) => string): Taken[] {
  const contacts: Taken[] = live
    .filter((c) => c.staffId === staffId)
    .map((c) => ({ ...c, travel: false, label: clientName(c.clientId), contact: c, activityId: null }));
  const theirs: Taken[] = activities
    .filter((a) => a.staffIds.includes(staffId))
    .map((a) => ({ ...a, travel: a.kind === 'travel', label: activityLabel(a), contact: null, activityId: a.id }));
  const rank = (t: Taken) => (t.contact ? 0 : 1);
  return [...contacts, ...theirs].sort(
    (a, b) => a.startMinute - b.startMinute || a.endMinute - b.endMinute || rank(a) - rank(b) || (a.contact?.id ?? a.activityId!) - (b.contact?.id ?? b.activityId!),
  );
}

/** The contacts and activities a warning is about (activityIds only when there are some). */
function refsOf(about: number[] | Taken[]): Pick<Warning, 'contactIds' | 'activityIds'> {
  if (about.every((x): x is number => typeof x === 'number')) return { contactIds: about };
  const taken = about as Taken[];
  const contactIds = taken.flatMap((t) => (t.contact ? [t.contact.id] : []));
  const activityIds = taken.flatMap((t) => (t.activityId !== null ? [t.activityId] : []));
  return activityIds.length ? { contactIds, activityIds } : { contactIds };
}

/** "2 contact(s)", or "1 contact(s) and 1 team activity". */
function countOf(taken: Taken[]): string {
  const activities = taken.filter((t) => t.activityId !== null).length;
  const contacts = taken.length - activities;
  const activityText = `${activities} team ${activities === 1 ? 'activity' : 'activities'}`;
  if (activities === 0) return `${contacts} contact(s)`;
  return contacts === 0 ? activityText : `${contacts} contact(s) and ${activityText}`;
}

export function dayWarnings(input: WarningInput): Warning[] {
  const clock = (m: MinuteOfDay) => formatClockAs(m, input.clockFormat ?? '24h');
  const span = (c: { startMinute: MinuteOfDay; endMinute: MinuteOfDay }) => `${clock(c.startMinute)}–${clock(c.endMinute)}`;
  const warnings: Warning[] = [];
  const add = (kind: WarningKind, message: string, about: number[] | Taken[], staffId: number | null, clientId: number | null) =>
    warnings.push({ kind, message, ...refsOf(about), staffId, clientId });
  const live = input.contacts.filter((c) => c.status !== 'cancelled').sort(byTime);

  for (const s of input.staff) {
    const mine = takenBy(s.id, live, input.activities ?? [], input.clientName);
    const where = input.staffDays.get(s.id);
    const shift = where?.shift ?? null;
    // What already has an outcome happened before they went off: only planned work needs someone.
    const stillPlanned = mine.filter((t) => t.contact === null || t.contact.status === 'planned');
    if (stillPlanned.length > 0 && !shift) {
      const why = where?.timeOff ? TIME_OFF_LABELS[where.timeOff].toLowerCase() : 'not working';
      add('staff_off', `${s.name} is off today (${why}) but has ${countOf(stillPlanned)}.`, stillPlanned, s.id, null);
    }
    for (let i = 0; i < mine.length; i++) {
      const c = mine[i]!;
      for (const d of mine.slice(i + 1)) {
        if (d.startMinute < c.endMinute) {
          add('double_booked', `${s.name} is double-booked: ${c.label} ${span(c)} and ${d.label} ${span(d)}.`, [c, d], s.id, null);
        }
      }
      const next = mine[i + 1];
      const gap = next ? next.startMinute - c.endMinute : Infinity;
      if (next && travelBetween(c, next, input.travelBufferMinutes) > 0 && gap >= 0 && gap < input.travelBufferMinutes) {
        add('travel_time', `${s.name} has ${gap} min to get from ${c.label} to ${next.label} (${input.travelBufferMinutes} min needed for travel).`, [c, next], s.id, null);
      }
      if (shift && (c.startMinute < shift.start || c.endMinute > shift.end)) {
        add('outside_shift', `${c.label} ${span(c)} is outside ${s.name}'s shift ${span({ startMinute: shift.start, endMinute: shift.end })}.`, [c], s.id, c.contact?.clientId ?? null);
      }
      const need = c.contact && needOf(c.contact.intervention, c.contact.roleNeeded);
      if (c.contact && need && !canMeet(s.role, need)) {
        add('role_mismatch', `${INTERVENTION_LABELS[c.contact.intervention]} for ${c.label} needs ${ROLE_NEED_LABELS[need]}; ${s.name} is not.`, [c], s.id, c.contact.clientId);
      }
    }
    const planned = mine.reduce((m, c) => m + c.endMinute - c.startMinute, 0);
    if (shift && planned > shift.end - shift.start) {
      const what = mine.some((t) => t.activityId !== null) ? 'contacts and team activities' : 'contacts';
      add('over_shift_time', `${s.name} has ${planned} min of ${what} in a ${shift.end - shift.start} min shift.`, mine, s.id, null);
    }
  }

  const byClient = new Map<number, PlannedContact[]>();
  for (const c of live) byClient.set(c.clientId, [...(byClient.get(c.clientId) ?? []), c]);
  for (const [clientId, list] of byClient) {
    for (let i = 0; i < list.length; i++) {
      for (const d of list.slice(i + 1)) {
        if (d.startMinute < list[i]!.endMinute) {
          add('client_double_booked', `${input.clientName(clientId)} has two contacts at once (${span(list[i]!)} and ${span(d)}).`, [list[i]!.id, d.id], null, clientId);
        }
      }
    }
  }

  // Cards left in Unassigned are work nobody has: a warning, not "nothing wrong".
  const nobody = live.filter((c) => c.staffId === null && c.status === 'planned');
  if (nobody.length > 0) {
    const n = nobody.length;
    add('unassigned', `${n} contact${n === 1 ? ' has' : 's have'} nobody: drag ${n === 1 ? 'it' : 'them'} from Unassigned onto a staff member.`, nobody.map((c) => c.id), null, null);
  }

  const now = input.now;
  if (now && input.day <= now.day) {
    const ended = (c: PlannedContact) => input.day < now.day || c.endMinute <= now.minute;
    for (const s of input.staff) {
      const undone = live.filter((c) => c.staffId === s.id && c.status === 'planned' && ended(c));
      if (undone.length === 0) continue;
      const list = undone.map((c) => `${input.clientName(c.clientId)} ${span(c)}`).join(', ');
      add('not_documented', `Not documented: ${s.name} has ${undone.length} past contact${undone.length === 1 ? '' : 's'} with no outcome (${list}).`, undone.map((c) => c.id), s.id, null);
    }
  }

  if (isWeekend(input.day) || input.holiday) {
    const working = input.staff.filter((s) => input.staffDays.get(s.id)?.shift).length;
    if (working < 2) {
      add('thin_weekend', `Only ${working} staff working on this ${input.holiday ? 'holiday' : 'weekend day'}: at least two are needed.`, [], null, null);
    }
  }
  return warnings;
}

/**
 * Drafting a day: the planned contacts that fall on it, from every client's schedule
 * and the appointments that need staff, each given to (in order) the preferred staff
 * member if working and free, else a member of the client's treatment team who can do
 * it, else the least-loaded working staff member who can. What cannot be placed goes
 * to Unassigned with the reason. Pure: the service reads and writes the database.
 */
import type { Client, ContactLocation, ContactStatus, Intervention, LocalDate, MinuteOfDay, Staff } from '../domain';
import {
  type Appointment,
  APPOINTMENT_KIND_LABELS,
  ROLE_NEED_LABELS,
  type RoleNeed,
  type ScheduleItem,
  STAFF_SUPPORT_LABELS,
  type StaffDay,
  TIME_WINDOW_SPANS,
} from '../schedule';
import { formatClock, weekdayOf } from '../time';
import { occursOn } from './recurrence';
import { canMeet, needOf } from './roles';
import { travelBetween } from './travel';

export interface Booked {
  /** null: a team activity (staff time with no client). */
  clientId: number | null;
  staffId: number | null;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  location: ContactLocation;
  status: ContactStatus;
  /** Where a drafted contact came from; null for contacts made by hand. */
  source: string | null;
  /** A travel activity: the travel itself. */
  travel?: boolean;
}

export interface DraftedContact {
  clientId: number;
  staffId: number | null;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  intervention: Intervention;
  location: ContactLocation;
  roleNeeded: RoleNeed;
  source: string;
  note: string;
  /** Why it is unassigned, when it is. */
  reason: string | null;
}

export interface DraftInput {
  day: LocalDate;
  clients: Pick<Client, 'id' | 'status' | 'teamStaffIds'>[];
  items: ScheduleItem[];
  appointments: Appointment[];
  staff: Staff[];
  staffDays: Map<number, StaffDay>;
  existing: Booked[];
  /** Sources a person deleted from this day: the draft does not bring them back. */
  skipped: Set<string>;
  travelBufferMinutes: number;
}

export const itemSource = (itemId: number, day: LocalDate) => `item:${itemId}@${day}`;
export const appointmentSource = (appointmentId: number) => `appointment:${appointmentId}`;
/** The schedule item a drafted contact came from, if it did. */
export const itemIdOfSource = (source: string | null): number | null => {
  const m = /^item:(\d+)@/.exec(source ?? '');
  return m ? Number(m[1]) : null;
};

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const STEP = 15;

/** One contact to place: the draft's needs, and a contact to cover for someone off. */
export interface Need {
  clientId: number;
  preferredStaffId: number | null;
  /** A fixed start, or a span to find a start in. */
  start: MinuteOfDay | null;
  span: [MinuteOfDay, MinuteOfDay];
  duration: number;
  intervention: Intervention;
  location: ContactLocation;
  roleNeeded: RoleNeed;
  source: string;
  note: string;
}

function needsOf(input: DraftInput): Need[] {
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const taken = new Set([...input.existing.map((b) => b.source), ...input.skipped]);
  const needs: Need[] = [];
  for (const item of input.items) {
    const client = clients.get(item.clientId);
    const source = itemSource(item.id, input.day);
    if (!client || client.status !== item.appliesWhen || taken.has(source) || !occursOn(item.rrule, input.day)) continue;
    const span = item.window ? TIME_WINDOW_SPANS[item.window] : ([item.startMinute!, item.startMinute!] as [number, number]);
    needs.push({
      clientId: item.clientId,
      preferredStaffId: item.preferredStaffId,
      start: item.startMinute,
      span,
      duration: item.durationMinutes,
      intervention: item.intervention,
      location: item.location,
      roleNeeded: needOf(item.intervention, item.roleNeeded),
      source,
      note: item.note,
    });
  }
  for (const a of input.appointments) {
    const source = appointmentSource(a.id);
    const client = clients.get(a.clientId);
    if (a.day !== input.day || a.staffSupport === 'none' || a.startMinute === null || taken.has(source)) continue;
    if (!client || client.status === 'discharged') continue;
    needs.push({
      clientId: a.clientId,
      preferredStaffId: null,
      start: a.startMinute,
      span: [a.startMinute, a.startMinute],
      duration: a.durationMinutes,
      intervention: 'other',
      location: 'community',
      roleNeeded: 'any',
      source,
      note: `${STAFF_SUPPORT_LABELS[a.staffSupport]}: ${APPOINTMENT_KIND_LABELS[a.kind]}${a.place ? ` at ${a.place}` : ''}${a.note ? `. ${a.note}` : ''}`,
    });
  }
  // Fixed times and scarce roles first: they have the fewest ways to be placed.
  const rank = (n: Need) => (n.start === null ? 2 : 0) + (n.roleNeeded === 'any' ? 1 : 0);
  return needs.sort((a, b) => rank(a) - rank(b) || a.span[0] - b.span[0] || a.source.localeCompare(b.source));
}

/** What the draft's choice of who takes a contact needs to know about the day. */
export type PlacerInput = Pick<DraftInput, 'clients' | 'staff' | 'staffDays' | 'existing' | 'travelBufferMinutes' | 'day'>;

/**
 * The draft's choice of who takes a contact, one contact after another: the preferred
 * staff member if working and free, else a member of the client's treatment team who can
 * do it, else the least-loaded working staff member who can. `place` books what it places.
 */
export function createPlacer(input: PlacerInput) {
  const live = input.existing.filter((b) => b.status !== 'cancelled');
  const booked: Booked[] = live.filter((b) => b.staffId !== null);
  const clientBooked: Pick<Booked, 'clientId' | 'startMinute' | 'endMinute'>[] = live.filter((b) => b.clientId !== null);
  const load = (staffId: number) =>
    booked.filter((b) => b.staffId === staffId).reduce((m, b) => m + b.endMinute - b.startMinute, 0);
  const clientsById = new Map(input.clients.map((c) => [c.id, c]));

  /** On shift and free then, with the travel time around (`travelBuffer` 0: as if nobody needed to travel). */
  function isFree(staffId: number, start: number, end: number, location: ContactLocation, travelBuffer = input.travelBufferMinutes): boolean {
    const shift = input.staffDays.get(staffId)?.shift;
    if (!shift || start < shift.start || end > shift.end) return false;
    return !booked.some((b) => {
      if (b.staffId !== staffId) return false;
      const buffer = travelBetween(b, { location }, travelBuffer);
      return start < b.endMinute + buffer && b.startMinute < end + buffer;
    });
  }

  /** A client is in one place at a time: a window item avoids the client's other contacts. */
  const clientFree = (clientId: number, start: number, end: number) =>
    !clientBooked.some((b) => b.clientId === clientId && start < b.endMinute && b.startMinute < end);

  function firstFreeStart(staffId: number, need: Need, travelBuffer = input.travelBufferMinutes): number | null {
    const free = (s: number) => isFree(staffId, s, s + need.duration, need.location, travelBuffer);
    if (need.start !== null) return free(need.start) ? need.start : null;
    for (let s = need.span[0]; s + need.duration <= need.span[1]; s += STEP) {
      if (clientFree(need.clientId, s, s + need.duration) && free(s)) return s;
    }
    return null;
  }

  /**
   * Who takes the need and when, or why nobody can. What is placed is booked for the next need;
   * so is the client's time when nothing is, unless `orElse` says another try follows.
   */
  function place(need: Need, orElse: 'unassigned' | 'try-again' = 'unassigned'): { staffId: number | null; startMinute: number; reason: string | null } {
    const able = input.staff.filter(
      (s) => s.active && canMeet(s.role, need.roleNeeded) && input.staffDays.get(s.id)?.shift,
    );
    const team = new Set(clientsById.get(need.clientId)?.teamStaffIds ?? []);
    const byLoad = (a: Staff, b: Staff) => load(a.id) - load(b.id) || a.id - b.id;
    const order = [
      ...able.filter((s) => s.id === need.preferredStaffId),
      ...able.filter((s) => s.id !== need.preferredStaffId && team.has(s.id)).sort(byLoad),
      ...able.filter((s) => s.id !== need.preferredStaffId && !team.has(s.id)).sort(byLoad),
    ];
    let placed: { staffId: number; start: number } | null = null;
    for (const s of order) {
      const start = firstFreeStart(s.id, need);
      if (start !== null) {
        placed = { staffId: s.id, start };
        break;
      }
    }
    const startMinute = placed?.start ?? need.start ?? need.span[0];
    const endMinute = startMinute + need.duration;
    if (placed || orElse === 'unassigned') clientBooked.push({ clientId: need.clientId, startMinute, endMinute });
    if (placed) booked.push({ clientId: need.clientId, staffId: placed.staffId, startMinute, endMinute, location: need.location, status: 'planned', source: null });
    if (placed) return { staffId: placed.staffId, startMinute, reason: null };
    // Someone would be free but for the travel time: the reason says so, not just "busy".
    const butForTravel = input.travelBufferMinutes > 0 && order.some((s) => firstFreeStart(s.id, need, 0) !== null);
    return { staffId: null, startMinute, reason: unplacedReason(need, able, input, butForTravel) };
  }
  return { place };
}

export function draftDay(input: DraftInput): DraftedContact[] {
  const placer = createPlacer(input);
  return needsOf(input).map((need) => {
    const { staffId, startMinute, reason } = placer.place(need);
    return {
      clientId: need.clientId,
      staffId,
      startMinute,
      endMinute: startMinute + need.duration,
      intervention: need.intervention,
      location: need.location,
      roleNeeded: need.roleNeeded,
      source: need.source,
      note: need.note,
      reason,
    };
  });
}

function unplacedReason(
  need: Need,
  able: Staff[],
  { staffDays, day, travelBufferMinutes }: Pick<PlacerInput, 'staffDays' | 'day' | 'travelBufferMinutes'>,
  butForTravel: boolean,
): string {
  const who = need.roleNeeded === 'any' ? 'staff member' : ROLE_NEED_LABELS[need.roleNeeded];
  const dayName = DAY_NAMES[weekdayOf(day) - 1];
  if (able.length === 0) return `No ${who} working ${dayName}`;
  const when = need.start !== null ? `at ${formatClock(need.start)}` : `in the ${windowName(need.span)}`;
  if (butForTravel) {
    return `Travel time: every ${who} free ${when} has another contact too close before or after it (${travelBufferMinutes} min needed to travel)`;
  }
  const [from, to] = [need.span[0], (need.start ?? need.span[1] - need.duration) + need.duration];
  const onShift = able.some((s) => {
    const shift = staffDays.get(s.id)?.shift;
    return shift && shift.start <= from && to <= shift.end;
  });
  return onShift ? `Every ${who} on shift is busy ${when}` : `No ${who} on shift ${when} on ${dayName}`;
}

function windowName(span: [MinuteOfDay, MinuteOfDay]): string {
  return span[0] < 12 * 60 ? 'morning' : span[0] < 17 * 60 ? 'afternoon' : 'evening';
}

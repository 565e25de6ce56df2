/**
 * Covering for someone who is off today: each of their planned contacts goes, at its own
 * time, to whoever the draft would choose (free, able, on shift), or to Unassigned with
 * the reason nobody could take it. Pure: the service reads the day and applies the moves.
 */
import type { Contact, Staff } from '../domain';
import type { StaffDay, TimeOffKind } from '../schedule';
import { type PlacerInput, createPlacer } from './draft';
import { needOf } from './roles';
import { byTime } from './warnings';
import { activityBookings } from './staff-time';
import type { TeamActivity } from '../team-activities';

/** Why a staff member is off for the day when the shift manager takes them off the board. */
export const OFF_TODAY_KINDS = ['sick', 'other'] as const;

export interface CoverMove {
  contactId: number;
  version: number;
  /** Who takes it: a staff member, or null for Unassigned (then `reason` says why). */
  toStaffId: number | null;
  /** When: its own time, or another in its part of the day when it came from a flexible schedule item. */
  startMinute: number;
  reason: string | null;
}

/** The contacts someone off today hands over: planned ones (outcomes stay as they happened). */
export const toHandOver = (contacts: Contact[], staffId: number): Contact[] =>
  contacts.filter((c) => c.staffId === staffId && c.status === 'planned').sort(byTime);

export interface CoverInput extends PlacerInput {
  off: Staff;
  kind: TimeOffKind;
  contacts: Contact[];
  /** The part of the day a contact may move within (from its flexible schedule item), or null: its time is fixed. */
  windowOf: (c: Contact) => [number, number] | null;
  /** The day's team activities: their staff are busy then. */
  activities?: TeamActivity[];
}

export function coverFor(input: CoverInput): CoverMove[] {
  const staffDays = new Map<number, StaffDay>(input.staffDays);
  staffDays.set(input.off.id, { staffId: input.off.id, shift: null, timeOff: input.kind });
  const handOver = toHandOver(input.contacts, input.off.id);
  const moving = new Set(handOver.map((c) => c.id));
  // The contacts handed over are placed afresh: they do not hold their old times against themselves.
  const existing = [...input.contacts.filter((c) => !moving.has(c.id)), ...activityBookings(input.activities ?? [])];
  const placer = createPlacer({ ...input, staffDays, existing });
  return handOver.map((c) => {
    const window = input.windowOf(c);
    // Its own time first; then anywhere in its part of the day, when it may move.
    const fixed = { start: c.startMinute, span: [c.startMinute, c.startMinute] as [number, number] };
    const need = {
      clientId: c.clientId,
      preferredStaffId: null,
      ...fixed,
      duration: c.endMinute - c.startMinute,
      intervention: c.intervention,
      location: c.location,
      roleNeeded: needOf(c.intervention, c.roleNeeded),
      source: c.source ?? '',
      note: '',
    };
    let placed = placer.place(need, window ? 'try-again' : 'unassigned');
    if (placed.staffId === null && window) placed = placer.place({ ...need, start: null, span: window });
    return { contactId: c.id, version: c.version, toStaffId: placed.staffId, startMinute: placed.startMinute, reason: placed.reason };
  });
}

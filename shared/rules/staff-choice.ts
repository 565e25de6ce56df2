/**
 * Who could take a contact at its time: the contact form's staff list, best first.
 * Pure; the shift, role and off-day rules are the board's own (availability, roles).
 */
import type { Contact, MinuteOfDay, Staff } from '../domain';
import { type RoleNeed, type StaffDay, TIME_OFF_LABELS } from '../schedule';
import { canMeet } from './roles';

export interface StaffChoice {
  staff: Staff;
  /** Working that day and the contact's time is inside their shift. */
  onShift: boolean;
  /** No other contact of theirs overlaps the time. */
  free: boolean;
  /** Their role can do what the contact needs. */
  hasRole: boolean;
  /** Why they are not working that day ("off: sick", "not on shift"), or null when they are. */
  off: string | null;
}

export interface StaffChoiceInput {
  staff: Staff[];
  staffDays: Map<number, StaffDay>;
  /** The day's contacts (the one being edited is left out by `contactId`). */
  contacts: Pick<Contact, 'id' | 'staffId' | 'startMinute' | 'endMinute' | 'status'>[];
  contactId: number | null;
  start: MinuteOfDay;
  end: MinuteOfDay;
  need: RoleNeed;
}

/** Why someone is not working a day, in the words the board uses, or null when they are. */
export function offReason(day: StaffDay | undefined): string | null {
  if (day?.shift) return null;
  return day?.timeOff ? `off: ${TIME_OFF_LABELS[day.timeOff].toLowerCase()}` : 'not on shift';
}

/**
 * Everyone in `staff`, with where they are at the contact's time. Order: on shift, free and
 * able first; then by how many of the three are missing; people off that day last; by name within.
 */
export function staffChoices(input: StaffChoiceInput): StaffChoice[] {
  const choices = input.staff.map((s): StaffChoice => {
    const day = input.staffDays.get(s.id);
    const shift = day?.shift ?? null;
    return {
      staff: s,
      onShift: shift !== null && shift.start <= input.start && input.end <= shift.end,
      free: !input.contacts.some(
        (c) => c.staffId === s.id && c.id !== input.contactId && c.status !== 'cancelled' && c.startMinute < input.end && input.start < c.endMinute,
      ),
      hasRole: canMeet(s.role, input.need),
      off: offReason(day),
    };
  });
  const missing = (c: StaffChoice) => (c.off ? 10 : 0) + Number(!c.onShift) + Number(!c.free) + Number(!c.hasRole);
  return choices.sort((a, b) => missing(a) - missing(b) || a.staff.name.localeCompare(b.staff.name));
}

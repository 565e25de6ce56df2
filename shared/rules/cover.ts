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

export interface CoverMove {
  contactId: number;
  version: number;
  /** Who takes it: a staff member, or null for Unassigned (then `reason` says why). */
  toStaffId: number | null;
  reason: string | null;
}

/** The contacts someone off today hands over: planned ones (outcomes stay as they happened). */
export const toHandOver = (contacts: Contact[], staffId: number): Contact[] =>
  contacts.filter((c) => c.staffId === staffId && c.status === 'planned').sort(byTime);

export function coverFor(input: PlacerInput & { off: Staff; kind: TimeOffKind; contacts: Contact[] }): CoverMove[] {
  const staffDays = new Map<number, StaffDay>(input.staffDays);
  staffDays.set(input.off.id, { staffId: input.off.id, shift: null, timeOff: input.kind });
  const placer = createPlacer({ ...input, staffDays });
  return toHandOver(input.contacts, input.off.id).map((c) => {
    const { staffId, reason } = placer.place({
      clientId: c.clientId,
      preferredStaffId: null,
      start: c.startMinute,
      span: [c.startMinute, c.startMinute],
      duration: c.endMinute - c.startMinute,
      intervention: c.intervention,
      location: c.location,
      roleNeeded: needOf(c.intervention, c.roleNeeded),
      source: c.source ?? '',
      note: '',
    });
    return { contactId: c.id, version: c.version, toStaffId: staffId, reason };
  });
}

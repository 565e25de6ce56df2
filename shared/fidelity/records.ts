/**
 * The plain records the fidelity items are computed from: what the service reads for a
 * period (and the months before it that some items look back over), nothing else.
 */
import { DateTime } from 'luxon';
import type { CollateralWith, ContactKind, ContactLocation, DischargeReason, Intervention, LocalDate, StaffRole } from '../domain';
import { addDays } from '../time';

/**
 * Discharges that say nothing about how the team holds on to its clients (TMACT OS10 leaves
 * them out of the count): the client moved away with a referral, graduated or died.
 */
export const NEUTRAL_DISCHARGES: readonly DischargeReason[] = ['moved_away', 'graduated', 'died'];

export interface StaffRecord {
  id: number;
  role: StaffRole;
  fte: number;
}

export interface ClientRecord {
  id: number;
  admissionDate: LocalDate;
  /** null: still on the team — or discharged before discharge dates were kept (`discharged` says). */
  dischargedOn: LocalDate | null;
  dischargeReason: DischargeReason | null;
  discharged: boolean;
}

/** A done contact (attempted, missed and planned ones are not service). */
export interface ContactRecord {
  clientId: number;
  staffId: number | null;
  day: LocalDate;
  minutes: number;
  kind: ContactKind;
  location: ContactLocation;
  collateralWith: CollateralWith | null;
  intervention: Intervention;
}

export type Presence = 'present' | 'remote' | 'absent' | 'off';

export interface MeetingRecord {
  day: LocalDate;
  /** Clients reviewed at it: OS3 counts a day only when some were. */
  reviewed: number;
  attendance: { staffId: number; presence: Presence }[];
}

/** A psychiatric hospital stay. */
export interface StayRecord {
  id: number;
  clientId: number;
  admittedOn: LocalDate;
  dischargedOn: LocalDate | null;
  teamInAdmission: boolean;
  teamInDischarge: boolean;
}

/** The primary on-call role over the period: hours nobody held it. */
export interface RotaRecord {
  hasRotation: boolean;
  hours: number;
  uncoveredHours: number;
  /** The first few stretches nobody held, for the drill-down. */
  gaps: { start: string; end: string }[];
}

export interface FidelityRecords {
  from: LocalDate;
  to: LocalDate;
  /** Active staff. */
  staff: StaffRecord[];
  /** Every client ever on the team (OS8 and OS10 look back up to 12 months). */
  clients: ClientRecord[];
  /** Done contacts of the period. */
  contacts: ContactRecord[];
  /** Finished meetings of the period. */
  meetings: MeetingRecord[];
  /** Psychiatric stays admitted or discharged in the 12 months to the period's end. */
  stays: StayRecord[];
  rota: RotaRecord;
}

/** Days in the period, both ends included. */
export function periodDays(from: LocalDate, to: LocalDate): number {
  // Date-only ISO strings parse as UTC midnights: whole days apart, whatever the zone.
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

export const periodWeeks = (from: LocalDate, to: LocalDate): number => periodDays(from, to) / 7;

/** The first day of the 12 months (or `months`) that end on `to`. */
export const monthsBack = (to: LocalDate, months: number): LocalDate =>
  addDays(DateTime.fromISO(to).minus({ months }).toISODate() as LocalDate, 1);

/** On the team on `day`: admitted by then and not yet discharged (a discharge without a date: gone). */
export function onTeam(c: ClientRecord, day: LocalDate): boolean {
  if (c.admissionDate > day) return false;
  if (c.dischargedOn !== null) return c.dischargedOn > day;
  return !c.discharged;
}

/** The period's caseload: clients on the team on its last day. */
export const caseload = (r: Pick<FidelityRecords, 'clients' | 'to'>): ClientRecord[] => r.clients.filter((c) => onTeam(c, r.to));

/** Week starts (the period cut in 7-day weeks from its first day; a last short week is dropped unless it is the only one). */
export function weeksOf(from: LocalDate, to: LocalDate): { start: LocalDate; end: LocalDate }[] {
  const out: { start: LocalDate; end: LocalDate }[] = [];
  for (let s = from; addDays(s, 6) <= to; s = addDays(s, 7)) out.push({ start: s, end: addDays(s, 6) });
  return out.length ? out : [{ start: from, end: to }];
}

/**
 * "At least monthly" over a period: the period cut in 4-week blocks ending on its last day
 * (a period shorter than 4 weeks is one block; days before the first whole block are left out).
 */
export function fourWeekBlocks(from: LocalDate, to: LocalDate): { start: LocalDate; end: LocalDate }[] {
  const n = Math.max(1, Math.floor(periodDays(from, to) / 28));
  return Array.from({ length: n }, (_, i) => {
    const end = addDays(to, -28 * (n - 1 - i));
    return { start: n === 1 && periodDays(from, to) < 28 ? from : addDays(end, -27), end };
  });
}

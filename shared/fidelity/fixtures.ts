/** Hand-made records for the fidelity tests: a team, a caseload and contacts in a 4-week period. */
import type { StaffRole } from '../domain';
import { addDays } from '../time';
import type { ClientRecord, ContactRecord, FidelityRecords, MeetingRecord, StaffRecord } from './records';

export const FROM = '2026-11-02'; // a Monday
export const TO = '2026-11-29'; // 4 weeks later, a Sunday

export const clientsOf = (n: number, admissionDate = '2020-01-01'): ClientRecord[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, admissionDate, dischargedOn: null, dischargeReason: null, discharged: false }));

let staffId = 1000;
export const staffOf = (role: StaffRole, fte = 1): StaffRecord => ({ id: staffId++, role, fte });
/** `fte` in full-time staff of a role plus one part-timer for the rest. */
export function staffWithFte(role: StaffRole, fte: number): StaffRecord[] {
  const whole = Math.floor(fte + 1e-9);
  const rest = Math.round((fte - whole) * 100) / 100;
  return [...Array.from({ length: whole }, () => staffOf(role)), ...(rest > 0 ? [staffOf(role, rest)] : [])];
}

export const contact = (over: Partial<ContactRecord> & Pick<ContactRecord, 'clientId'>): ContactRecord => ({
  staffId: 1,
  day: FROM,
  minutes: 30,
  kind: 'face_to_face',
  location: 'community',
  collateralWith: null,
  intervention: 'housing',
  ...over,
});

export function records(over: Partial<FidelityRecords> = {}): FidelityRecords {
  return {
    from: FROM,
    to: TO,
    staff: [],
    clients: clientsOf(10),
    contacts: [],
    meetings: [],
    stays: [],
    rota: { hasRotation: true, hours: 672, uncoveredHours: 0, gaps: [] },
    ...over,
  };
}

/** Weekday meetings of the period (Mon–Fri of each week, `days` a week), everyone in `attendance`, a client reviewed at each. */
export function meetingsEachWeek(days: number, attendance: MeetingRecord['attendance']): MeetingRecord[] {
  return [0, 7, 14, 21].flatMap((w) => Array.from({ length: days }, (_, d) => ({ day: addDays(FROM, w + d), reviewed: 1, attendance })));
}

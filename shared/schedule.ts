/** The words of planning: client schedules, appointments, staff availability, warnings. */
import type { ClientStatus, ContactLocation, Intervention, LocalDate, MinuteOfDay } from './domain';

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export type RecurrenceRule =
  /** Every `interval` weeks on the given weekdays. */
  | { kind: 'weekly'; interval: number; weekdays: Weekday[] }
  /** Every `interval` months on a day of the month (-1: the last day). */
  | { kind: 'monthlyByDay'; interval: number; monthDay: number }
  /** Every `interval` months on the nth weekday (-1: the last one). */
  | { kind: 'monthlyByWeekday'; interval: number; weekday: Weekday; nth: number };

export const TIME_WINDOWS = ['morning', 'afternoon', 'evening'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];
export const TIME_WINDOW_LABELS: Record<TimeWindow, string> = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };
/** The wall-clock span a window means, for the draft to place a contact in. */
export const TIME_WINDOW_SPANS: Record<TimeWindow, [MinuteOfDay, MinuteOfDay]> = {
  morning: [8 * 60, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 21 * 60],
};

/** Who a contact needs: anyone, a nurse, a prescriber, or a specialist role. */
export const ROLE_NEEDS = [
  'any',
  'nurse',
  'prescriber',
  'substance_use_specialist',
  'vocational_specialist',
  'peer_specialist',
  'family_specialist',
] as const;
export type RoleNeed = (typeof ROLE_NEEDS)[number];
export const ROLE_NEED_LABELS: Record<RoleNeed, string> = {
  any: 'Any staff',
  nurse: 'RN / LPN',
  prescriber: 'Psychiatrist / NPP',
  substance_use_specialist: 'Substance use specialist',
  vocational_specialist: 'Vocational specialist',
  peer_specialist: 'Peer specialist',
  family_specialist: 'Family specialist',
};

export interface ScheduleItem {
  id: number;
  clientId: number;
  rule: RecurrenceRule;
  /** The rule as stored: an iCalendar RRULE with DTSTART (and UNTIL). */
  rrule: string;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
  /** A fixed start, or a window of the day (exactly one of the two). */
  startMinute: MinuteOfDay | null;
  window: TimeWindow | null;
  durationMinutes: number;
  intervention: Intervention;
  location: ContactLocation;
  roleNeeded: RoleNeed;
  preferredStaffId: number | null;
  /** The client status this item is for: community visits while active, hospital visits while hospitalized. */
  appliesWhen: Exclude<ClientStatus, 'discharged'>;
  note: string;
  version: number;
}

/** A saved schedule item, with what is wrong with its preferred staff member in plain sentences (saved all the same). */
export interface SavedScheduleItem extends ScheduleItem {
  warnings: string[];
}

export const APPOINTMENT_KINDS = [
  'medical',
  'dental',
  'court',
  'benefits',
  'lease',
  'treatment_plan_review',
  'other',
] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];
export const APPOINTMENT_KIND_LABELS: Record<AppointmentKind, string> = {
  medical: 'Medical',
  dental: 'Dental',
  court: 'Court date',
  benefits: 'Benefits re-certification',
  lease: 'Lease renewal',
  treatment_plan_review: 'Treatment plan review',
  other: 'Other',
};

export const STAFF_SUPPORT = ['none', 'accompany', 'transport'] as const;
export type StaffSupport = (typeof STAFF_SUPPORT)[number];
export const STAFF_SUPPORT_LABELS: Record<StaffSupport, string> = {
  none: 'No staff needed',
  accompany: 'Staff accompanies',
  transport: 'Staff transports',
};

export interface Appointment {
  id: number;
  clientId: number;
  day: LocalDate;
  /** null: an all-day date (a re-certification deadline, say). */
  startMinute: MinuteOfDay | null;
  durationMinutes: number;
  kind: AppointmentKind;
  place: string;
  staffSupport: StaffSupport;
  note: string;
  version: number;
}

export interface Shift {
  start: MinuteOfDay;
  end: MinuteOfDay;
}

/** A team holiday: staffed like a weekend day (at least two staff). */
export interface Holiday {
  day: LocalDate;
  name: string;
}

export const TIME_OFF_KINDS = ['vacation', 'sick', 'training', 'holiday', 'other'] as const;
export type TimeOffKind = (typeof TIME_OFF_KINDS)[number];
export const TIME_OFF_LABELS: Record<TimeOffKind, string> = {
  vacation: 'Vacation',
  sick: 'Sick',
  training: 'Training',
  holiday: 'Holiday',
  other: 'Other',
};

export interface TimeOff {
  id: number;
  staffId: number;
  fromDay: LocalDate;
  toDay: LocalDate;
  kind: TimeOffKind;
  note: string;
}

/** A staff member's usual week: a shift or null (off) for each weekday, Monday first. */
export type ShiftPattern = (Shift | null)[];

export interface StaffAvailability {
  staffId: number;
  pattern: ShiftPattern;
  /** Per-day changes: a different shift, or null for a day off. */
  changes: { day: LocalDate; shift: Shift | null }[];
  timeOff: TimeOff[];
}

/** Where a staff member is on one day. */
export interface StaffDay {
  staffId: number;
  shift: Shift | null;
  timeOff: TimeOffKind | null;
}

export const WARNING_KINDS = [
  'double_booked',
  'travel_time',
  'over_shift_time',
  'outside_shift',
  'staff_off',
  'role_mismatch',
  'client_double_booked',
  'thin_weekend',
  // hospital and jail logs (issue 10): one per flag of a stay (shared/stays.ts)
  'stay_no_visit',
  'stay_consider_discharge',
  'stay_court_soon',
  'stay_legal_expiring',
  'stay_follow_up_overdue',
  'unassigned',
  'not_documented',
  // clients (issue 12): shared/rules/care-warnings.ts
  'high_risk_unplanned',
  'psych_visit_due',
  // the injection schedule (issue 14): past its window with none given
  'injection_missed',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface Warning {
  kind: WarningKind;
  /** A plain sentence a shift manager can act on. */
  message: string;
  contactIds: number[];
  /** Team activities the warning is about (an overlap with a supervision, say). */
  activityIds?: number[];
  staffId: number | null;
  clientId: number | null;
  /** The hospital or jail stay a warning is about ("plan a visit today" acts on it). */
  stayId?: number;
}

/** Clients the day should not forget: the side list the shift manager drags from. */
export interface ClientAttention {
  clientId: number;
  name: string;
  preferredName: string;
  /** stay_visit_due: in hospital or jail, and the team's visit is due (issue 10). */
  reason: 'no_recent_contact' | 'few_staff' | 'stay_visit_due';
  detail: string;
}

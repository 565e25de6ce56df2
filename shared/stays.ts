/**
 * The hospital log and the jail log (issue 10): the words of a stay, and the pure rules
 * the team acts on (days in, flags, the follow-up due date, the period's figures and the
 * TMACT OS11 rating). Every rule takes "today" in the team's zone: no clock is read here.
 */
import type { LocalDate } from './domain';
import { addDays, daysFromTo, formatDayShort, formatDate } from './time';

export const STAY_LOGS = ['hospital', 'jail'] as const;
export type StayLog = (typeof STAY_LOGS)[number];
export const STAY_LOG_LABELS: Record<StayLog, string> = { hospital: 'Hospital', jail: 'Jail' };

export const STAY_KINDS = ['psychiatric', 'medical', 'detox', 'crisis_bed', 'emergency', 'jail'] as const;
export type StayKind = (typeof STAY_KINDS)[number];
export const STAY_KIND_LABELS: Record<StayKind, string> = {
  psychiatric: 'Psychiatric inpatient',
  medical: 'Medical',
  detox: 'Detox',
  crisis_bed: 'Crisis bed',
  emergency: 'Emergency department / hold',
  jail: 'Jail or arrest',
};
export const logOfKind = (kind: StayKind): StayLog => (kind === 'jail' ? 'jail' : 'hospital');

export const LEGAL_STATUSES = ['voluntary', 'involuntary', 'court_ordered'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  voluntary: 'Voluntary',
  involuntary: 'Involuntary',
  court_ordered: 'Court-ordered',
};

export const DISCHARGE_DESTINATIONS = ['home', 'residence', 'shelter', 'other_facility', 'jail', 'hospital'] as const;
export type DischargeDestination = (typeof DISCHARGE_DESTINATIONS)[number];
export const DISCHARGE_DESTINATION_LABELS: Record<DischargeDestination, string> = {
  home: 'Home',
  residence: 'Residence',
  shelter: 'Shelter',
  other_facility: 'Another facility',
  jail: 'Jail',
  hospital: 'Hospital',
};

export const DISCHARGE_PLAN_STATES = ['not_started', 'in_progress', 'ready'] as const;
export type DischargePlanState = (typeof DISCHARGE_PLAN_STATES)[number];
export const DISCHARGE_PLAN_STATE_LABELS: Record<DischargePlanState, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  ready: 'Ready',
};

/** One stay in the hospital or jail log. Free texts are withheld from a locked seat. */
export interface Stay {
  id: number;
  clientId: number;
  log: StayLog;
  kind: StayKind;
  facility: string;
  unit: string;
  admittedOn: LocalDate;
  reason: string;
  legalStatus: LegalStatus | null;
  /** When the legal status expires, or its hearing. */
  legalUntil: LocalDate | null;
  learnedHow: string;
  learnedOn: LocalDate | null;
  teamInAdmission: boolean;
  contactName: string;
  contactPhone: string;
  visitPlan: string;
  expectedDischarge: LocalDate | null;
  dischargePlan: string;
  dischargePlanState: DischargePlanState;
  /** Jail: charges in brief, probation or parole officer, attorney. */
  charges: string;
  officer: string;
  attorney: string;
  dischargedOn: LocalDate | null;
  dischargedTo: DischargeDestination | null;
  teamInDischarge: boolean;
  medicationReconciled: boolean;
  followUpPlan: string;
  followUpDue: LocalDate | null;
  followUpContactId: number | null;
  version: number;
}

export const STAY_VISIT_KINDS = ['visit', 'call'] as const;
export type StayVisitKind = (typeof STAY_VISIT_KINDS)[number];

export interface StayVisit {
  id: number;
  stayId: number;
  day: LocalDate;
  /** A team visit, or a call with inpatient (or jail) staff. */
  kind: StayVisitKind;
  staffId: number | null;
  note: string;
  /** The done visit contact on the board that recorded it, if any. */
  contactId: number | null;
}

export interface StaySettings {
  /** Days without a team visit before the board warns (PACT: a visit every day). */
  visitGapDays: number;
  /** Days after a discharge by which a professional meets the client (NY 5.14.1.5.i: 3 to 7). */
  followUpDays: number;
  version: number;
}

export const DEFAULT_VISIT_GAP_DAYS = 1;
export const DEFAULT_FOLLOW_UP_DAYS = 3;
/** NY 5.14.1.5.i: never later than seven days after the discharge. */
export const MAX_FOLLOW_UP_DAYS = 7;
/** NY 5.5.2.2.iv: after three months in hospital or jail, consider discharge from ACT. */
export const CONSIDER_DISCHARGE_DAYS = 90;
/** How far ahead a court date or an expiring legal status is flagged. */
export const SOON_DAYS = 7;
export const READMISSION_DAYS = 30;

export const STAY_FLAG_KINDS = ['no_visit', 'consider_discharge', 'court_soon', 'legal_expiring', 'follow_up_overdue'] as const;
export type StayFlagKind = (typeof STAY_FLAG_KINDS)[number];
export const STAY_FLAG_LABELS: Record<StayFlagKind, string> = {
  no_visit: 'Visit due',
  consider_discharge: '90+ days',
  court_soon: 'Court soon',
  legal_expiring: 'Legal status expiring',
  follow_up_overdue: 'Follow-up overdue',
};

export interface StayFlag {
  kind: StayFlagKind;
  /** A plain sentence without names or free text (the caller adds the client's name). */
  message: string;
}

/** Calendar days from one local date to another (dates, not instants: a DST change does not shorten a day). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return daysFromTo(from, to);
}

/** Days in, counted live: 0 on the day of admission; up to the discharge once discharged. */
export function daysIn(stay: Pick<Stay, 'admittedOn' | 'dischargedOn'>, today: LocalDate): number {
  return Math.max(0, daysBetween(stay.admittedOn, stay.dischargedOn ?? today));
}

/** The next visit the team owes: the day after the last one plus the gap, never before today. */
export function nextVisitDue(lastSeen: LocalDate, visitGapDays: number, today: LocalDate): LocalDate {
  const due = addDays(lastSeen, visitGapDays);
  return due < today ? today : due;
}

/** The follow-up's due date: the team's limit after the discharge, never past seven days. */
export function followUpDueOn(dischargedOn: LocalDate, followUpDays: number): LocalDate {
  return addDays(dischargedOn, Math.min(Math.max(1, followUpDays), MAX_FOLLOW_UP_DAYS));
}

export interface OpenStayFacts {
  stay: Pick<Stay, 'log' | 'admittedOn' | 'dischargedOn' | 'legalUntil' | 'legalStatus'>;
  today: LocalDate;
  /** The last team visit (not a call), if any. */
  lastVisit: LocalDate | null;
  visitGapDays: number;
  /** A visit contact is already on today's board (planned or done). */
  visitPlannedToday: boolean;
  /** The client's court dates (appointments). */
  courtDates: LocalDate[];
}

/** Whether the team owes a visit today: no visit for `visitGapDays` days (counting from the admission before the first). */
export function visitDue(f: Pick<OpenStayFacts, 'stay' | 'today' | 'lastVisit' | 'visitGapDays'>): boolean {
  return daysBetween(f.lastVisit ?? f.stay.admittedOn, f.today) >= f.visitGapDays;
}

/** What the team should act on about an open stay today. */
export function openStayFlags(f: OpenStayFacts): StayFlag[] {
  const flags: StayFlag[] = [];
  const where = f.stay.log === 'jail' ? 'jail' : 'hospital';
  if (visitDue(f) && !f.visitPlannedToday) {
    const since = f.lastVisit ? `since ${formatDayShort(f.lastVisit)}` : 'since the admission';
    flags.push({ kind: 'no_visit', message: `no team visit in ${where} ${since} (${daysBetween(f.lastVisit ?? f.stay.admittedOn, f.today)} days).` });
  }
  const days = daysIn(f.stay, f.today);
  if (days >= CONSIDER_DISCHARGE_DAYS) {
    flags.push({ kind: 'consider_discharge', message: `${days} days in ${where}: consider discharge from ACT (NY 5.5.2.2.iv).` });
  }
  const court = f.courtDates.filter((d) => withinSoon(d, f.today)).sort()[0];
  if (court) flags.push({ kind: 'court_soon', message: `court date on ${formatDayShort(court)} (${daysBetween(f.today, court)} days away).` });
  if (f.stay.legalUntil && daysBetween(f.today, f.stay.legalUntil) <= SOON_DAYS) {
    const left = daysBetween(f.today, f.stay.legalUntil);
    flags.push({
      kind: 'legal_expiring',
      message: left < 0 ? `legal status expired on ${formatDayShort(f.stay.legalUntil)}.` : `legal status expires or is heard on ${formatDayShort(f.stay.legalUntil)} (${left} days away).`,
    });
  }
  return flags;
}

const withinSoon = (day: LocalDate, today: LocalDate) => {
  const d = daysBetween(today, day);
  return d >= 0 && d <= SOON_DAYS;
};

/** A follow-up after discharge not done by its due date (a done face-to-face contact on or after the discharge counts). */
export function followUpFlag(
  stay: Pick<Stay, 'dischargedOn' | 'followUpDue'>,
  today: LocalDate,
  firstSeenAfter: LocalDate | null,
): StayFlag | null {
  if (!stay.dischargedOn || !stay.followUpDue || today <= stay.followUpDue) return null;
  if (firstSeenAfter && firstSeenAfter <= stay.followUpDue) return null;
  return { kind: 'follow_up_overdue', message: `follow-up after the discharge on ${formatDate(stay.dischargedOn)} was due by ${formatDate(stay.followUpDue)} and is not done.` };
}

/** TMACT OS11 anchors: the share of admissions and discharges the team took part in. */
export type Os11Rating = 1 | 2 | 3 | 4 | 5;
const OS11_ANCHORS: [percent: number, rating: Os11Rating][] = [
  [90, 5],
  [70, 4],
  [45, 3],
  [15, 2],
];
/** Whole numbers compared, so a share exactly on an anchor (e.g. 9 of 10) is never lost to rounding. */
export function os11Rating(involved: number, events: number): Os11Rating {
  return OS11_ANCHORS.find(([percent]) => involved * 100 >= percent * events)?.[1] ?? 1;
}

export interface StayFigures {
  from: LocalDate;
  to: LocalDate;
  admissions: number;
  discharges: number;
  /** Psychiatric admissions and discharges in the period, and how many the team took part in (OS11). */
  os11Events: number;
  os11Involved: number;
  /** null when there was nothing to rate. */
  os11Share: number | null;
  os11Rating: Os11Rating | null;
  /** Over the stays discharged in the period (days), null when none. */
  averageLengthOfStay: number | null;
  /** Hospital admissions within 30 days of the same client's previous hospital discharge. */
  readmissions30: number;
  emergencyVisits: number;
  jailBookings: number;
  jailReleases: number;
}

type FigureStay = Pick<Stay, 'clientId' | 'log' | 'kind' | 'admittedOn' | 'dischargedOn' | 'teamInAdmission' | 'teamInDischarge'>;

/** The period's figures from the stays (all of them: readmissions look back before the period). */
export function stayFigures(stays: FigureStay[], from: LocalDate, to: LocalDate): StayFigures {
  const inPeriod = (d: LocalDate | null): d is LocalDate => d !== null && d >= from && d <= to;
  const hospital = stays.filter((s) => s.log === 'hospital' && s.kind !== 'emergency');
  const admitted = hospital.filter((s) => inPeriod(s.admittedOn));
  const discharged = hospital.filter((s) => inPeriod(s.dischargedOn));
  const psychiatric = hospital.filter((s) => s.kind === 'psychiatric');
  const os11Admissions = psychiatric.filter((s) => inPeriod(s.admittedOn));
  const os11Discharges = psychiatric.filter((s) => inPeriod(s.dischargedOn));
  const os11Events = os11Admissions.length + os11Discharges.length;
  const os11Involved = os11Admissions.filter((s) => s.teamInAdmission).length + os11Discharges.filter((s) => s.teamInDischarge).length;
  const os11Share = os11Events ? os11Involved / os11Events : null;
  const lengths = discharged.map((s) => daysIn(s, s.dischargedOn!));
  const readmissions30 = admitted.filter((s) =>
    hospital.some(
      (p) => p !== s && p.clientId === s.clientId && p.dischargedOn !== null && p.dischargedOn <= s.admittedOn && daysBetween(p.dischargedOn, s.admittedOn) <= READMISSION_DAYS,
    ),
  ).length;
  const jail = stays.filter((s) => s.log === 'jail');
  return {
    from,
    to,
    admissions: admitted.length,
    discharges: discharged.length,
    os11Events,
    os11Involved,
    os11Share,
    os11Rating: os11Events ? os11Rating(os11Involved, os11Events) : null,
    averageLengthOfStay: lengths.length ? Math.round((lengths.reduce((a, b) => a + b, 0) / lengths.length) * 10) / 10 : null,
    readmissions30,
    emergencyVisits: stays.filter((s) => s.kind === 'emergency' && inPeriod(s.admittedOn)).length,
    jailBookings: jail.filter((s) => inPeriod(s.admittedOn)).length,
    jailReleases: jail.filter((s) => inPeriod(s.dischargedOn)).length,
  };
}

/** One row of the Current view: an open stay with what the team needs before the meeting. */
export interface CurrentStay {
  stay: Stay;
  clientName: string;
  daysIn: number;
  lastVisit: LocalDate | null;
  nextVisit: LocalDate;
  flags: StayFlag[];
}

/** One row of the History view. */
export interface StayRecord {
  stay: Stay;
  clientName: string;
  daysIn: number;
  visits: number;
}

/** The stays a client has, for the meeting and the card: the open one with its visits. */
export interface ClientStays {
  current: CurrentStay | null;
  visits: StayVisit[];
  history: StayRecord[];
}

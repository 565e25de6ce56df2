/** The words of the morning meeting and the significant event log. */
import type { ClientBasics } from './client-basics';
import type { Client, Contact, LocalDate, Staff } from './domain';
import type { AfterHoursCall } from './oncall';
import type { DocDue } from './rules/documentation-due';

export const ACUITIES = ['routine', 'watch', 'high_risk'] as const;
export type Acuity = (typeof ACUITIES)[number];
export const ACUITY_LABELS: Record<Acuity, string> = { routine: 'Routine', watch: 'Watch', high_risk: 'High risk' };

export const EVENT_CATEGORIES = [
  'safety_risk',
  'medical',
  'medication',
  'legal',
  'housing',
  'substance_use',
  'family',
  'other',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
export const EVENT_CATEGORY_LABELS: Record<EventCategory, string> = {
  safety_risk: 'Safety / risk',
  medical: 'Medical',
  medication: 'Medication',
  legal: 'Legal',
  housing: 'Housing',
  substance_use: 'Substance use',
  family: 'Family',
  other: 'Other',
};

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const MEETING_SORTS = ['status', 'alphabetical', 'custom'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];
export const MEETING_SORT_LABELS: Record<MeetingSort, string> = {
  status: 'Status first (hospital, jail, high risk, watch)',
  alphabetical: 'Alphabetical',
  custom: 'Saved custom order',
};

export const PRESENCES = ['present', 'remote', 'absent', 'off'] as const;
export type Presence = (typeof PRESENCES)[number];
export const PRESENCE_LABELS: Record<Presence, string> = {
  present: 'Present',
  remote: 'Remote',
  absent: 'Absent',
  off: 'Not working today',
};

/** One minute per client (NY ACT guidelines 5.9) by default; the team may set 0.5 to 5 minutes. */
export const MINUTES_PER_CLIENT_MIN = 0.5;
export const MINUTES_PER_CLIENT_MAX = 5;

export type ReviewState = 'pending' | 'reviewed' | 'parked';

/** What the meeting knows about a client beyond the roster. */
export interface ClientProfile {
  clientId: number;
  acuity: Acuity;
  acuityReason: string;
  acuityChangedAt: string | null;
  /** In the client's own words. */
  goals: string[];
  planReviewDue: LocalDate | null;
  lastPsychiatricVisit: LocalDate | null;
  psychiatricVisitDue: LocalDate | null;
  /** Shown instead of the name in privacy mode; null: the initials. */
  alias: string | null;
  meetingPosition: number | null;
  version: number;
}

export interface SignificantEvent {
  id: number;
  clientId: number | null;
  occurredAt: string;
  category: EventCategory;
  severity: Severity;
  text: string;
  authorStaffId: number;
  onCall: boolean;
  reviewedMeetingId: number | null;
  reviewedAt: string | null;
  version: number;
  createdAt: string;
}

export interface MeetingReview {
  clientId: number;
  position: number;
  state: ReviewState;
  wasParked: boolean;
  parkNote: string;
  /** Time the client was in focus, in seconds. */
  seconds: number;
}

export interface MeetingChange {
  label: string;
  count: number;
}

/** The end-of-meeting figures, computed from the record. */
export interface MeetingSummary {
  rosterSize: number;
  reviewed: number;
  notReviewed: number[];
  parked: { clientId: number; note: string; reviewedLater: boolean }[];
  seconds: number;
  /** The meeting's target: the team's minutes per client (when it started) for each client on the roster. */
  targetSeconds: number;
  attendance: Record<Presence, number>;
  changes: MeetingChange[];
}

export interface Meeting {
  id: number;
  day: LocalDate;
  startedAt: string;
  endedAt: string | null;
  status: 'running' | 'finished';
  sort: MeetingSort;
  focusClientId: number | null;
  focusSince: string | null;
  reviews: MeetingReview[];
  attendance: { staffId: number; presence: Presence }[];
  /** The team's minutes per client when the meeting started (the client timer's target). */
  minutesPerClient: number;
  summary: MeetingSummary;
  version: number;
}

/** An item of the next seven days beside the contacts: due dates and (later) appointments. */
export interface UpcomingDate {
  day: LocalDate;
  label: string;
  overdue: boolean;
}

/** Everything the wall screen shows about one client. */
export interface RosterClient {
  /** With the client's basics for the day (address, phone, crisis plan, legal status), withheld like the names. */
  client: Pick<Client, 'id' | 'name' | 'preferredName' | 'status' | 'primaryStaffId' | keyof ClientBasics>;
  /** As stored (what the profile form edits). */
  profile: ClientProfile;
  /** The last done psychiatric visit on the board (as the MD board has it). */
  lastPsychiatricVisit: LocalDate | null;
  /** As the MD board has it: the last visit plus the team's interval; null: never seen. */
  psychiatricVisitDue: LocalDate | null;
  /** Under an AOT order (issue 14): its expiry and the next report to the county program. */
  aot: { expiresOn: LocalDate; nextReportDue: LocalDate } | null;
  /** The due date of an injection missed (past its window, none given). */
  injectionMissed: LocalDate | null;
  /** Documents still owed, by the chart captains' rules (the plan review among them). */
  documentsDue: DocDue[];
  /** Contacts that started since the last meeting ended (at most a week back; the last 24 hours before any meeting). */
  last24h: Contact[];
  /** Contacts that start in the next 24 hours. */
  next24h: Contact[];
  /** Planned contacts after the next 24 hours, within 7 days. */
  nextWeek: Contact[];
  upcoming: UpcomingDate[];
  /** Unreviewed events and those of the last 7 days, newest first. */
  events: SignificantEvent[];
  newEvents: number;
  onCallSinceLastMeeting: boolean;
}

export interface MeetingRoster {
  now: string;
  today: LocalDate;
  timeZone: string;
  /** The team's target minutes per client (a setting). */
  minutesPerClient: number;
  lastMeetingEndedAt: string | null;
  staff: Staff[];
  clients: RosterClient[];
  /** Events about the team rather than one client: unreviewed ones and those of the last 7 days. */
  teamEvents: SignificantEvent[];
  /** After-hours calls since the last meeting, and older ones not yet reviewed at one (issue 11). */
  afterHours: AfterHoursCall[];
}

export interface MeetingWeek {
  /** Monday of the week. */
  weekStart: LocalDate;
  meetingDays: number;
  fullAttendanceDays: number;
  /** TMACT OS3 anchor (1..5) this week's meetings would earn. */
  os3: number;
}

export interface MeetingHistory {
  meetings: (Pick<Meeting, 'id' | 'day' | 'startedAt' | 'endedAt' | 'status'> & { summary: MeetingSummary })[];
  weeks: MeetingWeek[];
  /** Median weekly OS3 rating (rounded down) of the complete weeks since the first meeting; null with none. */
  os3: number | null;
  averageReviewedShare: number | null;
}

export interface EventList {
  events: SignificantEvent[];
  total: number;
}

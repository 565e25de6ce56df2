/** The words of an ACT team's day, shared by every layer. */
import type { ClientAttention, RoleNeed, StaffDay, Warning } from './schedule';
import type { WallSettings } from './wall';
import type { StateProfile } from './state-profile';
import type { ClientBasics } from './client-basics';
import type { TeamActivity } from './team-activities';

export const STAFF_ROLES = [
  'team_leader',
  'psychiatrist',
  'nurse_practitioner',
  'registered_nurse',
  'licensed_practical_nurse',
  'substance_use_specialist',
  'vocational_specialist',
  'peer_specialist',
  'family_specialist',
  'social_worker',
  'case_manager',
  'program_assistant',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  team_leader: 'Team leader',
  psychiatrist: 'Psychiatrist',
  nurse_practitioner: 'Nurse practitioner',
  registered_nurse: 'Registered nurse',
  licensed_practical_nurse: 'LPN',
  substance_use_specialist: 'Substance use specialist',
  vocational_specialist: 'Vocational specialist',
  peer_specialist: 'Peer specialist',
  family_specialist: 'Family specialist',
  social_worker: 'Social worker',
  case_manager: 'Case manager',
  program_assistant: 'Program assistant',
};

/**
 * The program assistant is not direct-care staff (NY ACT guidelines, definitions),
 * so they get a board column only on a day they carry a contact.
 */
export function carriesContacts(role: StaffRole): boolean {
  return role !== 'program_assistant';
}

export const INTERVENTIONS = [
  'medication_delivery',
  'injection',
  'psychiatric_visit',
  'housing',
  'employment',
  'adl_support',
  'substance_use',
  'family',
  'crisis',
  'hospital_visit',
  'jail_visit',
  'other',
] as const;
export type Intervention = (typeof INTERVENTIONS)[number];

export const INTERVENTION_LABELS: Record<Intervention, string> = {
  medication_delivery: 'Medication delivery',
  injection: 'Injection',
  psychiatric_visit: 'Psychiatric visit',
  housing: 'Housing',
  employment: 'Employment',
  adl_support: 'ADL support',
  substance_use: 'Substance use',
  family: 'Family',
  crisis: 'Crisis',
  hospital_visit: 'Hospital visit',
  jail_visit: 'Jail visit',
  other: 'Other',
};

export const LOCATIONS = ['community', 'office', 'phone'] as const;
export type ContactLocation = (typeof LOCATIONS)[number];

export const LOCATION_LABELS: Record<ContactLocation, string> = {
  community: 'Community',
  office: 'Office',
  phone: 'Phone',
};

/** What kind of contact it was (issue 14); attempted contacts stay an outcome, not a kind. */
export const CONTACT_KINDS = ['face_to_face', 'phone', 'video', 'collateral'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  face_to_face: 'Face to face',
  phone: 'Phone',
  video: 'Video',
  collateral: 'Collateral',
};

/** With whom a collateral contact was (only collateral contacts say, and they always do). */
export const COLLATERAL_WITH = ['family', 'provider', 'other'] as const;
export type CollateralWith = (typeof COLLATERAL_WITH)[number];

export const COLLATERAL_WITH_LABELS: Record<CollateralWith, string> = {
  family: 'family or natural support',
  provider: 'another provider',
  other: 'other',
};

/** A contact's kind in words: "Collateral (another provider)". */
export function contactKindLabel(kind: ContactKind, collateralWith: CollateralWith | null): string {
  return kind === 'collateral' && collateralWith ? `Collateral (${COLLATERAL_WITH_LABELS[collateralWith]})` : CONTACT_KIND_LABELS[kind];
}

/** The kind a contact gets when nobody says: one placed on the phone is a phone contact. */
export const kindForLocation = (location: ContactLocation): ContactKind => (location === 'phone' ? 'phone' : 'face_to_face');

/** Only face-to-face contacts count as seeing the client (the attention list, the meeting, follow-ups). */
export const isFaceToFace = (c: Pick<Contact, 'kind'>): boolean => c.kind === 'face_to_face';

export const CONTACT_STATUSES = ['planned', 'done', 'attempted', 'missed', 'cancelled'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const CONTACT_STATUS_LABELS: Record<ContactStatus, string> = {
  planned: 'Planned',
  done: 'Done',
  attempted: 'Attempted',
  missed: 'Missed',
  cancelled: 'Cancelled',
};

export const CLIENT_STATUSES = ['active', 'hospitalized', 'incarcerated', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const CLIENT_STATUS_LABELS: Record<ClientStatus, string> = {
  active: 'Active',
  hospitalized: 'Hospitalized',
  incarcerated: 'Incarcerated',
  discharged: 'Discharged',
};

/** Why a client left the team (the TMACT retention list), recorded with the discharge date (issue 15). */
export const DISCHARGE_REASONS = ['moved_away', 'graduated', 'died', 'dropped_out', 'refused', 'jailed_long_term', 'hospitalized_long_term', 'other'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export const DISCHARGE_REASON_LABELS: Record<DischargeReason, string> = {
  moved_away: 'Moved away (referred on)',
  graduated: 'Graduated to less intensive services',
  died: 'Died',
  dropped_out: 'Dropped out, or lost contact',
  refused: 'Refused services',
  jailed_long_term: 'Jailed long term',
  hospitalized_long_term: 'Hospitalized long term',
  other: 'Other',
};

/** A local calendar date in the team's time zone, `YYYY-MM-DD`. */
export type LocalDate = string;
/** Minutes after local midnight on a schedule day (0..1440). */
export type MinuteOfDay = number;

export interface Staff {
  id: number;
  name: string;
  initials: string;
  role: StaffRole;
  fte: number;
  colour: string;
  active: boolean;
  version: number;
}

/** The basics (address, phone, crisis plan, legal status) are withheld from a locked seat like the names. */
export interface Client extends ClientBasics {
  id: number;
  name: string;
  preferredName: string;
  recordNumber: string | null;
  /** null: withheld from a locked seat (with the record number and the names). */
  admissionDate: LocalDate | null;
  status: ClientStatus;
  /** Set when the client was discharged (null before the board kept it, and withheld from a locked seat). */
  dischargedOn: LocalDate | null;
  dischargeReason: DischargeReason | null;
  primaryStaffId: number | null;
  teamStaffIds: number[];
  version: number;
}

export interface Contact {
  id: number;
  clientId: number;
  /** null: in the Unassigned column. */
  staffId: number | null;
  day: LocalDate;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  intervention: Intervention;
  location: ContactLocation;
  kind: ContactKind;
  /** Set for a collateral contact only. */
  collateralWith: CollateralWith | null;
  status: ContactStatus;
  note: string;
  /** The plan for the next contact, written with the outcome. */
  nextPlan: string;
  /** Who the work needs, when a schedule said so (injections and psychiatric visits always need their role). */
  roleNeeded: RoleNeed | null;
  /** Where a drafted contact came from (schedule item or appointment); null when made by hand. */
  source: string | null;
  /** Why the draft could not give it to anyone. */
  draftReason: string | null;
  version: number;
  updatedAt: string;
}

export interface TeamSettings {
  teamName: string;
  timeZone: string;
  /** Minutes a staff member needs between community contacts. */
  travelBufferMinutes: number;
  /** A client with no face-to-face contact in this many days is listed for attention. */
  noContactDays: number;
  /** The team's working day ("HH:MM"): outside it the wall screen may go blank. */
  operatingStart: string;
  operatingEnd: string;
  clockFormat: ClockFormat;
  /** Whose standards set documentation due dates and fidelity targets. */
  stateProfile: StateProfile;
  /** The morning meeting's target: minutes per client on the roster (0.5 to 5). */
  meetingMinutesPerClient: number;
  /** The wall screen: its pages in turn, column paging, blank outside operating hours. */
  wall: WallSettings;
  /** The fictional demo team: every screen says so. */
  demo: boolean;
  version: number;
}

export type ClockFormat = '24h' | '12h';

/** Everything a seat needs to draw one day's board. */
export interface BoardDay {
  day: LocalDate;
  today: LocalDate;
  timeZone: string;
  /** Columns in display order (the Unassigned column is implicit). */
  staff: Staff[];
  contacts: Contact[];
  /** Team activities (group, supervision, ...): staff time with no client. */
  activities: TeamActivity[];
  /** Clients referenced by the day's contacts. */
  /** daysIn: days in hospital or jail, for a client with an open stay (issue 10). */
  /** With their basics for the day sheet (withheld with the names from a locked seat). */
  clients: (Pick<Client, 'id' | 'name' | 'preferredName' | 'status' | keyof ClientBasics> & { daysIn?: number })[];
  /** Where each staff member is that day (shift or off). */
  staffDays: StaffDay[];
  /** The holiday's name, if the day is one. */
  holiday: string | null;
  shiftManagerId: number | null;
  /** The day plan's version, for changing the shift manager. */
  dayPlanVersion: number;
  warnings: Warning[];
  attention: ClientAttention[];
}

/** The areas a committed write can change; seats refresh what shows them. */
export type ChangeArea =
  | 'contacts'
  | 'staff'
  | 'clients'
  | 'settings'
  | 'trust'
  | 'schedules'
  | 'meetings'
  | 'events'
  // the hospital and jail logs (issue 10)
  | 'stays'
  // the on-call rota and the after-hours log (issue 11)
  | 'oncall';
export interface ChangeEvent {
  areas: ChangeArea[];
  /** Schedule days whose board changed, when the change is about contacts. */
  days?: LocalDate[];
  /** Cards moved (contacts.move): seats show them there at once, then refetch to be exact. */
  moves?: CardMove[];
}
/**
 * Where a moved card now is: ids, times and its version, nothing else. Every seat that
 * hears change events, a locked one too, reads these very fields on its board.
 */
export type CardMove = Pick<Contact, 'id' | 'day' | 'staffId' | 'startMinute' | 'endMinute' | 'version'>;

/** What the fidelity methods return (issue 15). */
import type { LocalDate } from '../domain';
import type { StateProfile } from '../state-profile';
import type { ItemInfo, TrendPoint } from './index';
import type { DrillRow, FidelityItemId, ItemResult } from './result';
import type { StateTarget } from './targets';

export interface FidelityItemReport extends ItemResult, ItemInfo {
  /** The state's target beside the item, and whether the figure meets it. */
  target: (StateTarget & { met: boolean }) | null;
}

export interface FidelityReport {
  from: LocalDate;
  to: LocalDate;
  stateProfile: StateProfile;
  caseload: number;
  items: FidelityItemReport[];
}

export interface FidelityTrend {
  months: { month: string; from: LocalDate; to: LocalDate }[];
  items: Record<FidelityItemId, TrendPoint[]>;
}

export interface FidelityItemRecords {
  item: FidelityItemId;
  from: LocalDate;
  to: LocalDate;
  columns: string[];
  /** `client`: the client's name as the caller may see it (initials on a locked seat). */
  rows: (DrillRow & { client: string | null })[];
}

/** One client's face-to-face service in a period (the per-client view and its CSV). */
export interface ClientServiceRow {
  clientId: number;
  client: string;
  contactsPerWeek: number;
  minutesPerWeek: number;
  distinctStaff: number;
  /** Percent of face-to-face contacts in the community; null without any. */
  communityShare: number | null;
  familyContacts: number;
  lastFaceToFace: LocalDate | null;
}

export interface ClientServiceWeek {
  weekStart: LocalDate;
  contacts: number;
  minutes: number;
  distinctStaff: number;
  communityShare: number | null;
}

export interface ClientServiceTable {
  from: LocalDate;
  to: LocalDate;
  rows: ClientServiceRow[];
}

export interface ClientServiceHistory {
  clientId: number;
  client: string;
  weeks: ClientServiceWeek[];
}

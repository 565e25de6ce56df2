/** The chart captains' board (issue 14): each captain's clients and the documents they owe. */
import type { LocalDate } from './domain';
import type { DocDue } from './rules/documentation-due';
import type { StateProfile } from './state-profile';

export interface ChartClient {
  clientId: number;
  clientName: string;
  /** null: withheld from a locked seat (with the name). */
  admissionDate: LocalDate | null;
  /** The client's treatment team, by staff id (the captain first). */
  teamStaffIds: number[];
  documents: DocDue[];
  overdue: number;
}

export interface ChartCaptain {
  /** null: clients without a primary staff member. */
  staffId: number | null;
  clients: ChartClient[];
}

export interface ChartBoard {
  today: LocalDate;
  stateProfile: StateProfile;
  source: string;
  /** Set when another state's timelines stand in (Utah). */
  fallback: string | null;
  captains: ChartCaptain[];
}

/** Team activities (issue 14): staff time on the board that is not a contact with a client. */
import type { LocalDate, MinuteOfDay } from './domain';

export const TEAM_ACTIVITY_KINDS = ['group', 'supervision', 'training', 'team_meeting', 'travel'] as const;
export type TeamActivityKind = (typeof TEAM_ACTIVITY_KINDS)[number];

export const TEAM_ACTIVITY_LABELS: Record<TeamActivityKind, string> = {
  group: 'Group',
  supervision: 'Supervision',
  training: 'Training',
  team_meeting: 'Team meeting',
  travel: 'Travel',
};

/** Where it happens: a community group needs travel time around it like a home visit. */
export const TEAM_ACTIVITY_LOCATIONS = ['office', 'community'] as const;
export type TeamActivityLocation = (typeof TEAM_ACTIVITY_LOCATIONS)[number];

export interface TeamActivity {
  id: number;
  kind: TeamActivityKind;
  day: LocalDate;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  location: TeamActivityLocation;
  /** Everyone it takes, by id (at least one). */
  staffIds: number[];
  /** Free text: withheld from a locked seat. */
  note: string;
  /** The repeating series it belongs to (the first activity's id), or null for a one-off. */
  seriesId: number | null;
  version: number;
}

/** How far ahead a series is written at once: a year, the horizon of the team's planning. */
export const SERIES_MAX_DAYS = 366;

/**
 * What takes a staff member's time on a day: their contacts and their team activities.
 * The one place that turns a team activity into staff time, for the warnings, the draft and
 * cover, so an activity counts against shifts and travel exactly as a contact does.
 */
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../team-activities';
import type { Booked } from './draft';

/** An activity as the warnings and the draft name it: "Supervision". */
export const activityLabel = (a: Pick<TeamActivity, 'kind'>): string => TEAM_ACTIVITY_LABELS[a.kind];

/** Each activity as one booking for each staff member it takes (no client, so it never clashes with a client's time). */
export function activityBookings(activities: readonly TeamActivity[]): Booked[] {
  return activities.flatMap((a) =>
    a.staffIds.map((staffId) => ({
      clientId: null,
      staffId,
      startMinute: a.startMinute,
      endMinute: a.endMinute,
      location: a.location,
      travel: a.kind === 'travel',
      status: 'planned' as const,
      source: null,
    })),
  );
}

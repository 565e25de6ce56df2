/**
 * What takes a staff member's time on a day: their contacts and their team activities.
 * The one place that turns a team activity into staff time, for the warnings, the draft and
 * cover, so an activity counts against shifts and travel exactly as a contact does.
 */
import type { ContactLocation } from '../domain';
import { TEAM_ACTIVITY_LABELS, type TeamActivity } from '../team-activities';
import type { Booked } from './draft';

interface Placed {
  location: ContactLocation;
  /** A travel activity is the travel itself: nothing next to it needs more. */
  travel?: boolean;
}

/** Whether going from one to the other needs the team's travel buffer: one is in the community, and neither is travel. */
export const needsTravelBetween = (a: Placed, b: Placed): boolean =>
  !a.travel && !b.travel && (a.location === 'community' || b.location === 'community');

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

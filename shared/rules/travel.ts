import type { ContactLocation } from '../domain';

/** Something that takes a staff member's time, as far as travel goes: a contact or a team activity. */
export interface Placed {
  location: ContactLocation;
  /** A travel activity is the travel itself: nothing next to it needs more. */
  travel?: boolean;
}

/**
 * Minutes a staff member needs between two things back to back: the team's travel time when
 * either of them is in the community, none between two in the office or by phone, and none
 * next to a travel activity.
 */
export const travelBetween = (a: Placed, b: Placed, travelBufferMinutes: number): number =>
  !a.travel && !b.travel && (a.location === 'community' || b.location === 'community') ? travelBufferMinutes : 0;

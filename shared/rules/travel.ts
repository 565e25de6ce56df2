import type { ContactLocation } from '../domain';

/**
 * Minutes a staff member needs between two contacts back to back: the team's travel time
 * when either of them is in the community, none between two in the office or by phone.
 */
export const travelBetween = (a: ContactLocation, b: ContactLocation, travelBufferMinutes: number): number =>
  a === 'community' || b === 'community' ? travelBufferMinutes : 0;

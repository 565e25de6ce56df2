/**
 * The monthly contact tracker (NY ACT guidelines 5.9.2.v): per client and month, every
 * contact and attempted contact, and the month's totals against the targets.
 */
import { DateTime } from 'luxon';
import type { CollateralWith, Contact, ContactKind, ContactLocation, Intervention, LocalDate, MinuteOfDay } from './domain';

/** A month, `YYYY-MM`. */
export type Month = string;

/** The targets the totals are held against, each with where it comes from. */
export const TRACKER_TARGETS = {
  /** NY 5.17: the full Medicaid rate needs 6 contacts a month, at most 3 of them collateral; 2 earn the partial rate. */
  contactsPerMonth: 6,
  partialRateContacts: 2,
  collateralCounted: 3,
  /** Utah ACOT: an average of three face-to-face contacts a week. */
  faceToFacePerWeek: 3,
  /** Utah ACOT: an average of at least two hours of services a week. */
  hoursPerWeek: 2,
  /** NY 5.6.4: at least 80% of contacts in the community (the psychiatrist's and NPP's excepted). */
  communityShare: 0.8,
} as const;

/** One row of the tracker: a done or attempted contact. */
export interface TrackerEntry {
  contactId: number;
  day: LocalDate;
  startMinute: MinuteOfDay;
  endMinute: MinuteOfDay;
  status: Extract<Contact['status'], 'done' | 'attempted'>;
  kind: ContactKind;
  collateralWith: CollateralWith | null;
  location: ContactLocation;
  intervention: Intervention;
  /** Who: the staff member's name; null for an unassigned contact. */
  staffName: string | null;
  /** The psychiatrist's or NPP's contacts do not count toward the community share (NY 5.6.4). */
  byPrescriber: boolean;
  /** The brief description (the contact's note) and the plan for the next contact. */
  note: string;
  nextPlan: string;
}

export type RateLevel = 'full' | 'partial' | 'none';

export interface TrackerTotals {
  /** Done contacts of every kind. */
  done: number;
  attempted: number;
  faceToFace: number;
  collateral: number;
  /** Done contacts toward the NY rate: collateral ones up to three. */
  countedForRate: number;
  rate: RateLevel;
  /** Done minutes of every kind. */
  minutes: number;
  /** Weeks the averages are taken over: the month's days so far (all of a past month) / 7. */
  weeks: number;
  faceToFacePerWeek: number;
  hoursPerWeek: number;
  /** Done face-to-face contacts in the community, of those by staff other than the prescribers; null when there are none. */
  communityShare: number | null;
}

export interface ClientMonth {
  clientId: number;
  clientName: string;
  month: Month;
  totals: TrackerTotals;
}

export interface ClientTracker extends ClientMonth {
  entries: TrackerEntry[];
}

export interface TrackerMonth {
  month: Month;
  clients: ClientMonth[];
}

const minutesOf = (e: Pick<TrackerEntry, 'startMinute' | 'endMinute'>) => e.endMinute - e.startMinute;

/** The month's totals from its entries; `daysCounted` is how many of its days have begun. */
export function trackerTotals(entries: readonly TrackerEntry[], daysCounted: number): TrackerTotals {
  const done = entries.filter((e) => e.status === 'done');
  const faceToFace = done.filter((e) => e.kind === 'face_to_face');
  const collateral = done.filter((e) => e.kind === 'collateral').length;
  const countedForRate = done.length - collateral + Math.min(collateral, TRACKER_TARGETS.collateralCounted);
  const minutes = done.reduce((sum, e) => sum + minutesOf(e), 0);
  const weeks = Math.max(daysCounted, 1) / 7;
  const inTeamShare = faceToFace.filter((e) => !e.byPrescriber);
  return {
    done: done.length,
    attempted: entries.length - done.length,
    faceToFace: faceToFace.length,
    collateral,
    countedForRate,
    rate: countedForRate >= TRACKER_TARGETS.contactsPerMonth ? 'full' : countedForRate >= TRACKER_TARGETS.partialRateContacts ? 'partial' : 'none',
    minutes,
    weeks,
    faceToFacePerWeek: faceToFace.length / weeks,
    hoursPerWeek: minutes / 60 / weeks,
    communityShare: inTeamShare.length ? inTeamShare.filter((e) => e.location === 'community').length / inTeamShare.length : null,
  };
}

/** The month's first and last day. */
export function monthSpan(month: Month): { first: LocalDate; last: LocalDate } {
  const start = DateTime.fromISO(`${month}-01`);
  return { first: start.toISODate()!, last: start.endOf('month').toISODate()! };
}

/** How many of the month's days have begun by `today`: all of a past month, none of a future one. */
export function daysCountedIn(month: Month, today: LocalDate): number {
  const { first, last } = monthSpan(month);
  if (today < first) return 0;
  const until = today < last ? today : last;
  return DateTime.fromISO(until).diff(DateTime.fromISO(first), 'days').days + 1;
}

export const monthOf = (day: LocalDate): Month => day.slice(0, 7);

/**
 * The MD board and the injection schedule (issue 14; NY 5.9.2.ix, 5.6.5): due dates from
 * the last done psychiatric visit or injection. The due-date rules live here, once.
 */
import type { LocalDate } from './domain';
import { addDays, addMonths, daysFromTo } from './time';
import type { RecurrenceRule } from './schedule';

export interface ClinicalSettings {
  /** The team's psychiatric visit interval, 1 to 6 weeks, for clients without their own. */
  psychVisitWeeks: number;
  /** An injection counts as on time this many days either side of its due date. */
  injectionWindowDays: number;
  version: number;
}

export const PSYCH_WEEKS_MIN = 1;
export const PSYCH_WEEKS_MAX = 6;
/** NY 5.6.5: never more than three months between psychiatric visits. */
export const PSYCH_HARD_LIMIT_MONTHS = 3;


export interface PsychDue {
  /** null: never seen by the psychiatric care provider (due now). */
  last: LocalDate | null;
  nextDue: LocalDate | null;
  /** Days past the due date (0 when not overdue). */
  daysOverdue: number;
  /** More than three months since the last visit, or never seen: the hard flag. */
  overLimit: boolean;
}

export function psychDue(last: LocalDate | null, weeks: number, today: LocalDate): PsychDue {
  if (last === null) return { last, nextDue: null, daysOverdue: 0, overLimit: true };
  const nextDue = addDays(last, weeks * 7);
  return {
    last,
    nextDue,
    daysOverdue: Math.max(0, daysFromTo(nextDue, today)),
    // On the day three months after the visit it is still within the limit; the day after it is not.
    overLimit: today > addMonths(last, PSYCH_HARD_LIMIT_MONTHS),
  };
}

/** An injection's interval, from its schedule item: days (weekly rules) or months. */
export type InjectionInterval = { unit: 'days'; n: number } | { unit: 'months'; n: number };

export function injectionInterval(rule: RecurrenceRule): InjectionInterval {
  if (rule.kind === 'weekly') return { unit: 'days', n: (rule.interval * 7) / Math.max(rule.weekdays.length, 1) };
  return { unit: 'months', n: rule.interval };
}

/** The interval's length in days at its shortest (a month counted as 28 days), for the window check. */
export const shortestDays = (i: InjectionInterval): number => (i.unit === 'days' ? i.n : i.n * 28);

export const describeInterval = (i: InjectionInterval): string =>
  i.unit === 'days' ? `every ${i.n} days` : i.n === 1 ? 'every month' : `every ${i.n} months`;

export type InjectionState = 'not_given' | 'later' | 'due' | 'overdue';

export interface InjectionDue {
  lastGiven: LocalDate | null;
  nextDue: LocalDate | null;
  windowFrom: LocalDate | null;
  windowTo: LocalDate | null;
  state: InjectionState;
}

/**
 * When the next injection is due: the last one given plus the interval, on time within the
 * window either side. Before the window opens it is `later`; inside it `due`; after it `overdue`.
 */
export function injectionDue(lastGiven: LocalDate | null, interval: InjectionInterval, windowDays: number, today: LocalDate): InjectionDue {
  if (lastGiven === null) return { lastGiven, nextDue: null, windowFrom: null, windowTo: null, state: 'not_given' };
  const nextDue = interval.unit === 'days' ? addDays(lastGiven, interval.n) : addMonths(lastGiven, interval.n);
  const windowFrom = addDays(nextDue, -windowDays);
  const windowTo = addDays(nextDue, windowDays);
  const state: InjectionState = today > windowTo ? 'overdue' : today >= windowFrom ? 'due' : 'later';
  return { lastGiven, nextDue, windowFrom, windowTo, state };
}

/** Why a window does not fit an interval, in plain words; null when it does. */
export function windowProblem(windowDays: number, interval: InjectionInterval): string | null {
  return windowDays * 2 >= shortestDays(interval)
    ? `A window of ±${windowDays} days is as wide as an injection given ${describeInterval(interval)}: make it narrower than half the interval.`
    : null;
}

export interface MdBoardRow extends PsychDue {
  clientId: number;
  clientName: string;
  /** The client's version, to change their interval. */
  clientVersion: number;
  /** The client's own interval in weeks; null: the team's (`ClinicalSettings.psychVisitWeeks`). */
  ownWeeks: number | null;
  /** Done psychiatric visits in the last 12 months, and how many of them were in the community. */
  visitsYear: number;
  communityVisitsYear: number;
}

export interface MdBoard {
  today: LocalDate;
  settings: ClinicalSettings;
  rows: MdBoardRow[];
}

export interface InjectionRow extends InjectionDue {
  clientId: number;
  clientName: string;
  scheduleItemId: number;
  /** The schedule item's note (the medication); withheld from a locked seat. */
  medication: string;
  interval: InjectionInterval;
}

export interface InjectionBoard {
  today: LocalDate;
  settings: ClinicalSettings;
  rows: InjectionRow[];
}

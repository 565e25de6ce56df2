/**
 * Assisted outpatient treatment (AOT, court-ordered; issue 14, NY §4 "monitored at every
 * daily meeting"): a client's order, its reporting duty to the county program, and what is
 * coming up. The rules of what to list live here, once.
 */
import type { LocalDate } from './domain';
import { addDays, formatDate } from './time';

/** Orders expiring within this many days are listed. */
export const AOT_EXPIRY_NOTICE_DAYS = 30;
/** Reports due within this many days are listed. */
export const AOT_REPORT_NOTICE_DAYS = 7;
export const AOT_REPORT_EVERY_MAX_DAYS = 366;

export interface AotOrder {
  clientId: number;
  startsOn: LocalDate;
  expiresOn: LocalDate;
  /** What the team must report to the county program (free text; withheld from a locked seat). */
  reportingDuty: string;
  reportEveryDays: number;
  /** The last report sent; null: none yet (the first is due an interval after the start). */
  lastReportOn: LocalDate | null;
  /** The contact at the county AOT program (withheld from a locked seat). */
  countyContact: string;
  version: number;
}

export interface AotDue {
  nextReportDue: LocalDate;
  /** Days until the order expires (negative once it has). */
  daysToExpiry: number;
  expired: boolean;
  /** Not yet expired, and expiring within 30 days. */
  expiringSoon: boolean;
  /** Due within 7 days, or overdue. */
  reportDueSoon: boolean;
  reportOverdue: boolean;
}

const daysFrom = (from: LocalDate, to: LocalDate): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function aotDue(order: Pick<AotOrder, 'startsOn' | 'expiresOn' | 'reportEveryDays' | 'lastReportOn'>, today: LocalDate): AotDue {
  const nextReportDue = addDays(order.lastReportOn ?? order.startsOn, order.reportEveryDays);
  const daysToExpiry = daysFrom(today, order.expiresOn);
  return {
    nextReportDue,
    daysToExpiry,
    expired: daysToExpiry < 0,
    expiringSoon: daysToExpiry >= 0 && daysToExpiry <= AOT_EXPIRY_NOTICE_DAYS,
    reportDueSoon: nextReportDue <= addDays(today, AOT_REPORT_NOTICE_DAYS),
    reportOverdue: nextReportDue < today,
  };
}

/** Why an order's dates do not fit, in plain words; null when they do. */
export function aotDatesProblem(startsOn: LocalDate, expiresOn: LocalDate): string | null {
  return expiresOn < startsOn ? `The order expires (${formatDate(expiresOn)}) before it starts (${formatDate(startsOn)}): check both dates.` : null;
}

export interface AotRow extends AotOrder, AotDue {
  clientName: string;
}

export interface AotBoard {
  today: LocalDate;
  orders: AotRow[];
}

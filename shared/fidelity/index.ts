/**
 * Every TMACT item the board's records can rate, computed from plain records
 * (shared/fidelity/records.ts), with the records behind each, and a month-by-month trend.
 */
import { DateTime } from 'luxon';
import type { LocalDate } from '../domain';
import type { Rating } from './anchors';
import { os1, os10, os10Records, os11, os11Records, os2, os2Records, os3, os3Records, os5, os8, os8Records, staffCountRecords } from './operations';
import { cp1, cp1Records, cp3, cp4, cp5, cp5Records, cp6, cp6Records, ct4, ct4Records, weeklyRecords } from './practices';
import type { FidelityRecords } from './records';
import type { FidelityItemId, ItemRecords, ItemResult } from './result';
import { meetingItem, meetingRecords, staffingPer100, staffingRecords } from './staffing';

export interface ItemInfo {
  name: string;
  subscale: 'Operations and structure' | 'Core team' | 'Specialist team' | 'Core practices';
  /** What the board counts, in a sentence. */
  counts: string;
}

export const ITEM_INFO: Record<FidelityItemId, ItemInfo> = {
  OS1: { name: 'Low ratio of clients to staff', subscale: 'Operations and structure', counts: 'Clients on the team per FTE of direct-service staff (not the psychiatric care provider or program assistant).' },
  OS2: { name: 'Team approach', subscale: 'Operations and structure', counts: 'Clients seen face to face (done contacts) by at least 3 different staff in the period.' },
  OS3: { name: 'Daily team meeting', subscale: 'Operations and structure', counts: 'Finished meetings a week and their attendance, as the meeting record rates each week; the median week.' },
  OS5: { name: 'Program size', subscale: 'Operations and structure', counts: 'FTE of active staff except the program assistant.' },
  OS8: { name: 'Gradual admission rate', subscale: 'Operations and structure', counts: 'Admission dates: the busiest of the last 6 calendar months.' },
  OS10: { name: 'Retention rate', subscale: 'Operations and structure', counts: 'Discharge dates and reasons in the 12 months to the period’s end.' },
  OS11: { name: 'Involvement in psychiatric hospitalizations', subscale: 'Operations and structure', counts: 'The hospital log: the latest 10 psychiatric admissions and 10 discharges in 12 months, and whether the team was involved.' },
  CT3: { name: 'Psychiatric care provider on team', subscale: 'Core team', counts: 'FTE of psychiatrists and nurse practitioners per 100 clients.' },
  CT4: { name: 'Role of psychiatric care provider in treatment', subscale: 'Core team', counts: 'Psychiatric visits: monthly for each client, and in the community.' },
  CT5: { name: 'Role of psychiatric care provider within team', subscale: 'Core team', counts: 'The prescribers’ attendance at the daily meeting.' },
  CT6: { name: 'Nurses on team', subscale: 'Core team', counts: 'FTE of registered nurses per 100 clients.' },
  ST1: { name: 'Co-occurring disorders specialist on team', subscale: 'Specialist team', counts: 'FTE of substance use specialists per 100 clients.' },
  ST3: { name: 'Co-occurring disorders specialist within team', subscale: 'Specialist team', counts: 'The specialist’s attendance at the daily meeting.' },
  ST4: { name: 'Employment specialist on team', subscale: 'Specialist team', counts: 'FTE of vocational specialists per 100 clients.' },
  ST6: { name: 'Employment specialist within team', subscale: 'Specialist team', counts: 'The specialist’s attendance at the daily meeting.' },
  ST7: { name: 'Peer specialist on team', subscale: 'Specialist team', counts: 'FTE of peer specialists per 100 clients.' },
  CP1: { name: 'Community-based services', subscale: 'Core practices', counts: 'Done face-to-face contacts in the community, of all done face-to-face contacts.' },
  CP3: { name: 'Intensity of service', subscale: 'Core practices', counts: 'Minutes of done face-to-face contacts per client per week.' },
  CP4: { name: 'Frequency of contact', subscale: 'Core practices', counts: 'Done face-to-face contacts per client per week.' },
  CP5: { name: 'Contact with natural supports', subscale: 'Core practices', counts: 'Clients with a collateral contact with family or a natural support in every 4 weeks.' },
  CP6: { name: 'Responsibility for crisis services', subscale: 'Core practices', counts: 'The on-call rota: hours of the period with somebody on call.' },
};

const COMPUTE: Record<FidelityItemId, (r: FidelityRecords) => ItemResult> = {
  OS1: os1,
  OS2: os2,
  OS3: os3,
  OS5: os5,
  OS8: os8,
  OS10: os10,
  OS11: os11,
  CT3: (r) => staffingPer100('CT3', r),
  CT4: ct4,
  CT5: (r) => meetingItem('CT5', r),
  CT6: (r) => staffingPer100('CT6', r),
  ST1: (r) => staffingPer100('ST1', r),
  ST3: (r) => meetingItem('ST3', r),
  ST4: (r) => staffingPer100('ST4', r),
  ST6: (r) => meetingItem('ST6', r),
  ST7: (r) => staffingPer100('ST7', r),
  CP1: cp1,
  CP3: cp3,
  CP4: cp4,
  CP5: cp5,
  CP6: cp6,
};

export const computeItem = (id: FidelityItemId, r: FidelityRecords): ItemResult => COMPUTE[id](r);
export const computeAll = (r: FidelityRecords): ItemResult[] => (Object.keys(COMPUTE) as FidelityItemId[]).map((id) => COMPUTE[id](r));

/** The records behind an item; `staffName` names staff for the staffing items. */
export function itemRecords(id: FidelityItemId, r: FidelityRecords, staffName: (id: number) => string): ItemRecords {
  switch (id) {
    case 'OS1':
    case 'OS5':
      return staffCountRecords(id, r, staffName);
    case 'OS2':
      return os2Records(r);
    case 'OS3':
      return os3Records(r);
    case 'CT3':
    case 'CT6':
    case 'ST1':
    case 'ST4':
    case 'ST7':
      return staffingRecords(id, r, staffName);
    case 'OS8':
      return os8Records(r);
    case 'OS10':
      return os10Records(r);
    case 'OS11':
      return os11Records(r);
    case 'CT4':
      return ct4Records(r);
    case 'CT5':
    case 'ST3':
    case 'ST6':
      return meetingRecords(id, r);
    case 'CP1':
      return cp1Records(r);
    case 'CP3':
    case 'CP4':
      return weeklyRecords(r, id);
    case 'CP5':
      return cp5Records(r);
    case 'CP6':
      return cp6Records(r);
  }
}

/** The calendar months of a trend: the 12 ending with `to`'s month (the last one cut at `to`). */
export function trendMonths(to: LocalDate, months = 12): { month: string; from: LocalDate; to: LocalDate }[] {
  const last = DateTime.fromISO(to).startOf('month');
  return Array.from({ length: months }, (_, i) => {
    const m = last.minus({ months: months - 1 - i });
    const end = m.endOf('month').toISODate() as LocalDate;
    return { month: m.toFormat('yyyy-MM'), from: m.toISODate() as LocalDate, to: end < to ? end : to };
  });
}

export interface TrendPoint {
  month: string;
  figure: number | null;
  rating: Rating | null;
}

/**
 * Core and specialist team items: staffing per 100 clients (CT3, CT6, ST1, ST4, ST7) and
 * the specialists' part in the daily meeting (CT5, ST3, ST6).
 */
import type { StaffRole } from '../domain';
import { CT3_ANCHORS, CT6_ANCHORS, type FunctionState, type Rating, ratingForFunctionCount, specialistAnchors } from './anchors';
import { PSYCHIATRIC_CARE_PROVIDERS } from './operations';
import { type FidelityRecords, caseload } from './records';
import type { FidelityItemId, ItemRecords, ItemResult } from './result';
import { pct, pctText, rated } from './result';

/** Who each staffing item counts. */
export const STAFFING_ROLES = {
  CT3: PSYCHIATRIC_CARE_PROVIDERS,
  CT6: ['registered_nurse'],
  ST1: ['substance_use_specialist'],
  ST4: ['vocational_specialist'],
  ST7: ['peer_specialist'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type StaffingItem = keyof typeof STAFFING_ROLES;

const STAFFING_TABLES = {
  CT3: CT3_ANCHORS,
  CT6: CT6_ANCHORS,
  ST1: specialistAnchors('co-occurring disorders specialist'),
  ST4: specialistAnchors('employment specialist'),
  ST7: specialistAnchors('peer specialist'),
};

const holds = (roles: readonly StaffRole[], role: StaffRole) => roles.includes(role);

/** FTE of the item's role per 100 clients of the caseload (TMACT's "adjusted" FTE). */
export function staffingPer100(item: StaffingItem, r: FidelityRecords): ItemResult {
  const clients = caseload(r).length;
  const fte = r.staff.filter((s) => holds(STAFFING_ROLES[item], s.role)).reduce((sum, s) => sum + s.fte, 0);
  const per100 = clients === 0 ? null : (100 * fte) / clients;
  return rated(item, STAFFING_TABLES[item], per100, per100 === null ? '—' : `${per100.toFixed(2)} FTE per 100 clients`, `${fte.toFixed(2)} FTE for ${clients} clients`, 'No clients on the team');
}

export function staffingRecords(item: StaffingItem, r: FidelityRecords, staffName: (id: number) => string): ItemRecords {
  return {
    columns: ['Staff member', 'FTE'],
    rows: r.staff.filter((s) => holds(STAFFING_ROLES[item], s.role)).map((s) => ({ clientId: null, cells: [staffName(s.id), s.fte], short: false })),
  };
}

/** The meeting items: who must attend, how the item counts functions, and what share of meetings is "full". */
const MEETING_ROLES = {
  CT5: PSYCHIATRIC_CARE_PROVIDERS,
  ST3: ['substance_use_specialist'],
  ST6: ['vocational_specialist'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type MeetingItem = keyof typeof MEETING_ROLES;

const MEETING_FUNCTION: Record<MeetingItem, string> = {
  CT5: 'attends daily team meetings in proportion to the time the caseload needs (function 4 of 6)',
  ST3: 'attends all daily team meetings (function 3 of 4)',
  ST6: 'attends all daily team meetings (function 3 of 4)',
};

/**
 * The meetings a role could attend (someone of it was working: not marked off) and those it
 * attended (someone of it present or on the phone).
 */
function meetingShare(item: MeetingItem, r: FidelityRecords) {
  const ids = new Set(r.staff.filter((s) => holds(MEETING_ROLES[item], s.role)).map((s) => s.id));
  const rows = r.meetings.map((m) => {
    const theirs = m.attendance.filter((a) => ids.has(a.staffId));
    const working = theirs.some((a) => a.presence !== 'off');
    const attended = theirs.some((a) => a.presence === 'present' || a.presence === 'remote');
    return { day: m.day, working, attended };
  });
  const working = rows.filter((x) => x.working);
  return { rows, hasRole: ids.size > 0, share: pct(working.filter((x) => x.attended).length, working.length), attended: working.filter((x) => x.attended).length, working: working.length };
}

/**
 * The share of meetings a role must attend for the function to count as performed: every
 * meeting for ST3 and ST6 ("all daily team meetings"); for CT5 the providers' FTE (a 0.5 FTE
 * psychiatrist attends half), at least half of the meetings.
 */
function neededShare(item: MeetingItem, r: FidelityRecords): number {
  if (item !== 'CT5') return 100;
  const fte = r.staff.filter((s) => holds(MEETING_ROLES.CT5, s.role)).reduce((sum, s) => sum + s.fte, 0);
  return Math.max(50, Math.min(100, 100 * fte));
}

const FUNCTION_WORDS: Record<FunctionState, string> = { full: 'Performed', partial: 'Partly performed (rated as not performed)', absent: 'Not performed' };

export function meetingFunction(item: MeetingItem, r: FidelityRecords): FunctionState {
  const { share } = meetingShare(item, r);
  if (share === null) return 'absent';
  const need = neededShare(item, r);
  if (Math.round(share) >= need) return 'full';
  return Math.round(share) >= need / 2 ? 'partial' : 'absent';
}

/** CT5, ST3, ST6: the attendance function the board sees; the rating is the most the other functions allow. */
export function meetingItem(item: MeetingItem, r: FidelityRecords): ItemResult {
  const { share, hasRole, attended, working } = meetingShare(item, r);
  const total = item === 'CT5' ? 6 : 4;
  const id: FidelityItemId = item;
  if (!hasRole) return { id, figure: null, figureText: '—', rating: 1, ceiling: true, anchor: 'Nobody in this role on the team', basis: '' };
  if (share === null) return { id, figure: null, figureText: '—', rating: null, ceiling: false, anchor: 'No finished meeting on their working days in this period', basis: '' };
  const state = meetingFunction(item, r);
  const rating: Rating = ratingForFunctionCount(state === 'full' ? total : total - 1, total);
  return {
    id,
    figure: share,
    figureText: `${pctText(share)} of meetings attended`,
    rating,
    ceiling: true,
    anchor: `${FUNCTION_WORDS[state]}: ${MEETING_FUNCTION[item]}. At most ${rating}; a reviewer judges the other functions.`,
    basis: `${attended} of ${working} meetings on their working days (${Math.round(neededShare(item, r))}% needed)`,
  };
}

export function meetingRecords(item: MeetingItem, r: FidelityRecords): ItemRecords {
  return {
    columns: ['Meeting day', 'Working', 'Attended'],
    rows: meetingShare(item, r).rows.map((m) => ({ clientId: null, cells: [m.day, m.working ? 'Yes' : 'Off', m.attended ? 'Yes' : 'No'], short: m.working && !m.attended })),
  };
}

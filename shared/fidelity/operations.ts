/** Operations and structure items: OS1, OS2, OS3, OS5, OS8, OS10, OS11. */
import { DateTime } from 'luxon';
import { DISCHARGE_REASON_LABELS, type LocalDate, type StaffRole } from '../domain';
import { median, meetingWeeks, weekStartOf } from '../rules/meeting';
import { addDays } from '../time';
import { OS10_ANCHORS, OS11_ANCHORS, OS1_ANCHORS, OS2_ANCHORS, OS5_ANCHORS_100, OS5_ANCHORS_50, OS8_ANCHORS, type Rating } from './anchors';
import {
  type FidelityRecords,
  type MeetingRecord,
  NEUTRAL_DISCHARGES,
  caseload,
  monthsBack,
  onTeam,
} from './records';
import { type ItemRecords, type ItemResult, pct, pctText, plural, rated } from './result';

/** Who prescribes: the psychiatric care provider of TMACT (OS1 leaves them out, CT3 counts them). */
export const PSYCHIATRIC_CARE_PROVIDERS: readonly StaffRole[] = ['psychiatrist', 'nurse_practitioner'];
/** Administrative staff: not direct service (OS1, OS5). */
const ADMINISTRATIVE: readonly StaffRole[] = ['program_assistant'];

const fteOf = (r: FidelityRecords, keep: (role: StaffRole) => boolean): number =>
  r.staff.filter((s) => keep(s.role)).reduce((sum, s) => sum + s.fte, 0);

/** OS1: clients per direct-service FTE, the psychiatric care provider and the program assistant left out. */
export function os1(r: FidelityRecords): ItemResult {
  const clients = caseload(r).length;
  const fte = fteOf(r, (role) => !PSYCHIATRIC_CARE_PROVIDERS.includes(role) && !ADMINISTRATIVE.includes(role));
  const ratio = fte === 0 ? null : clients / fte;
  return rated('OS1', OS1_ANCHORS, ratio, ratio === null ? '—' : `${ratio.toFixed(1)} clients per staff member`, `${clients} clients, ${fte.toFixed(1)} FTE direct-service staff`, 'No direct-service staff');
}

/** Distinct staff who saw each client face to face in the period. */
function staffSeen(r: FidelityRecords): Map<number, Set<number>> {
  const seen = new Map<number, Set<number>>();
  for (const c of r.contacts) {
    if (c.kind !== 'face_to_face' || c.staffId === null) continue;
    let s = seen.get(c.clientId);
    if (!s) seen.set(c.clientId, (s = new Set()));
    s.add(c.staffId);
  }
  return seen;
}

/** OS2: share of the caseload seen face to face by at least 3 team members in the period (4 weeks by default). */
export function os2(r: FidelityRecords): ItemResult {
  const clients = caseload(r);
  const seen = staffSeen(r);
  const three = clients.filter((c) => (seen.get(c.id)?.size ?? 0) >= 3).length;
  const p = pct(three, clients.length);
  return rated('OS2', OS2_ANCHORS, p, `${pctText(p)} of clients`, `${three} of ${clients.length} clients seen by 3 or more staff`);
}

export function os2Records(r: FidelityRecords): ItemRecords {
  const seen = staffSeen(r);
  return {
    columns: ['Staff seen face to face'],
    rows: caseload(r)
      .map((c) => ({ clientId: c.id, cells: [seen.get(c.id)?.size ?? 0], short: (seen.get(c.id)?.size ?? 0) < 3 }))
      .sort((a, b) => Number(a.cells[0]) - Number(b.cells[0])),
  };
}

/** A meeting day's attendance is full when nobody working was marked absent (as the meeting record counts it). */
const fullAttendance = (m: MeetingRecord): boolean =>
  !m.attendance.some((a) => a.presence === 'absent') && m.attendance.some((a) => a.presence === 'present' || a.presence === 'remote');

/** The Mondays of the weeks that lie wholly in the period. */
function wholeWeeks(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let w = weekStartOf(from) < from ? addDays(weekStartOf(from), 7) : from; addDays(w, 6) <= to; w = addDays(w, 7)) out.push(w);
  return out;
}

/** OS3 by the meeting's own weekly rule (shared/rules/meeting.ts): the median week of the period, rounded down. */
function os3Weeks(r: FidelityRecords) {
  return meetingWeeks(r.meetings.map((m) => ({ day: m.day, reviewed: m.reviewed, fullAttendance: fullAttendance(m) })), wholeWeeks(r.from, r.to));
}

export function os3(r: FidelityRecords): ItemResult {
  const weeks = os3Weeks(r);
  if (weeks.length === 0) return { id: 'OS3', figure: null, figureText: '—', rating: null, ceiling: false, anchor: 'The period holds no whole week', basis: '' };
  const rating = Math.floor(median(weeks.map((w) => w.os3))!) as Rating;
  const days = weeks.reduce((s, w) => s + w.meetingDays, 0) / weeks.length;
  const full = weeks.reduce((s, w) => s + w.fullAttendanceDays, 0) / weeks.length;
  return {
    id: 'OS3',
    figure: days,
    figureText: `${days.toFixed(1)} meeting days a week`,
    rating,
    ceiling: false,
    anchor: OS3_TEXT[rating],
    basis: `${weeks.length} weeks; ${full.toFixed(1)} days a week with full attendance`,
  };
}

const OS3_TEXT: Record<Rating, string> = {
  1: 'Team meets fewer than 2 days a week',
  2: 'Team meets 2 days a week',
  3: 'Team meets 3 days a week, or 4 without full attendance',
  4: 'Team meets 4 days a week with full attendance, or 5 without',
  5: 'Team meets 5 days a week with full attendance',
};

export function os3Records(r: FidelityRecords): ItemRecords {
  return {
    columns: ['Week of', 'Meeting days', 'With full attendance', 'Week rated'],
    rows: os3Weeks(r).map((w) => ({ clientId: null, cells: [w.weekStart, w.meetingDays, w.fullAttendanceDays, w.os3], short: w.os3 < 5 })),
  };
}

/** OS5: FTE of direct clinical staff; a caseload of 75 or fewer is rated on the 50-client anchors. */
export function os5(r: FidelityRecords): ItemResult {
  const clients = caseload(r).length;
  const fte = fteOf(r, (role) => !ADMINISTRATIVE.includes(role));
  const table = clients <= 75 ? OS5_ANCHORS_50 : OS5_ANCHORS_100;
  return rated('OS5', table, fte, `${fte.toFixed(1)} FTE direct clinical staff`, `${clients} clients (rated as a ${clients <= 75 ? 50 : 100}-client team)`);
}

/** The calendar months of the 6 that end with the period's month, and their admissions. */
function admissionsByMonth(r: FidelityRecords): { month: string; ids: number[] }[] {
  const last = DateTime.fromISO(r.to).startOf('month');
  return Array.from({ length: 6 }, (_, i) => {
    const month = last.minus({ months: 5 - i }).toFormat('yyyy-MM');
    return { month, ids: r.clients.filter((c) => c.admissionDate.slice(0, 7) === month && c.admissionDate <= r.to).map((c) => c.id) };
  });
}

/** OS8: the highest number of admissions in one month of the last 6. */
export function os8(r: FidelityRecords): ItemResult {
  const months = admissionsByMonth(r);
  const top = Math.max(...months.map((m) => m.ids.length));
  const total = months.reduce((s, m) => s + m.ids.length, 0);
  return rated('OS8', OS8_ANCHORS, top, `${plural(top, 'admission')} in the busiest month`, `${plural(total, 'admission')} in 6 months`);
}

export function os8Records(r: FidelityRecords): ItemRecords {
  return {
    columns: ['Month', 'Admissions'],
    rows: admissionsByMonth(r).map((m) => ({ clientId: null, cells: [m.month, m.ids.length], short: m.ids.length > 4 })),
  };
}

/** The 12 months to the period's end: who was on the team, and who left and why. */
function retention(r: FidelityRecords) {
  const start = monthsBack(r.to, 12);
  const served = r.clients.filter((c) => c.admissionDate <= r.to && (onTeam(c, start) || c.admissionDate >= start));
  const left = served.filter((c) => c.dischargedOn !== null && c.dischargedOn >= start && c.dischargedOn <= r.to);
  const neutral = left.filter((c) => c.dischargeReason !== null && NEUTRAL_DISCHARGES.includes(c.dischargeReason));
  const lost = left.filter((c) => !neutral.includes(c));
  return { start, served, left, neutral, lost };
}

/** OS10: share of the caseload retained over 12 months; moves with referral, graduations and deaths are left out. */
export function os10(r: FidelityRecords): ItemResult {
  const { served, neutral, lost } = retention(r);
  const base = served.length - neutral.length;
  const p = pct(base - lost.length, base);
  return rated('OS10', OS10_ANCHORS, p, `${pctText(p)} retained`, `${lost.length} of ${base} clients left the team in 12 months (${neutral.length} moved, graduated or died: not counted)`);
}

export function os10Records(r: FidelityRecords): ItemRecords {
  const { left, neutral } = retention(r);
  return {
    columns: ['Discharged on', 'Reason', 'Counts against retention'],
    rows: left.map((c) => ({
      clientId: c.id,
      cells: [c.dischargedOn!, c.dischargeReason ? DISCHARGE_REASON_LABELS[c.dischargeReason] : 'Not recorded', neutral.includes(c) ? 'No' : 'Yes'],
      short: !neutral.includes(c),
    })),
  };
}

/** How many of the latest admissions and discharges OS11 looks at (the TMACT protocol reviews the most recent ones). */
export const OS11_LATEST = 10;

function hospitalDecisions(r: FidelityRecords) {
  const start = monthsBack(r.to, 12);
  const within = (d: LocalDate | null): d is LocalDate => d !== null && d >= start && d <= r.to;
  const admissions = r.stays.filter((s) => within(s.admittedOn)).sort((a, b) => b.admittedOn.localeCompare(a.admittedOn)).slice(0, OS11_LATEST);
  const discharges = r.stays.filter((s) => within(s.dischargedOn)).sort((a, b) => b.dischargedOn!.localeCompare(a.dischargedOn!)).slice(0, OS11_LATEST);
  return { admissions, discharges };
}

/** OS11: share of the latest psychiatric admissions and discharges (12 months to the period's end) the team was part of. */
export function os11(r: FidelityRecords): ItemResult {
  const { admissions, discharges } = hospitalDecisions(r);
  const involved = admissions.filter((s) => s.teamInAdmission).length + discharges.filter((s) => s.teamInDischarge).length;
  const total = admissions.length + discharges.length;
  const p = pct(involved, total);
  return rated('OS11', OS11_ANCHORS, p, `${pctText(p)} involved`, `In ${involved} of ${total}: the latest ${plural(admissions.length, 'admission')} and ${plural(discharges.length, 'discharge')}`, 'No psychiatric admission or discharge in 12 months');
}

export function os11Records(r: FidelityRecords): ItemRecords {
  const { admissions, discharges } = hospitalDecisions(r);
  return {
    columns: ['Event', 'Day', 'Team involved'],
    rows: [
      ...admissions.map((s) => ({ clientId: s.clientId, cells: ['Admission', s.admittedOn, s.teamInAdmission ? 'Yes' : 'No'], short: !s.teamInAdmission })),
      ...discharges.map((s) => ({ clientId: s.clientId, cells: ['Discharge', s.dischargedOn!, s.teamInDischarge ? 'Yes' : 'No'], short: !s.teamInDischarge })),
    ],
  };
}

/** OS1 and OS5: the active staff, their FTE and whether the item counts them. */
export function staffCountRecords(item: 'OS1' | 'OS5', r: FidelityRecords, staffName: (id: number) => string): ItemRecords {
  const counted = (role: StaffRole) => !ADMINISTRATIVE.includes(role) && (item === 'OS5' || !PSYCHIATRIC_CARE_PROVIDERS.includes(role));
  return {
    columns: ['Staff member', 'FTE', 'Counted'],
    rows: r.staff.map((s) => ({ clientId: null, cells: [staffName(s.id), s.fte, counted(s.role) ? 'Yes' : 'No'], short: false })),
  };
}

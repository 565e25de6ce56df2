/** Core practice items: CP1, CP3, CP4, CP5, CP6, and CT4's monthly and community psychiatric visits. */
import type { LocalDate } from '../domain';
import { CP1_ANCHORS, CP3_ANCHORS, CP4_ANCHORS, CP5_ANCHORS, type FunctionState, type Rating } from './anchors';
import { type ContactRecord, type FidelityRecords, caseload, fourWeekBlocks, periodWeeks, weeksOf } from './records';
import { type ItemRecords, type ItemResult, pct, pctText, rated } from './result';

/** Done face-to-face contacts with clients of the period's caseload. */
function faceToFace(r: FidelityRecords): ContactRecord[] {
  const ids = new Set(caseload(r).map((c) => c.id));
  return r.contacts.filter((c) => c.kind === 'face_to_face' && ids.has(c.clientId));
}

/** CP1: share of face-to-face contacts in the community. */
export function cp1(r: FidelityRecords): ItemResult {
  const f2f = faceToFace(r);
  const community = f2f.filter((c) => c.location === 'community').length;
  const p = pct(community, f2f.length);
  return rated('CP1', CP1_ANCHORS, p, `${pctText(p)} in the community`, `${community} of ${f2f.length} face-to-face contacts`, 'No face-to-face contact in this period');
}

export function cp1Records(r: FidelityRecords): ItemRecords {
  const by = new Map<number, { all: number; community: number }>();
  for (const c of faceToFace(r)) {
    const x = by.get(c.clientId) ?? { all: 0, community: 0 };
    x.all++;
    if (c.location === 'community') x.community++;
    by.set(c.clientId, x);
  }
  return {
    columns: ['Face-to-face contacts', 'In the community', 'Community share'],
    rows: [...by].map(([clientId, x]) => ({ clientId, cells: [x.all, x.community, pctText(pct(x.community, x.all))], short: (pct(x.community, x.all) ?? 0) < 75 }))
      .sort((a, b) => Number(a.cells[1]) / Number(a.cells[0]) - Number(b.cells[1]) / Number(b.cells[0])),
  };
}

/** Face-to-face minutes and contacts per client per week over the period. */
function intensity(r: FidelityRecords) {
  const clients = caseload(r).length;
  const f2f = faceToFace(r);
  const weeks = periodWeeks(r.from, r.to);
  const minutes = f2f.reduce((s, c) => s + c.minutes, 0);
  return {
    clients,
    contacts: f2f.length,
    minutes,
    perWeek: clients === 0 ? null : f2f.length / clients / weeks,
    minutesPerWeek: clients === 0 ? null : minutes / clients / weeks,
  };
}

export function cp3(r: FidelityRecords): ItemResult {
  const x = intensity(r);
  return rated('CP3', CP3_ANCHORS, x.minutesPerWeek, x.minutesPerWeek === null ? '—' : `${Math.round(x.minutesPerWeek)} minutes a week per client`, `${x.minutes} face-to-face minutes, ${x.clients} clients`, 'No clients on the team');
}

export function cp4(r: FidelityRecords): ItemResult {
  const x = intensity(r);
  return rated('CP4', CP4_ANCHORS, x.perWeek, x.perWeek === null ? '—' : `${x.perWeek.toFixed(1)} contacts a week per client`, `${x.contacts} face-to-face contacts, ${x.clients} clients`, 'No clients on the team');
}

/** The weeks of the period, each with its own contacts and minutes per client (CP3 and CP4 drill down to them). */
export function weeklyRecords(r: FidelityRecords, item: 'CP3' | 'CP4'): ItemRecords {
  const clients = caseload(r).length || 1;
  const f2f = faceToFace(r);
  return {
    columns: ['Week of', 'Contacts per client', 'Minutes per client'],
    rows: weeksOf(r.from, r.to).map((w) => {
      const inWeek = f2f.filter((c) => c.day >= w.start && c.day <= w.end);
      const perClient = inWeek.length / clients;
      const minutes = inWeek.reduce((s, c) => s + c.minutes, 0) / clients;
      return { clientId: null, cells: [w.start, perClient.toFixed(1), Math.round(minutes)], short: item === 'CP4' ? perClient < 3 : minutes < 120 };
    }),
  };
}

/** Who in the caseload had a matching contact in every 4-week block of the period, and when the last was. */
function everyMonth(r: FidelityRecords, matches: (c: ContactRecord) => boolean) {
  const blocks = fourWeekBlocks(r.from, r.to);
  const days = new Map<number, LocalDate[]>();
  for (const c of r.contacts) if (matches(c)) days.set(c.clientId, [...(days.get(c.clientId) ?? []), c.day]);
  return caseload(r).map((c) => {
    const mine = days.get(c.id) ?? [];
    const met = blocks.every((b) => mine.some((d) => d >= b.start && d <= b.end));
    return { clientId: c.id, count: mine.length, last: mine.length ? mine.reduce((a, b) => (a > b ? a : b)) : null, met };
  });
}

const familyContact = (c: ContactRecord) => c.kind === 'collateral' && c.collateralWith === 'family';

/** CP5: share of clients whose natural supports (collateral, family or natural support) were contacted at least monthly. */
export function cp5(r: FidelityRecords): ItemResult {
  const rows = everyMonth(r, familyContact);
  const met = rows.filter((x) => x.met).length;
  const p = pct(met, rows.length);
  return rated('CP5', CP5_ANCHORS, p, `${pctText(p)} of clients`, `${met} of ${rows.length} clients with a family or natural-support contact every 4 weeks`, 'No clients on the team');
}

const monthlyRows = (rows: ReturnType<typeof everyMonth>): ItemRecords => ({
  columns: ['Contacts in the period', 'Last', 'Every 4 weeks'],
  rows: rows.map((x) => ({ clientId: x.clientId, cells: [x.count, x.last ?? '—', x.met ? 'Yes' : 'No'], short: !x.met })).sort((a, b) => Number(b.short) - Number(a.short)),
});

export const cp5Records = (r: FidelityRecords): ItemRecords => monthlyRows(everyMonth(r, familyContact));

const psychiatricVisit = (c: ContactRecord) => c.intervention === 'psychiatric_visit' && c.kind !== 'collateral';

/** CT4's two functions the board sees: (1) at least monthly assessment, (6) home and community visits. */
export function ct4Functions(r: FidelityRecords) {
  const rows = everyMonth(r, psychiatricVisit);
  const monthly = pct(rows.filter((x) => x.met).length, rows.length);
  const visits = r.contacts.filter(psychiatricVisit);
  const community = pct(visits.filter((c) => c.location === 'community').length, visits.length);
  const state = (p: number | null, full: number, partial: number): FunctionState =>
    p === null ? 'absent' : Math.round(p) >= full ? 'full' : Math.round(p) >= partial ? 'partial' : 'absent';
  return { rows, monthly, community, visits: visits.length, assessment: state(monthly, 90, 50), homeVisits: state(community, 50, 1) };
}

/**
 * CT4 (six functions): with the other four fully performed, both seen functions full earn 5,
 * a partial one at most 4 ("all 6 performed, up to 2 partially"), an absent one at most 3.
 */
export function ct4(r: FidelityRecords): ItemResult {
  const f = ct4Functions(r);
  const states = [f.assessment, f.homeVisits];
  const rating: Rating = states.includes('absent') ? 3 : states.includes('partial') ? 4 : 5;
  const words = { full: 'performed', partial: 'partly performed', absent: 'not performed' };
  return {
    id: 'CT4',
    figure: f.monthly,
    figureText: `${pctText(f.monthly)} seen monthly by the prescriber`,
    rating,
    ceiling: true,
    anchor: `Monthly assessment ${words[f.assessment]}; home and community visits ${words[f.homeVisits]} (${pctText(f.community)} of ${f.visits} visits). At most ${rating}; a reviewer judges the other functions.`,
    basis: `${f.rows.filter((x) => x.met).length} of ${f.rows.length} clients with a psychiatric visit every 4 weeks`,
  };
}

export const ct4Records = (r: FidelityRecords): ItemRecords => monthlyRows(ct4Functions(r).rows);

/**
 * CP6, criterion 1 from the rota: the team holds the primary on-call role every hour. No
 * rota: no after-hours responsibility on record (1); hours nobody held it: criterion 1 not
 * met (2); every hour held: at most 5, the other criteria are a reviewer's.
 */
export function cp6(r: FidelityRecords): ItemResult {
  const { hasRotation, hours, uncoveredHours } = r.rota;
  const covered = pct(hours - uncoveredHours, hours);
  const rating: Rating = !hasRotation ? 1 : uncoveredHours > 0 ? 2 : 5;
  const anchor = !hasRotation
    ? 'No on-call rota: the team has no after-hours crisis responsibility on record'
    : uncoveredHours > 0
      ? 'Criterion 1 not met: some hours nobody was on call'
      : 'Criterion 1 met: someone on call every hour. At most 5; a reviewer judges the other criteria.';
  return { id: 'CP6', figure: covered, figureText: `${pctText(covered)} of hours covered`, rating, ceiling: rating !== 1, anchor, basis: `${Math.round(uncoveredHours)} of ${Math.round(hours)} hours with nobody on call` };
}

export function cp6Records(r: FidelityRecords): ItemRecords {
  return { columns: ['Nobody on call from', 'Until'], rows: r.rota.gaps.map((g) => ({ clientId: null, cells: [g.start, g.end], short: true })) };
}

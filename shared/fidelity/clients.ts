/** Each client's face-to-face service: the per-client view of the fidelity screen (contacts, minutes, staff, community share). */
import type { LocalDate } from '../domain';
import { type ContactRecord, type FidelityRecords, caseload, periodWeeks, weeksOf } from './records';
import { pct } from './result';

export interface ClientService {
  clientId: number;
  contactsPerWeek: number;
  minutesPerWeek: number;
  distinctStaff: number;
  communityShare: number | null;
  familyContacts: number;
  lastFaceToFace: LocalDate | null;
}

function serviceOf(contacts: readonly ContactRecord[], weeks: number) {
  const f2f = contacts.filter((c) => c.kind === 'face_to_face');
  return {
    contacts: f2f.length,
    contactsPerWeek: f2f.length / weeks,
    minutes: f2f.reduce((s, c) => s + c.minutes, 0),
    minutesPerWeek: f2f.reduce((s, c) => s + c.minutes, 0) / weeks,
    distinctStaff: new Set(f2f.map((c) => c.staffId).filter((id) => id !== null)).size,
    communityShare: pct(f2f.filter((c) => c.location === 'community').length, f2f.length),
    familyContacts: contacts.filter((c) => c.kind === 'collateral' && c.collateralWith === 'family').length,
    lastFaceToFace: f2f.reduce<LocalDate | null>((last, c) => (last === null || c.day > last ? c.day : last), null),
  };
}

/** The period's caseload, least seen first. */
export function clientServiceTable(r: FidelityRecords): ClientService[] {
  const weeks = periodWeeks(r.from, r.to);
  const by = new Map<number, ContactRecord[]>();
  for (const c of r.contacts) by.set(c.clientId, [...(by.get(c.clientId) ?? []), c]);
  return caseload(r)
    .map((c) => {
      const s = serviceOf(by.get(c.id) ?? [], weeks);
      return { clientId: c.id, contactsPerWeek: s.contactsPerWeek, minutesPerWeek: s.minutesPerWeek, distinctStaff: s.distinctStaff, communityShare: s.communityShare, familyContacts: s.familyContacts, lastFaceToFace: s.lastFaceToFace };
    })
    .sort((a, b) => a.contactsPerWeek - b.contactsPerWeek || a.clientId - b.clientId);
}

/** One client's weeks of the period. */
export function clientServiceWeeks(r: FidelityRecords, clientId: number) {
  const mine = r.contacts.filter((c) => c.clientId === clientId);
  return weeksOf(r.from, r.to).map((w) => {
    const s = serviceOf(mine.filter((c) => c.day >= w.start && c.day <= w.end), 1);
    return { weekStart: w.start, contacts: s.contacts, minutes: s.minutes, distinctStaff: s.distinctStaff, communityShare: s.communityShare };
  });
}

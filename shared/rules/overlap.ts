import type { Contact } from '../domain';

type Timed = Pick<Contact, 'id' | 'staffId' | 'startMinute' | 'endMinute' | 'status'>;

/** Ids of contacts that overlap another of the same staff member (cancelled ones do not count). */
export function overlappingContactIds(contacts: readonly Timed[]): Set<number> {
  const byStaff = new Map<number, Timed[]>();
  for (const c of contacts) {
    if (c.staffId === null || c.status === 'cancelled') continue;
    const list = byStaff.get(c.staffId) ?? [];
    list.push(c);
    byStaff.set(c.staffId, list);
  }
  const result = new Set<number>();
  for (const list of byStaff.values()) {
    list.sort((a, b) => a.startMinute - b.startMinute);
    let latest: Timed | undefined; // the card reaching furthest so far
    for (const c of list) {
      if (latest && c.startMinute < latest.endMinute) {
        result.add(c.id);
        result.add(latest.id);
      }
      if (!latest || c.endMinute > latest.endMinute) latest = c;
    }
  }
  return result;
}

/** Board order inside a column: by start, then end, then id for stability. */
export function byTime(a: Timed, b: Timed): number {
  return a.startMinute - b.startMinute || a.endMinute - b.endMinute || a.id - b.id;
}

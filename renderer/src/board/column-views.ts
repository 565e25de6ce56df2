import { useMemo, useState } from 'react';
import type { Contact } from '../../../shared/domain';
import type { WarningKind } from '../../../shared/schedule';
import type { TeamActivity } from '../../../shared/team-activities';
import type { CardClient } from './ContactCard';
import type { ColumnKey } from './drop-targets';
import { Keeper, keepEntries, keepFields } from './keep-identity';

/** What one column shows, each part the same object from one board to the next while unchanged. */
export interface ColumnView {
  contacts: Contact[];
  activities: readonly TeamActivity[];
  /** The clients of this column's cards. */
  clients: Map<number, CardClient>;
  /** Warnings by contact id, for this column's cards. */
  warnings: Map<number, WarningKind[]>;
  /** Warnings by activity id, for this column's activities. */
  activityWarnings: Map<number, WarningKind[]>;
  /** This column's cards of the warning picked in the side panel. */
  highlighted: ReadonlySet<number>;
}

const NO_CONTACTS: Contact[] = [];
const NO_ACTIVITIES: readonly TeamActivity[] = [];

/** Keeps a memoized map's values (and the map itself) the same objects while unchanged. */
export function useKeptEntries<K, V>(next: Map<K, V>): Map<K, V> {
  const [keeper] = useState(() => new Keeper<Map<K, V>>(keepEntries));
  return useMemo(() => keeper.of(next), [keeper, next]);
}

/**
 * Each column's view of the board, keyed by staff id (null for Unassigned): a column whose view
 * did not change gets the same object, so a drop redraws only the columns it touches.
 */
export function useColumnViews(
  keys: readonly ColumnKey[],
  columns: Map<ColumnKey, Contact[]>,
  activitiesByStaff: Map<number, TeamActivity[]>,
  clients: Map<number, CardClient>,
  warningsByCard: Map<number, WarningKind[]>,
  warningsByActivity: Map<number, WarningKind[]>,
  highlighted: ReadonlySet<number>,
): Map<ColumnKey, ColumnView> {
  const [keeper] = useState(() => new Keeper<Map<ColumnKey, ColumnView>>(keepViews));
  return useMemo(() => {
    const views = new Map<ColumnKey, ColumnView>();
    for (const key of keys) {
      const contacts = columns.get(key) ?? NO_CONTACTS;
      const activities = key === null ? NO_ACTIVITIES : (activitiesByStaff.get(key) ?? NO_ACTIVITIES);
      const view: ColumnView = {
        contacts,
        activities,
        clients: new Map(contacts.flatMap((c) => { const client = clients.get(c.clientId); return client ? [[c.clientId, client] as const] : []; })),
        warnings: new Map(contacts.flatMap((c) => { const w = warningsByCard.get(c.id); return w ? [[c.id, w] as const] : []; })),
        activityWarnings: new Map(activities.flatMap((a) => { const w = warningsByActivity.get(a.id); return w ? [[a.id, w] as const] : []; })),
        highlighted: new Set(contacts.filter((c) => highlighted.has(c.id)).map((c) => c.id)),
      };
      views.set(key, view);
    }
    return keeper.of(views);
  }, [keeper, keys, columns, activitiesByStaff, clients, warningsByCard, warningsByActivity, highlighted]);
}

/** Each column's view kept field by field from the last board's. */
function keepViews(previous: Map<ColumnKey, ColumnView> | undefined, next: Map<ColumnKey, ColumnView>): Map<ColumnKey, ColumnView> {
  for (const [key, view] of next) next.set(key, keepFields(previous?.get(key), view));
  return next;
}

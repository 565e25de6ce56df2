/**
 * The first reads the host answered inside this page's HTML (shared/first-reads.ts) go
 * into the query cache before the first render, so the board draws without waiting for
 * round trips. They were read before this seat's change events were connected: once the
 * link is live, they are read again (`refreshFirstReads`) if a change came in between.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { type ChangeMark, FIRST_READS_ELEMENT_ID, type FirstRead } from '../../shared/first-reads';
import type { LocalDate } from '../../shared/domain';
import { onCallKeys } from './oncall/queries';
import { profilesKey } from './privacy';
import { keys } from './queries';
import { sessionKey } from './trust/session';

/** The cache key each first read fills: the one the screens ask with for that call. */
function keyOf({ method, input }: FirstRead): QueryKey | null {
  switch (method) {
    case 'auth.status':
      return sessionKey;
    case 'settings.get':
      return keys.settings;
    case 'setup.status':
      return keys.setup;
    case 'staff.list':
      return keys.staff;
    case 'board.get':
      return keys.board(input.day as LocalDate, input.privateNames === true);
    case 'oncall.now':
      return onCallKeys.now;
    case 'oncall.rota':
      return onCallKeys.rota;
    case 'clients.profiles':
      return profilesKey;
    default:
      return null;
  }
}

const seeded: QueryKey[] = [];
/** Where the host's change events stood when the seeded reads were made. */
let seededAsOf: ChangeMark | undefined;

/** Puts the page's first reads in `client`'s cache, and takes their element out of the page. */
export function seedFirstReads(client: QueryClient, doc: Document = document): void {
  const element = doc.getElementById(FIRST_READS_ELEMENT_ID);
  if (!element) return;
  element.remove();
  seededAsOf = element.dataset.asOf;
  let reads: FirstRead[];
  try {
    reads = JSON.parse(element.textContent ?? '[]') as FirstRead[];
  } catch {
    return; // the page asks for each itself
  }
  for (const read of reads) {
    const key = keyOf(read);
    if (!key) continue;
    client.setQueryData(key, read.result);
    seeded.push(key);
  }
}

/**
 * Once, the first time the live link is up (`asOf`: where the host's change events stood then):
 * reads again what was seeded, unless no change came in between. After the next frame: the
 * link is often up before the first board has been drawn, which must not wait.
 */
export function refreshFirstReads(client: QueryClient, asOf: ChangeMark | undefined): void {
  const again = seeded.splice(0);
  if (!again.length || (asOf !== undefined && asOf === seededAsOf)) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const queryKey of again) void client.invalidateQueries({ queryKey, exact: true });
    }),
  );
}

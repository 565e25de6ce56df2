/**
 * The first reads a board page makes (issue 16: first board painted), answered inside the
 * page's HTML by the browser host, so that the page draws the board without waiting for
 * round trips. Each is a call as the seat itself would make it, through the same
 * permissions and privacy: electron/host/first-reads.ts writes them, renderer/src/first-reads.ts
 * puts them in the page's query cache.
 */
import type { Method } from './api';

/** The id of the `<script type="application/json">` element that holds them. */
export const FIRST_READS_ELEMENT_ID = 'first-reads';

/**
 * Where the host's change events stood when the reads were made (`<host start>:<changes since>`),
 * on that element as `data-as-of`. A seat's live link opens with where they stand then (its
 * `hello` event): the same mark means no change came in between, and nothing needs reading again.
 */
export type ChangeMark = string;

export interface FirstRead {
  method: Method;
  input: Record<string, unknown>;
  result: unknown;
}

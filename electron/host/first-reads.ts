/**
 * Answers a board page's first reads inside its HTML (shared/first-reads.ts): the session,
 * settings, setup, staff, today's board and who is on call (and the clients' aliases where
 * names are hidden), each run as the seat's own call (runCall:
 * permissions and privacy as for the API, so a locked seat gets what it would fetch, and a
 * LAN seat without a PIN gets only its session). A read the seat may not make is left out;
 * the page then asks for it as before.
 */
import type { BoardService } from '../../db/service/board-service';
import type { Method } from '../../shared/api';
import type { TeamSettings } from '../../shared/domain';
import { type ChangeMark, FIRST_READS_ELEMENT_ID, type FirstRead } from '../../shared/first-reads';
import { todayIn } from '../../shared/time';
import type { SessionState } from '../../shared/trust';
import { type Seat, runCall } from './transport';

export function firstReadsFor(service: BoardService, seat: Seat): FirstRead[] {
  const reads: FirstRead[] = [];
  const read = <T>(method: Method, input: Record<string, unknown> = {}): T | null => {
    const { response } = runCall(service, method, input, seat);
    if (!response.ok) return null;
    reads.push({ method, input, result: response.result });
    return response.result as T;
  };
  const session = read<SessionState>('auth.status');
  const settings = read<TeamSettings>('settings.get');
  read('setup.status');
  read('staff.list');
  read('oncall.now');
  read('oncall.rota');
  if (session && settings) {
    // As the page asks: names hidden when the seat is locked and the team shows initials then.
    const privateNames = !session.person && session.privacyWhenLocked;
    read('board.get', { day: todayIn(settings.timeZone), privateNames });
    // Hidden names show as aliases: without them the board drew initials, then every card again.
    if (privateNames) read('clients.profiles');
  }
  return reads;
}

/**
 * The board page in two parts: the first goes at once, so the browser fetches and compiles
 * the page's code (its module scripts run only once the page has ended) while the host
 * reads; the second follows the reads' block.
 */
export function splitBeforeEnd(html: string): [string, string] {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? [html, ''] : [html.slice(0, at), html.slice(at)];
}

/** `reads` as a JSON data block (never run as script; `<` escaped so no text in them can close it), made at `asOf`. */
export function firstReadsBlock(reads: FirstRead[], asOf: ChangeMark): string {
  const json = JSON.stringify(reads).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${FIRST_READS_ELEMENT_ID}" data-as-of="${asOf}">${json}</script>`;
}

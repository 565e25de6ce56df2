import type { ApiResponse, Method } from '../../shared/api';
import { type BoardService, toApiError } from '../../db/service/board-service';

/** What a transport knows about the seat a call comes from. */
export interface Seat {
  /** The seat's session token (HttpOnly cookie over HTTP, kept in the main process for IPC). */
  token: string | null;
  /** LAN mode: every seat must sign in, even to read. */
  requireSignIn: boolean;
}

export interface CallOutcome {
  response: ApiResponse<unknown>;
  /** The seat's new session token; null: signed out; undefined: unchanged. The page never sees it. */
  session?: string | null;
}

/**
 * What IPC and HTTP both do with a call: run it as a seat (checked against the
 * permissions, never trusted) and wrap the outcome for the wire.
 */
export function runCall(service: BoardService, method: string, input: unknown, seat: Seat): CallOutcome {
  const outcome: CallOutcome = { response: { ok: false, error: { code: 'internal', message: 'not run' } } };
  try {
    const result = service.call(method as Method, input, {
      seat: { token: seat.token, requireSignIn: seat.requireSignIn, onSession: (token) => (outcome.session = token) },
    });
    outcome.response = { ok: true, result };
  } catch (err) {
    const error = toApiError(err);
    if (error.code === 'internal') console.error(`[board] ${method} failed:`, err);
    outcome.response = { ok: false, error: error.toBody() };
  }
  return outcome;
}

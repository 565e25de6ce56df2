import type { ApiResponse, Method } from '../../shared/api';
import { type BoardService, toApiError } from '../../db/service/board-service';
import type { SeatSource } from '../../db/service/sessions';

/** What a transport knows about the seat a call comes from. */
export interface Seat {
  /** The seat's session token (HttpOnly cookie over HTTP, kept in the main process for IPC). */
  token: string | null;
  /** LAN mode: every seat must sign in, even to read. */
  requireSignIn: boolean;
  /** Where the call comes from: this machine (IPC, loopback) or another computer. */
  source: SeatSource;
}

/** Electron IPC: the app's own windows, on this machine. */
export const THIS_MACHINE: SeatSource = { address: 'this machine', local: true };

export interface CallOutcome {
  response: ApiResponse<unknown>;
  /** The seat's new session token; null: signed out; undefined: unchanged. The page never sees it. */
  session?: string | null;
}

const failure = (err: unknown, method: string): ApiResponse<unknown> => {
  const error = toApiError(err);
  if (error.code === 'internal') console.error(`[board] ${method} failed:`, err);
  return { ok: false, error: error.toBody() };
};

/**
 * What IPC and HTTP both do with a call: run it as a seat (checked against the
 * permissions, never trusted) and wrap the outcome for the wire.
 */
export function runCall(service: BoardService, method: string, input: unknown, seat: Seat): CallOutcome {
  const outcome: CallOutcome = { response: { ok: false, error: { code: 'internal', message: 'not run' } } };
  try {
    const result = service.call(method as Method, input, {
      seat: { ...seat, onSession: (token) => (outcome.session = token) },
    });
    outcome.response = { ok: true, result };
  } catch (err) {
    outcome.response = failure(err, method);
  }
  return outcome;
}

/** The refusal for a seat that may not call `method` at all, before its input is read; null if it may. */
export function refusalBeforeInput(service: BoardService, method: string, seat: Seat): ApiResponse<unknown> | null {
  try {
    service.checkSeat(method, seat);
    return null;
  } catch (err) {
    return failure(err, method);
  }
}

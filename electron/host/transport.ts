import type { ApiResponse, Method } from '../../shared/api';
import { type BoardService, toApiError } from '../../db/service/board-service';

/** What IPC and HTTP both do with a call: run it and wrap the outcome for the wire. */
export function runCall(service: BoardService, method: string, input: unknown, actor: string): ApiResponse<unknown> {
  try {
    return { ok: true, result: service.call(method as Method, input, { actor }) };
  } catch (err) {
    const error = toApiError(err);
    if (error.code === 'internal') console.error(`[board] ${method} failed:`, err);
    return { ok: false, error: error.toBody() };
  }
}

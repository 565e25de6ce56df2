/**
 * The error shape that crosses IPC and HTTP. Apart from shared/api.ts (which re-exports it)
 * so that the renderer's first chunk does not build every contract's zod schemas just to
 * know it (issue 16: first board painted).
 */

/** locked: this seat must unlock with a PIN; forbidden: this person's level does not allow it. */
export type ApiErrorCode = 'validation' | 'not_found' | 'conflict' | 'locked' | 'forbidden' | 'internal';

/** The error shape that crosses IPC and HTTP. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

import type Database from 'better-sqlite3';
import { ApiError, type Method, type Result, contract, isMethod } from '../../shared/api';
import type { ChangeEvent } from '../../shared/domain';
import { clientHandlers } from './clients';
import { contactHandlers } from './contacts';
import { CallContext } from './context';
import type { HandlersFor } from './handler';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { validationError } from './validation';

/** Every method's handler, one module per area; the type makes a missing one a compile error. */
const handlers: HandlersFor<Method> = {
  ...contactHandlers,
  ...staffHandlers,
  ...clientHandlers,
  ...settingsHandlers,
};

export type ChangeListener = (event: ChangeEvent) => void;

export interface CallOptions {
  /** Who is acting, for the audit trail. */
  actor?: string;
}

/**
 * The Board service: validate -> transaction -> audit -> change event.
 * Every transport (IPC, HTTP, tests) calls `call`; nothing else touches the tables.
 */
export class BoardService {
  private readonly listeners = new Set<ChangeListener>();

  constructor(
    readonly db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls a method with untrusted input; throws ApiError for anything the caller got wrong. */
  call<M extends Method>(method: M, rawInput: unknown, options: CallOptions = {}): Result<M> {
    if (!isMethod(method)) throw new ApiError('validation', `Unknown method "${String(method)}".`);
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error, rawInput);
    const ctx = new CallContext(this.db, options.actor ?? 'local', this.clock());
    const handler = handlers[method] as (ctx: CallContext, input: unknown) => Result<M>;
    const result = this.db.transaction(() => handler(ctx, parsed.data))();
    const event = ctx.changeEvent();
    if (event) for (const l of this.listeners) l(event);
    return result;
  }
}

/** Turns anything thrown into the error body that crosses a transport. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/FOREIGN KEY constraint failed/.test(message)) {
    return new ApiError('validation', 'That refers to something that does not exist.');
  }
  if (/CHECK constraint failed|NOT NULL constraint failed|UNIQUE constraint failed/.test(message)) {
    return new ApiError('validation', 'That change breaks a rule of the board and was not saved.');
  }
  return new ApiError('internal', `Something went wrong on the board host: ${message}`);
}

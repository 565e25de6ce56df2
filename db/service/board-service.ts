/**
 * HOW CALLERS ARE TRUSTED (issue 5) — read this before adding a transport or a test:
 * - In-process code (unit tests, the demo seed, scripts) calls `service.call(method, input)`
 *   or `service.call(method, input, { actor: 'name' })`. It is trusted: no PIN, no
 *   permission check; the actor is only a label in the audit trail.
 * - Every transport (HTTP host, Electron IPC) goes through `runCall` in
 *   electron/host/transport.ts, which always passes `{ seat: { token, requireSignIn } }`.
 *   A seat is checked against shared/permissions.ts: reads need 'view' (a locked seat may
 *   read on this machine; in LAN mode only when signed in), writes need a signed-in person
 *   whose level is at least the method's. Every new API method needs an entry there
 *   (shared/permissions.test.ts fails without one; an undeclared method is refused).
 */
import type Database from 'better-sqlite3';
import { ApiError, type Method, type Result, contract, isMethod } from '../../shared/api';
import type { ChangeEvent } from '../../shared/domain';
import { permissionFor } from '../../shared/permissions';
import { atLeast } from '../../shared/trust';
import { BackupManager } from '../backup';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { Privacy } from './privacy';
import { autoLockMinutes, type Caller, SessionStore, signedInPerson } from './sessions';
import { trustSettingsHandlers } from './trust-settings';
import { appointmentHandlers } from './appointments';
import { availabilityHandlers } from './availability';
import { boardDayHandlers } from './board-day';
import { clientHandlers } from './clients';
import { contactHandlers } from './contacts';
import { meetingHandlers } from './meeting';
import { CallContext } from './context';
import { draftHandlers } from './draft';
import type { HandlersFor } from './handler';
import { scheduleItemHandlers } from './schedule-items';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { validationError } from './validation';

/** Every method's handler, one module per area; the type makes a missing one a compile error. */
const handlers: HandlersFor<Method> = {
  ...boardDayHandlers,
  ...contactHandlers,
  ...scheduleItemHandlers,
  ...appointmentHandlers,
  ...availabilityHandlers,
  ...draftHandlers,
  ...staffHandlers,
  ...clientHandlers,
  ...settingsHandlers,
  ...authHandlers,
  ...trustSettingsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...meetingHandlers,
};

export type ChangeListener = (event: ChangeEvent) => void;

/** A call from a seat (HTTP or IPC): checked against the permissions. */
export interface SeatOptions {
  /** The seat's session token, if it has one. */
  token?: string | null;
  /** LAN mode: reading needs a signed-in person too. */
  requireSignIn?: boolean;
  /** Called when the call opens or closes this seat's session (unlock, lock). */
  onSession?: (token: string | null) => void;
}

export interface CallOptions {
  /** In-process callers only: who is acting, for the audit trail. */
  actor?: string;
  /** Present for every call from a transport; absent means trusted in-process code. */
  seat?: SeatOptions;
}

const WRITE_REFUSED_LOCKED = 'Unlock with your PIN to change the board.';

/**
 * The Board service: validate -> transaction -> audit -> change event.
 * Every transport (IPC, HTTP, tests) calls `call`; nothing else touches the tables.
 */
export class BoardService {
  private readonly listeners = new Set<ChangeListener>();
  private database: Database.Database;
  readonly sessions = new SessionStore();
  readonly backups: BackupManager;

  constructor(
    db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.database = db;
    this.backups = new BackupManager(this, clock);
  }

  /** The open board file (a restore from backup swaps it). */
  get db(): Database.Database {
    return this.database;
  }

  /** Used by a restore: the old connection is closed, this one takes its place. */
  replaceDatabase(db: Database.Database): void {
    this.database = db;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitChange(event: ChangeEvent): void {
    for (const l of this.listeners) l(event);
  }

  /** Calls a method with untrusted input; throws ApiError for anything the caller got wrong. */
  call<M extends Method>(method: M, rawInput: unknown, options: CallOptions = {}): Result<M> {
    if (!isMethod(method)) throw new ApiError('validation', `Unknown method "${String(method)}".`);
    const caller = this.callerFor(options);
    const reading = this.authorize(method, caller);
    if (!reading && this.backups.restoring) {
      throw new ApiError('conflict', 'The board is being restored from a backup; try again in a moment.');
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error, rawInput);
    const actor = caller.person?.name ?? options.actor ?? 'local';
    const privacy = options.seat && !caller.person && this.privacyWhenLocked() ? Privacy.locked(this.db) : Privacy.full(this.db);
    const ctx = new CallContext(this.db, actor, this.clock(), { caller, sessions: this.sessions, backups: this.backups }, privacy);
    const handler = handlers[method] as (ctx: CallContext, input: unknown) => Result<M>;
    let result: Result<M>;
    try {
      result = this.db.transaction(() => handler(ctx, parsed.data))();
    } catch (err) {
      if (ctx.keepOnFailure.length) this.db.transaction(() => ctx.keepOnFailure.forEach((w) => w()))();
      throw err;
    }
    const event = ctx.changeEvent();
    if (event) this.emitChange(event);
    return result;
  }

  private callerFor(options: CallOptions): Caller {
    const seat = options.seat;
    if (!seat) return { trusted: true, person: null, token: null, requireSignIn: false, setSession: () => undefined };
    const staffId = this.sessions.use(seat.token, this.clock().getTime(), autoLockMinutes(this.db) * 60_000);
    const person = staffId === null ? null : signedInPerson(this.db, staffId);
    if (staffId !== null && !person) this.sessions.close(seat.token);
    return {
      trusted: false,
      person,
      token: person ? (seat.token ?? null) : null,
      requireSignIn: seat.requireSignIn ?? false,
      setSession: (token) => seat.onSession?.(token),
    };
  }

  /** Refuses a seat what its person may not do; returns whether the method only reads. */
  private authorize(method: Method, caller: Caller): boolean {
    const need = permissionFor(method);
    if (need === undefined) {
      throw new ApiError('forbidden', `"${method}" has no permission declared in shared/permissions.ts, so no seat may call it.`);
    }
    const reading = need === 'open' || need === 'view';
    if (caller.trusted || need === 'open') return reading;
    if (!caller.person) {
      if (need === 'view' && !caller.requireSignIn) return reading;
      throw new ApiError('locked', need === 'view' ? 'Sign in with your PIN to see the board.' : WRITE_REFUSED_LOCKED);
    }
    if (!atLeast(caller.person.level, need)) {
      throw new ApiError(
        'forbidden',
        `${caller.person.name} has ${caller.person.level} permission; this needs ${need}. Ask an admin if you should be able to.`,
      );
    }
    return reading;
  }

  private privacyWhenLocked(): boolean {
    return (this.db.prepare('SELECT privacy_when_locked AS p FROM trust_settings WHERE id = 1').get() as { p: number }).p === 1;
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

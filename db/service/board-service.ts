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
import { checkIntegrityAside } from '../integrity-check';
import { CorruptDatabaseError, awaitsIntegrityCheck } from '../open';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { Privacy } from './privacy';
import { GuessThrottle } from './guess-throttle';
import { autoLockMinutes, type Caller, type SeatSource, SessionStore, UNKNOWN_SOURCE, signedInPerson } from './sessions';
import { SetupCode } from './setup-code';
import { trustSettingsHandlers } from './trust-settings';
import { appointmentHandlers } from './appointments';
import { availabilityHandlers } from './availability';
import { boardDayHandlers } from './board-day';
import { clientHandlers } from './clients';
import { contactHandlers } from './contacts';
import { importHandlers } from './imports';
import { meetingHandlers } from './meeting';
import { oncallHandlers } from './oncall';
import { afterHoursHandlers } from './after-hours';
import { CallContext } from './context';
import { draftHandlers } from './draft';
import { coverHandlers } from './cover';
import { ReplicaReport, replicationHandlers } from './replication';
import type { HandlersFor } from './handler';
import { scheduleItemHandlers } from './schedule-items';
import { settingsHandlers } from './settings';
import { setupHandlers } from './setup';
import { staffHandlers } from './staff';
import { stayHandlers } from './stays';
import { trackerHandlers } from './contact-tracker';
import { clinicalHandlers } from './clinical-boards';
import { fidelityHandlers } from './fidelity';
import { aotHandlers } from './aot';
import { chartHandlers } from './chart-captains';
import { teamActivityHandlers } from './team-activities';
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
  ...setupHandlers,
  ...importHandlers,
  ...stayHandlers,
  ...oncallHandlers,
  ...afterHoursHandlers,
  ...trackerHandlers,
  ...clinicalHandlers,
  ...coverHandlers,
  ...fidelityHandlers,
  ...aotHandlers,
  ...chartHandlers,
  ...teamActivityHandlers,
  ...replicationHandlers,
};

export type ChangeListener = (event: ChangeEvent) => void;

/** A call from a seat (HTTP or IPC): checked against the permissions. */
export interface SeatOptions {
  /** The seat's session token, if it has one. */
  token?: string | null;
  /** LAN mode: reading needs a signed-in person too. */
  requireSignIn?: boolean;
  /** Where the call comes from; absent: another computer, address unknown. */
  source?: SeatSource;
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
/** 'open' methods that only read: run as reads, so they answer while the board file is checked after start. */
const OPEN_READS: ReadonlySet<Method> = new Set(['auth.status']);

/**
 * The Board service: validate -> transaction -> audit -> change event.
 * Every transport (IPC, HTTP, tests) calls `call`; nothing else touches the tables.
 */
export class BoardService {
  private readonly listeners = new Set<ChangeListener>();
  private readonly closers: (() => void)[] = [];
  private database: Database.Database;
  readonly sessions = new SessionStore();
  readonly backups: BackupManager;
  /** Wrong PINs per source (seat address), beside the per-person lockout. */
  readonly guesses = new GuessThrottle();
  /** Printed by the host at start: lets another computer create the first admin. */
  readonly setupCode = new SetupCode();
  /** The replica's state, when the host runs Litestream (db/replication/). */
  readonly replica = new ReplicaReport();
  private lastSweep = 0;

  constructor(
    db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.database = db;
    this.backups = new BackupManager(this, clock);
  }

  /**
   * Settles once the board file has passed the integrity check that `openBoard` with
   * `checkLater` leaves to run beside the first reads; rejects with CorruptDatabaseError.
   * Until it settles well, the connection refuses writes (db/integrity-check.ts).
   */
  integrity: Promise<void> = Promise.resolve();

  /** Starts that check in a worker thread (the board was opened with `checkLater`). */
  checkIntegrityAside(): void {
    const file = this.db.name;
    this.integrity = checkIntegrityAside(file).then((problems) => {
      if (problems !== null) throw new CorruptDatabaseError(file, problems);
      if (this.db.open && awaitsIntegrityCheck(this.db)) this.db.pragma('query_only = OFF');
    });
    this.integrity.catch(() => {}); // the host acts on a failure; here it must not end the process
  }

  /** The open board file (a restore from backup swaps it). */
  get db(): Database.Database {
    return this.database;
  }

  /** Used by a restore: the old connection is closed, this one takes its place. */
  replaceDatabase(db: Database.Database): void {
    this.database = db;
  }

  /** Closes the board file, then lets go of what was held with it (the board's lock file). */
  close(): void {
    if (this.database.open) this.database.close();
    for (const closer of this.closers.splice(0)) closer();
  }

  onClose(closer: () => void): void {
    this.closers.push(closer);
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
    const ctx = new CallContext(
      this.db,
      actor,
      this.clock(),
      { caller, sessions: this.sessions, backups: this.backups, guesses: this.guesses, setupCode: this.setupCode, replica: this.replica },
      privacy,
    );
    const handler = handlers[method] as (ctx: CallContext, input: unknown) => Result<M>;
    let result: Result<M>;
    try {
      result = inTransaction(this.db, permissionFor(method) === 'view' || OPEN_READS.has(method), () => handler(ctx, parsed.data));
    } catch (err) {
      if (ctx.keepOnFailure.length) inTransaction(this.db, false, () => ctx.keepOnFailure.forEach((w) => w()));
      throw err;
    }
    const event = ctx.changeEvent();
    if (event) this.emitChange(event);
    return result;
  }

  /**
   * Refuses a seat's call before its input is even read (a transport calls this before
   * reading a request body): unknown method, no session where one is needed, too low a level.
   */
  checkSeat(method: string, seat: SeatOptions): void {
    if (!isMethod(method)) throw new ApiError('validation', `Unknown method "${method}".`);
    this.authorize(method, this.callerFor({ seat }));
  }

  /** Ends idle and too old sessions (the host calls this on a timer; calls do it at most once a minute). */
  sweepSessions(): void {
    const nowMs = this.clock().getTime();
    this.lastSweep = nowMs;
    this.sessions.sweep(nowMs, autoLockMinutes(this.db) * 60_000);
  }

  private callerFor(options: CallOptions): Caller {
    const seat = options.seat;
    if (!seat) {
      return { trusted: true, person: null, token: null, requireSignIn: false, source: UNKNOWN_SOURCE, setSession: () => undefined };
    }
    if (this.clock().getTime() - this.lastSweep > 60_000) this.sweepSessions();
    const staffId = this.sessions.use(seat.token, this.clock().getTime(), autoLockMinutes(this.db) * 60_000);
    const person = staffId === null ? null : signedInPerson(this.db, staffId);
    if (staffId !== null && !person) this.sessions.close(seat.token);
    return {
      trusted: false,
      person,
      token: person ? (seat.token ?? null) : null,
      requireSignIn: seat.requireSignIn ?? false,
      source: seat.source ?? UNKNOWN_SOURCE,
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

const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED']);

/**
 * Runs `fn` in one transaction. Reads ('view' methods) read a snapshot; everything else
 * begins IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before
 * anything is read, so a write never fails half-way on a lock another connection took
 * after its reads; what cannot get the lock is a clear retry.
 */
function inTransaction<T>(db: Database.Database, readOnly: boolean, fn: () => T): T {
  const transaction = db.transaction(fn);
  try {
    return readOnly ? transaction() : transaction.immediate();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && BUSY_CODES.has(code)) {
      throw new ApiError('conflict', 'The board is busy; try again. Your change was not saved.');
    }
    if (code === 'SQLITE_READONLY' && awaitsIntegrityCheck(db)) {
      throw new ApiError('conflict', 'ACT Board is still checking the board file after starting; try again in a moment. Your change was not saved.');
    }
    throw err;
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

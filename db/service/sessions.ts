/**
 * Who is calling: sessions opened by unlocking with a PIN, and the person behind them.
 * Sessions live in memory (a restart locks every seat); levels are read from the
 * database on every call, so a changed level or a deactivated person applies at once.
 */
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api';
import { atLeast, type PermissionLevel } from '../../shared/trust';
import type { BackupManager } from '../backup';
import type { GuessThrottle } from './guess-throttle';
import type { SetupCode } from './setup-code';
import type { CallContext } from './context';
import type { ReplicaReport } from './replication';

export interface SignedIn {
  id: number;
  name: string;
  initials: string;
  level: PermissionLevel;
}

/** Where a call comes from: the throttle's key, and whether it is this machine (IPC, or loopback without a proxy). */
export interface SeatSource {
  address: string;
  local: boolean;
}

/** A seat whose transport did not say where it is: treated as another computer. */
export const UNKNOWN_SOURCE: SeatSource = { address: 'unknown', local: false };

export interface Caller {
  /** In-process code (tests, the demo seed, scripts): not checked, acts as `actor`. */
  trusted: boolean;
  person: SignedIn | null;
  token: string | null;
  /** LAN mode: reading needs a signed-in person too. */
  requireSignIn: boolean;
  source: SeatSource;
  /** Tells the transport this seat's new session (null: signed out). */
  setSession(token: string | null): void;
}

/** What trust handlers reach through the call's context. */
export interface TrustContext {
  caller: Caller;
  sessions: SessionStore;
  backups: BackupManager;
  guesses: GuessThrottle;
  setupCode: SetupCode;
  replica: ReplicaReport;
}

/** No session is kept longer than this, however busy. */
const MAX_SESSION_MS = 12 * 60 * 60 * 1000;

interface Session {
  staffId: number;
  opened: number;
  lastSeen: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly endListeners = new Set<(token: string) => void>();

  /** Told of every session that ends (lock, expiry, reset, restore): open event streams close with it. */
  onEnded(listener: (token: string) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  private end(token: string): void {
    if (!this.sessions.delete(token)) return;
    for (const l of this.endListeners) l(token);
  }

  private expired(s: Session, nowMs: number, idleMs: number): boolean {
    return nowMs - s.lastSeen > idleMs || nowMs - s.opened > MAX_SESSION_MS;
  }

  open(staffId: number, nowMs: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { staffId, opened: nowMs, lastSeen: nowMs });
    return token;
  }

  /** The staff member of a live session, touching it; an idle or too old session is closed. */
  use(token: string | null | undefined, nowMs: number, idleMs: number): number | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    if (this.expired(s, nowMs, idleMs)) {
      this.end(token);
      return null;
    }
    s.lastSeen = Math.max(s.lastSeen, nowMs);
    return s.staffId;
  }

  close(token: string | null | undefined): void {
    if (token) this.end(token);
  }

  /** Signs a person out everywhere (PIN reset, level changed, deactivated). */
  closeFor(staffId: number): void {
    for (const [token, s] of this.sessions) if (s.staffId === staffId) this.end(token);
  }

  closeAll(): void {
    for (const token of [...this.sessions.keys()]) this.end(token);
  }

  /** Ends every idle or too old session, so none lingers in memory (or keeps an event stream open). */
  sweep(nowMs: number, idleMs: number): void {
    for (const [token, s] of this.sessions) if (this.expired(s, nowMs, idleMs)) this.end(token);
  }

  get size(): number {
    return this.sessions.size;
  }
}

/** The person behind a staff id, if they are active and may still sign in. */
export function signedInPerson(db: Database.Database, staffId: number): SignedIn | null {
  const row = db
    .prepare(
      `SELECT s.id, s.name, s.initials, COALESCE(a.level, 'view') AS level
       FROM staff s LEFT JOIN staff_access a ON a.staff_id = s.id
       WHERE s.id = ? AND s.active = 1 AND a.pin_hash IS NOT NULL`,
    )
    .get(staffId) as SignedIn | undefined;
  return row ?? null;
}

export function autoLockMinutes(db: Database.Database): number {
  return (db.prepare('SELECT auto_lock_minutes AS m FROM trust_settings WHERE id = 1').get() as { m: number } | undefined)?.m ?? 5;
}

/**
 * Whose work a write records (an event's author, a contact's staff member). A log-level
 * person's work is their own: choosing someone else is refused, choosing nobody means
 * themselves. A higher level may choose; in-process code chooses freely. `null` is nobody.
 */
export function workOf<T extends number | null | undefined>(
  ctx: CallContext,
  chosen: T,
  refusal: (me: SignedIn) => string,
): T | number {
  const me = ctx.trust?.caller.person;
  if (!me) return chosen;
  if (chosen === undefined) return me.id;
  if (chosen !== me.id && !atLeast(me.level, 'schedule')) throw new ApiError('forbidden', refusal(me));
  return chosen;
}

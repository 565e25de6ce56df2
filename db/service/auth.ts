/** Unlocking with a PIN, locking, first-run setup, and the admin's access screen. */
import { DateTime } from 'luxon';
import { ApiError, type ParsedInput } from '../../shared/api';
import type { Staff } from '../../shared/domain';
import type { Person, PermissionLevel, SessionState } from '../../shared/trust';
import { hasActiveAdmin, keepingAnActiveAdmin } from './admins';
import { type CallContext, checkVersion, notFound, writeAudit } from './context';
import { waitInWords } from './guess-throttle';
import type { HandlersFor } from './handler';
import { hashPin, verifyPin } from './pins';
import type { SignedIn, TrustContext } from './sessions';
import { teamTimeFormatter } from './settings';
import { getStaff } from './staff';

/** Wrong PINs in a row before the person is locked out, and for how long. */
export const MAX_FAILED_PINS = 5;
export const LOCKOUT_MINUTES = 15;

interface AccessRow {
  staff_id: number;
  level: PermissionLevel;
  pin_hash: string | null;
  failed_attempts: number;
  locked_until: string | null;
  version: number;
  updated_at: string;
}

export function trustOf(ctx: CallContext): TrustContext {
  if (!ctx.trust) throw new ApiError('internal', 'This call has no seat to sign in.');
  return ctx.trust;
}

function accessRow(ctx: Pick<CallContext, 'db'>, staffId: number): AccessRow | undefined {
  return ctx.db.prepare('SELECT * FROM staff_access WHERE staff_id = ?').get(staffId) as AccessRow | undefined;
}

function ensureAccessRow(ctx: CallContext, staffId: number): AccessRow {
  getStaff(ctx, staffId); // not_found for an unknown id
  ctx.db.prepare('INSERT OR IGNORE INTO staff_access (staff_id, updated_at) VALUES (?, ?)').run(staffId, ctx.nowIso);
  return accessRow(ctx, staffId)!;
}

interface PersonRow {
  id: number;
  name: string;
  initials: string;
  colour: string;
  active: number;
  level: PermissionLevel | null;
  pin_hash: string | null;
  locked_until: string | null;
  version: number | null;
}

const PERSON_SQL = `SELECT s.id, s.name, s.initials, s.colour, s.active, a.level, a.pin_hash, a.locked_until, a.version
  FROM staff s LEFT JOIN staff_access a ON a.staff_id = s.id`;

function toPerson(r: PersonRow, nowIso: string): Person {
  return {
    id: r.id,
    name: r.name,
    initials: r.initials,
    colour: r.colour,
    level: r.level ?? 'view',
    hasPin: r.pin_hash !== null,
    lockedUntil: r.locked_until !== null && r.locked_until > nowIso ? r.locked_until : null,
    active: r.active === 1,
    version: r.version ?? 0,
  };
}

export function listPeople(ctx: CallContext): Person[] {
  return (ctx.db.prepare(`${PERSON_SQL} ORDER BY s.active DESC, s.name`).all() as PersonRow[]).map((r) => toPerson(r, ctx.nowIso));
}

function person(ctx: CallContext, staffId: number): Person {
  const r = ctx.db.prepare(`${PERSON_SQL} WHERE s.id = ?`).get(staffId) as PersonRow | undefined;
  if (!r) throw notFound('Staff member', staffId);
  return toPerson(r, ctx.nowIso);
}

export function sessionState(ctx: CallContext, who: SignedIn | null = ctx.trust?.caller.person ?? null): SessionState {
  const t = ctx.db.prepare('SELECT auto_lock_minutes, privacy_when_locked FROM trust_settings WHERE id = 1').get() as
    | { auto_lock_minutes: number; privacy_when_locked: number }
    | undefined;
  const needsSetup = !hasActiveAdmin(ctx.db);
  return {
    person: who ? { id: who.id, name: who.name, initials: who.initials, level: who.level } : null,
    signInRequired: ctx.trust?.caller.requireSignIn ?? false,
    needsSetup,
    setupCodeRequired: needsSetup && ctx.trust !== undefined && !fromThisMachine(ctx.trust),
    autoLockMinutes: t?.auto_lock_minutes ?? 5,
    privacyWhenLocked: t?.privacy_when_locked === 1,
  };
}

/** In-process code, Electron IPC, or a loopback connection that no proxy forwarded. */
const fromThisMachine = (trust: TrustContext) => trust.caller.trusted || trust.caller.source.local;

/** Audits as the person named, whoever the caller was (unlocking is done by someone not yet signed in). */
function auditAs(ctx: CallContext, who: { id: number; name: string }, action: string, after?: unknown): void {
  writeAudit(ctx.db, { at: ctx.nowIso, actor: who.name, actorStaffId: who.id, action, entity: 'session', entityId: who.id, before: undefined, after });
}

/** A seat that guessed wrong too often waits before it may try any PIN (or setup code) again. */
function refuseWhileSourceWaits(ctx: CallContext): void {
  const { caller, guesses } = trustOf(ctx);
  const until = guesses.blockedUntil(caller.source.address, ctx.now.getTime());
  if (until !== null) {
    throw new ApiError('forbidden', `Too many wrong PINs from this seat. Try again ${waitInWords(until, ctx.now.getTime())}.`);
  }
}

/**
 * Checks a PIN typed for `staff` (to unlock, or as the current PIN to change it). A wrong
 * one counts towards the person's lockout and the seat's back-off and is audited; both
 * are kept although the call fails, otherwise guessing would cost nothing.
 */
function checkPinGuess(
  ctx: CallContext,
  staff: Staff,
  row: AccessRow & { pin_hash: string },
  pin: string,
  wrong: { action: string; message: string; onLockedOut?: () => void },
): void {
  refuseWhileSourceWaits(ctx);
  if (row.locked_until !== null && row.locked_until > ctx.nowIso) {
    wrong.onLockedOut?.();
    throw new ApiError(
      'forbidden',
      `Too many wrong PINs for ${staff.name}. Try again after ${teamTimeFormatter(ctx)(row.locked_until)}, or ask an admin to reset the PIN.`,
    );
  }
  if (verifyPin(pin, row.pin_hash)) return;
  const { caller, guesses } = trustOf(ctx);
  guesses.failed(caller.source.address, ctx.now.getTime());
  const failed = row.failed_attempts + 1;
  const lockout = failed >= MAX_FAILED_PINS;
  const lockedUntil = lockout ? DateTime.fromJSDate(ctx.now).plus({ minutes: LOCKOUT_MINUTES }).toUTC().toISO() : null;
  ctx.keepOnFailure.push(() => {
    ctx.db
      .prepare('UPDATE staff_access SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?')
      .run(lockout ? 0 : failed, lockedUntil, staff.id);
    auditAs(ctx, staff, lockout ? 'lockout' : wrong.action, { failedAttempts: failed, from: caller.source.address });
  });
  if (lockout) wrong.onLockedOut?.();
  throw new ApiError(
    lockout ? 'forbidden' : 'validation',
    lockout
      ? `Wrong PIN ${MAX_FAILED_PINS} times: ${staff.name} is locked out for ${LOCKOUT_MINUTES} minutes. An admin can reset the PIN.`
      : `${wrong.message} ${MAX_FAILED_PINS - failed} ${MAX_FAILED_PINS - failed === 1 ? 'try' : 'tries'} left.`,
  );
}

const withPin = (row: AccessRow | undefined): row is AccessRow & { pin_hash: string } => row?.pin_hash != null;

function openSession(ctx: CallContext, staffId: number): SessionState {
  const trust = trustOf(ctx);
  const p = person(ctx, staffId);
  trust.sessions.close(trust.caller.token);
  trust.caller.setSession(trust.sessions.open(staffId, ctx.now.getTime()));
  const who: SignedIn = { id: p.id, name: p.name, initials: p.initials, level: p.level };
  return sessionState(ctx, who);
}

export function unlock(ctx: CallContext, input: ParsedInput<'auth.unlock'>): SessionState {
  const staff = getStaff(ctx, input.staffId);
  const row = accessRow(ctx, staff.id);
  if (!staff.active) throw new ApiError('validation', `${staff.name} is no longer active and cannot unlock the board.`);
  if (!withPin(row)) throw new ApiError('validation', `${staff.name} has no PIN yet. Ask an admin to set one.`);
  checkPinGuess(ctx, staff, row, input.pin, { action: 'unlock_failed', message: `Wrong PIN for ${staff.name}.` });
  clearFailures(ctx, row);
  auditAs(ctx, staff, 'unlock');
  return openSession(ctx, staff.id);
}

function clearFailures(ctx: CallContext, row: AccessRow): void {
  if (row.failed_attempts > 0 || row.locked_until !== null) {
    ctx.db.prepare('UPDATE staff_access SET failed_attempts = 0, locked_until = NULL WHERE staff_id = ?').run(row.staff_id);
  }
}

function endSession(trust: TrustContext): void {
  trust.sessions.close(trust.caller.token);
  trust.caller.setSession(null);
}

export function lock(ctx: CallContext): SessionState {
  const trust = trustOf(ctx);
  const who = trust.caller.person;
  endSession(trust);
  if (who) auditAs(ctx, who, 'lock');
  return sessionState(ctx, null);
}

function setPin(ctx: CallContext, staffId: number, pin: string, level?: PermissionLevel): void {
  ensureAccessRow(ctx, staffId);
  ctx.db
    .prepare(
      `UPDATE staff_access SET pin_hash = ?, level = COALESCE(?, level), failed_attempts = 0, locked_until = NULL,
       version = version + 1, updated_at = ? WHERE staff_id = ?`,
    )
    .run(hashPin(pin), level ?? null, ctx.nowIso, staffId);
}

/** Hashes never enter the audit trail: only whether there is a PIN. */
const auditedAccess = (p: Person) => ({ level: p.level, hasPin: p.hasPin, lockedUntil: p.lockedUntil });

/** From another computer the first admin needs the host's one-time setup code; wrong codes count like wrong PINs. */
function checkSetupCode(ctx: CallContext, typed: string | undefined): void {
  const trust = trustOf(ctx);
  if (fromThisMachine(trust)) return;
  refuseWhileSourceWaits(ctx);
  if (typed === undefined || typed.trim() === '') {
    throw new ApiError(
      'forbidden',
      'Creating the first admin from another computer needs the setup code the board host printed when it started. ' +
        'Type it in, or set up on the machine that runs the host.',
    );
  }
  if (trust.setupCode.matches(typed)) return;
  trust.guesses.failed(trust.caller.source.address, ctx.now.getTime());
  ctx.keepOnFailure.push(() =>
    writeAudit(ctx.db, {
      at: ctx.nowIso, actor: 'unknown', actorStaffId: null, action: 'setup_refused', entity: 'access', entityId: null,
      before: undefined, after: { from: trust.caller.source.address },
    }),
  );
  throw new ApiError('forbidden', 'That setup code is not right. Use the code the board host printed when it last started.');
}

export function setup(ctx: CallContext, input: ParsedInput<'auth.setup'>): SessionState {
  if (hasActiveAdmin(ctx.db)) throw new ApiError('forbidden', 'This board already has an admin. Ask them to set your PIN.');
  checkSetupCode(ctx, input.setupCode);
  let staffId = input.staffId;
  if (staffId === undefined) {
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO staff (name, initials, role, fte, colour, active, updated_at)
         VALUES (?, ?, 'team_leader', 1, '#1f4e79', 1, ?)`,
      )
      .run(input.name, input.initials, ctx.nowIso);
    staffId = Number(lastInsertRowid);
    ctx.audit('create', 'staff', staffId, undefined, getStaff(ctx, staffId));
    ctx.changed('staff');
  } else if (!getStaff(ctx, staffId).active) {
    throw new ApiError('validation', 'Choose an active staff member as the first admin.');
  }
  const before = person(ctx, staffId);
  setPin(ctx, staffId, input.pin, 'admin');
  const after = person(ctx, staffId);
  writeAudit(ctx.db, {
    at: ctx.nowIso, actor: after.name, actorStaffId: after.id, action: 'setup', entity: 'access', entityId: staffId,
    before: auditedAccess(before), after: auditedAccess(after),
  });
  ctx.changed('trust');
  trustOf(ctx).setupCode.spend();
  return openSession(ctx, staffId);
}

export function changePin(ctx: CallContext, input: ParsedInput<'auth.changePin'>): SessionState {
  const me = trustOf(ctx).caller.person;
  if (!me) throw new ApiError('locked', 'Unlock with your PIN to change it.');
  const row = accessRow(ctx, me.id);
  if (!withPin(row)) throw new ApiError('validation', 'You have no PIN yet. Ask an admin to set one.');
  checkPinGuess(ctx, getStaff(ctx, me.id), row, input.currentPin, {
    action: 'change_pin_failed',
    message: 'Your current PIN is not right; the PIN was not changed.',
    // Locked out: whoever is guessing at this unlocked seat is signed out too.
    onLockedOut: () => endSession(trustOf(ctx)),
  });
  setPin(ctx, me.id, input.newPin);
  ctx.audit('change_pin', 'access', me.id, undefined, { hasPin: true });
  return sessionState(ctx);
}

function changeAccess(ctx: CallContext, staffId: number, version: number, change: () => void, action: string): Person {
  const row = ensureAccessRow(ctx, staffId);
  checkVersion('access setting', { version: row.version, updatedAt: row.updated_at }, version, teamTimeFormatter(ctx));
  const before = person(ctx, staffId);
  keepingAnActiveAdmin(ctx, before.name, 'demote', change);
  const after = person(ctx, staffId);
  ctx.audit(action, 'access', staffId, auditedAccess(before), auditedAccess(after));
  ctx.changed('trust');
  return after;
}

export function setAccess(ctx: CallContext, input: ParsedInput<'auth.setAccess'>): Person {
  return changeAccess(
    ctx,
    input.staffId,
    input.version,
    () =>
      ctx.db
        .prepare('UPDATE staff_access SET level = ?, version = version + 1, updated_at = ? WHERE staff_id = ?')
        .run(input.level, ctx.nowIso, input.staffId),
    'set_level',
  );
}

export function resetPin(ctx: CallContext, input: ParsedInput<'auth.resetPin'>): Person {
  const after = changeAccess(ctx, input.staffId, input.version, () => setPin(ctx, input.staffId, input.pin), 'reset_pin');
  // Their open sessions end: whoever knew the old PIN is out.
  const trust = trustOf(ctx);
  if (trust.caller.person?.id !== input.staffId) trust.sessions.closeFor(input.staffId);
  return after;
}

export const authHandlers: HandlersFor<
  | 'auth.status'
  | 'auth.people'
  | 'auth.unlock'
  | 'auth.lock'
  | 'auth.setup'
  | 'auth.changePin'
  | 'auth.access'
  | 'auth.setAccess'
  | 'auth.resetPin'
> = {
  'auth.status': (ctx) => sessionState(ctx),
  'auth.people': (ctx) =>
    listPeople(ctx)
      .filter((p) => p.active)
      .map(({ id, name, initials, colour, hasPin, lockedUntil }) => ({ id, name, initials, colour, hasPin, lockedUntil })),
  'auth.unlock': unlock,
  'auth.lock': (ctx) => lock(ctx),
  'auth.setup': setup,
  'auth.changePin': changePin,
  'auth.access': (ctx) => listPeople(ctx),
  'auth.setAccess': setAccess,
  'auth.resetPin': resetPin,
};

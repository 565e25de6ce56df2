/** The board always keeps an active admin who can sign in: the one rule behind first-run setup and "not the last admin". */
import { ApiError } from '../../shared/api';
import type { CallContext } from './context';

export function hasActiveAdmin(db: CallContext['db']): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM staff_access a JOIN staff s ON s.id = a.staff_id
         WHERE a.level = 'admin' AND a.pin_hash IS NOT NULL AND s.active = 1 LIMIT 1`,
      )
      .get() !== undefined
  );
}

/**
 * Makes a change to levels or to who is active, inside the call's transaction, and refuses
 * it (so it rolls back) when it would leave the board without an active admin.
 */
export function keepingAnActiveAdmin<T>(ctx: CallContext, name: string, change: 'deactivate' | 'demote', write: () => T): T {
  const had = hasActiveAdmin(ctx.db);
  const result = write();
  if (!had || hasActiveAdmin(ctx.db)) return result;
  const verb = change === 'deactivate' ? 'deactivated' : 'given a lower level';
  throw new ApiError(
    'validation',
    `${name} is the last active admin, so they cannot be ${verb}: nobody could then manage PINs, staff or backups. ` +
      'Make someone else admin (with a PIN) first.',
  );
}

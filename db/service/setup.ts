/** The getting-started checklist: each step is done when the board holds what it asks for. */
import { SETUP_STEPS, type SetupStatus, type SetupStepId } from '../../shared/setup';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';

const count = (ctx: CallContext, sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n;

/** More than the first admin alone, etc.: the least that makes each step useful. */
function isDone(ctx: CallContext, step: SetupStepId): boolean {
  switch (step) {
    case 'team':
      return count(ctx, 'SELECT COALESCE(MAX(version), 0) AS n FROM settings') > 0;
    case 'staff':
      return count(ctx, 'SELECT COUNT(*) AS n FROM staff WHERE active = 1') >= 2;
    case 'pins':
      return (
        count(ctx, `SELECT COUNT(*) AS n FROM staff_access a JOIN staff s ON s.id = a.staff_id
                    WHERE s.active = 1 AND a.pin_hash IS NOT NULL`) >= 2
      );
    case 'clients':
      return count(ctx, 'SELECT COUNT(*) AS n FROM clients') > 0;
    case 'schedules':
      return count(ctx, 'SELECT COUNT(*) AS n FROM schedule_items') > 0;
  }
}

export function setupStatus(ctx: CallContext): SetupStatus {
  const skipped = new Set((ctx.db.prepare('SELECT step FROM setup_skipped').all() as { step: string }[]).map((r) => r.step));
  const steps = SETUP_STEPS.map(({ id }) => ({ id, done: isDone(ctx, id), skipped: skipped.has(id) }));
  return { steps, finished: steps.every((s) => s.done || s.skipped) };
}

export const setupHandlers: HandlersFor<'setup.status' | 'setup.skip'> = {
  'setup.status': (ctx) => setupStatus(ctx),
  'setup.skip': (ctx, { step, skipped }) => {
    if (skipped) ctx.db.prepare('INSERT OR IGNORE INTO setup_skipped (step, skipped_at) VALUES (?, ?)').run(step, ctx.nowIso);
    else ctx.db.prepare('DELETE FROM setup_skipped WHERE step = ?').run(step);
    ctx.audit(skipped ? 'skip' : 'unskip', 'setup_step', null, null, { step });
    ctx.changed('settings');
    return setupStatus(ctx);
  },
};

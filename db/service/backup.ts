/** "Back up now", "Restore from backup" and the list of backups (admin). */
import type { BackupState } from '../../shared/trust';
import { trustOf } from './auth';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';

/** The state's lastError tells the admin; the host log keeps the detail. */
const report = (err: unknown) => console.error('[backup]', err instanceof Error ? err.message : err);

function startBackup(ctx: CallContext): BackupState {
  const { backups, caller } = trustOf(ctx);
  backups.backupNow('manual', caller.person).catch(report);
  return backups.state();
}

function startRestore(ctx: CallContext, name: string): BackupState {
  const { backups, caller } = trustOf(ctx);
  backups.restore(name, caller.person).catch(report);
  return backups.state();
}

export const backupHandlers: HandlersFor<'backup.status' | 'backup.now' | 'backup.restore'> = {
  'backup.status': (ctx) => trustOf(ctx).backups.state(),
  'backup.now': startBackup,
  'backup.restore': (ctx, input) => startRestore(ctx, input.name),
};

/** "Back up now", "Restore from backup", the list of backups, and moving the board to another PC (admin). */
import type { BackupManager } from '../backup';
import type { BackupState } from '../../shared/trust';
import { trustOf } from './auth';
import type { CallContext } from './context';
import type { HandlersFor } from './handler';

/** The state's lastError tells the admin; the host log keeps the detail. */
const report = (err: unknown) => console.error('[backup]', err instanceof Error ? err.message : err);

type Who = { id: number; name: string } | null;

/** Starts a backup job (checked before it is queued) and answers with the state it left. */
function start(ctx: CallContext, job: (backups: BackupManager, who: Who) => Promise<unknown>): BackupState {
  const { backups, caller } = trustOf(ctx);
  job(backups, caller.person).catch(report);
  return backups.state();
}

export const backupHandlers: HandlersFor<'backup.status' | 'backup.now' | 'backup.restore' | 'board.saveCopy' | 'board.openFile'> = {
  'backup.status': (ctx) => trustOf(ctx).backups.state(),
  'backup.now': (ctx) => start(ctx, (b, who) => b.backupNow('manual', who)),
  'backup.restore': (ctx, { name }) => start(ctx, (b, who) => b.restore(name, who)),
  'board.saveCopy': (ctx, { folder }) => start(ctx, (b, who) => b.saveCopy(folder, who)),
  'board.openFile': (ctx, { file }) => start(ctx, (b, who) => b.openFile(file, who)),
};

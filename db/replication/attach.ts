/**
 * Litestream beside an open board (issue 17): it learns of every change the board makes
 * (for the lag), reports to Admin → Lock and backups and /health, and lets go of the file
 * while a restore from backup (or "Open a board file") swaps it.
 */
import type { BoardService } from '../service/board-service';
import { ReplicationSupervisor } from './litestream';
import type { ReplicaTarget } from './target';

export async function replicateBoard(board: BoardService, target: ReplicaTarget, syncInterval?: string): Promise<ReplicationSupervisor> {
  const supervisor = new ReplicationSupervisor({ dbPath: board.db.name, target, syncInterval });
  const newest = board.db.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
  if (newest) supervisor.state.noteExistingWrite(Date.parse(newest.at));
  board.onChange(() => supervisor.state.noteWrite(Date.now()));
  board.replica.attach(() => supervisor.state.status(Date.now()));
  board.backups.aroundSwap({ before: () => supervisor.stop(), after: () => supervisor.start() });
  await supervisor.start();
  return supervisor;
}

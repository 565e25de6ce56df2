/**
 * `npm run restore -- --data-dir <dir> --from <folder | s3://bucket/path> [--at <time>] [--replica-endpoint <url>]`
 * Restores the board from its Litestream replica (db/replication/restore.ts): the latest
 * state, or the state at `--at` (ISO 8601 with its zone: 2026-11-30T14:05:09-05:00 or
 * ...Z). Stop the host first. The current board file is kept, renamed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseMoment, restoreFromReplica } from '../db/replication/restore';
import { parseReplicaTarget } from '../db/replication/target';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, from: { type: 'string' }, at: { type: 'string' }, 'replica-endpoint': { type: 'string' } },
  });
  if (!values['data-dir']) throw new Error('--data-dir <dir> is required: the folder that holds the board file');
  if (!values.from) throw new Error('--from is required: the replica, the same folder or s3:// URL the host was given with --replicate-to');
  const from = parseReplicaTarget(values.from, values['replica-endpoint']);
  const at = values.at === undefined ? undefined : parseMoment(values.at);
  const result = await restoreFromReplica({ dataDir: path.resolve(values['data-dir']), from, at });
  console.log(
    `Restored ${at ? `the board as it was at ${at.toISOString()}` : 'the latest state of the board'} into ${result.file}. ` +
      `Checked: integrity, an ACT Board file, audit trail of ${result.auditEntries} entries intact; newest change ${result.newestChangeAt ?? 'none'}.` +
      (result.keptAs ? ` The previous file is kept as ${result.keptAs}.` : ''),
  );
}

main().catch((err: unknown) => {
  console.error(`ACT Board restore: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

/**
 * `npm run serve -- --port <n> --data-dir <dir> [--demo] [--host <address> | --lan] [--allow-host <name>]... [--sign-in]
 *   [--replicate-to <folder | s3://bucket/path> [--replica-endpoint <url>] [--replica-sync-interval 1s]]`
 * Starts the board host alone, for browser seats on this machine and for tests; with
 * --replicate-to, Litestream copies the board there continuously (db/replication/).
 * Beyond 127.0.0.1 (`--host 0.0.0.0` or `--lan`) every seat must sign in with a PIN.
 * `--reset-admin-pin [--admin <initials>]` sets a new admin PIN instead (see reset-admin-pin.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBoard } from '../../db/board';
import { startDowntimeCopies } from '../../db/downtime';
import { CorruptDatabaseError } from '../../db/open';
import { replicateBoard } from '../../db/replication/attach';
import type { ReplicationSupervisor } from '../../db/replication/litestream';
import { describeTarget, parseReplicaTarget, parseSyncInterval } from '../../db/replication/target';
import { hasActiveAdmin } from '../../db/service/admins';
import type { BoardService } from '../../db/service/board-service';
import { todayIn } from '../../shared/time';
import { startRecoveryHost } from './recovery';
import { askNewPin, resetAdminPin } from './reset-admin-pin';
import { isLoopback } from './allowed-hosts';
import { HealthCheck } from './health';
import { type RunningHost, startHost } from './server';

export const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4780' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      lan: { type: 'boolean', default: false },
      // PIN sign-in for every seat even on this machine (always on beyond it).
      'sign-in': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      // A DNS name seats use for this host, beside its addresses (repeatable).
      'allow-host': { type: 'string', multiple: true, default: [] },
      'reset-admin-pin': { type: 'boolean', default: false },
      // Continuous replication with Litestream: a folder (network share) or s3://bucket/path; keys only in the environment.
      'replicate-to': { type: 'string' },
      'replica-endpoint': { type: 'string' },
      'replica-sync-interval': { type: 'string' },
      admin: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got "${values.port}"`);
  if (!values['data-dir']) throw new Error('--data-dir <dir> is required: the folder that holds the board file');
  const dataDir = path.resolve(values['data-dir']);
  const host = values.lan ? '0.0.0.0' : values.host;
  const replicaTarget = values['replicate-to'] === undefined ? null : parseReplicaTarget(values['replicate-to'], values['replica-endpoint']);
  if (!replicaTarget && values['replica-endpoint'] !== undefined) throw new Error('--replica-endpoint goes with --replicate-to s3://...');
  const syncInterval = values['replica-sync-interval'] === undefined ? undefined : parseSyncInterval(values['replica-sync-interval']);

  if (values['reset-admin-pin']) {
    const board = openBoard(dataDir);
    try {
      console.log(resetAdminPin(board, await askNewPin(), values.admin));
    } catch (err) {
      console.error(`ACT Board: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    } finally {
      board.close();
    }
    process.exit();
  }

  let service: BoardService | undefined;
  let running: RunningHost | undefined;
  let stopSchedule = () => {};
  let replication: ReplicationSupervisor | undefined;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopSchedule();
    await running?.close();
    if (service) {
      // A backup at quit, of a file that passed its check; a failure is reported but does not keep the host from stopping.
      const board = service;
      await board.integrity
        .then(() => board.backups.backupNow('quit'))
        .catch((e: unknown) => console.error('[backup]', e instanceof Error ? e.message : e));
      board.close();
    }
    // After the board is closed: Litestream ships the last changes (the quit backup's record too), then stops.
    await replication?.stop();
    process.exit(0);
  };
  // Registered before the host says it listens: a stop right after start still backs up and closes.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // Never a blank app: serve the recovery page, then the board once a backup is restored.
  const recover = async (err: CorruptDatabaseError, recoveryPort: number) => {
    const recovery = await startRecoveryHost({
      port: recoveryPort,
      host,
      allowHosts: values['allow-host'],
      dataDir,
      problem: err.detail,
      onRestored: () => {
        const actual = Number(new URL(recovery.url).port);
        void recovery.close().then(() => startBoard(actual)).catch((e: unknown) => fail(e));
      },
    });
    console.error(`ACT Board: ${err.message}`);
    console.log(`ACT Board recovery page listening on ${recovery.url} (data: ${dataDir})`);
  };

  const startBoard = async (listenPort: number): Promise<void> => {
    // The file's integrity is checked beside the first reads (db/integrity-check.ts): the board shows sooner.
    const board = openBoard(dataDir, { demo: values.demo, checkLater: true });
    service = board;
    const requireSignIn = values['sign-in'] || !isLoopback(host);
    const health = new HealthCheck(() => board.db, () => board.replica.status());
    running = await startHost({ service: board, port: listenPort, host, staticDir: RENDERER_DIR, requireSignIn, allowHosts: values['allow-host'], health });
    const signIn = requireSignIn ? ' — every seat signs in with a PIN' : '';
    const replicating = replicaTarget ? ` — replicating to ${describeTarget(replicaTarget)}` : '';
    console.log(`ACT Board host listening on ${running.url} (data: ${dataDir})${signIn}${replicating}`);
    if (!hasActiveAdmin(board.db)) {
      console.log(
        `First run: create the first admin in a browser on this machine, or from another computer with the one-time setup code ${board.setupCode.printable}`,
      );
    }
    // While the first seat loads its page: today's board once, so that its code is compiled and
    // its pages read when the seat asks (a new host's first board took several times as long).
    setImmediate(() => {
      try {
        board.call('board.get', { day: todayIn(board.call('settings.get', {}).timeZone) });
      } catch (err) {
        console.error('[host] warming up failed:', err instanceof Error ? err.message : err); // the seat's own call will say more
      }
    });
    const served = running;
    void board.integrity.then(
      async () => {
        // Litestream copies only a file that passed its check (db/replication/attach.ts).
        if (replicaTarget) replication = await replicateBoard(board, replicaTarget, syncInterval);
        // Daily backups, and the downtime copy beside them (db/downtime.ts): of a file that passed its check.
        const stopBackups = board.backups.startSchedule();
        const copies = startDowntimeCopies(board);
        stopSchedule = () => {
          stopBackups();
          copies.stop();
        };
      },
      async (err: unknown) => {
        if (!(err instanceof CorruptDatabaseError)) return fail(err);
        // Damaged after all: the board closes (nothing was written to it) and the recovery page takes its place.
        const actual = Number(new URL(served.url).port);
        await served.close();
        board.close();
        service = undefined;
        running = undefined;
        await recover(err, actual);
      },
    ).catch((e: unknown) => fail(e));
  };

  try {
    await startBoard(port);
  } catch (err) {
    if (!(err instanceof CorruptDatabaseError)) throw err;
    await recover(err, port);
  }

}

function fail(err: unknown): never {
  console.error(`ACT Board host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

main().catch(fail);

/**
 * Runs Litestream beside the board file (continuous replication, issue 17) and keeps it
 * running: a generated config (owner-only, no credentials: S3 keys come from the
 * environment), restarted with a back-off if it dies, stopped when the host stops and
 * around a restore that swaps the board file.
 *
 * Litestream runs in its own process group with a watcher (`-exec`) that ends it a few
 * seconds after the host is gone: a host that crashes (SIGKILL, out of memory) does not
 * take the replica's last seconds with it, because Litestream ships what is already in
 * the WAL before it stops. Its log goes to a file the host reads, not to a pipe (a Go
 * program writing to a pipe whose reader died is killed by SIGPIPE).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { processIsRunning } from '../board-lock';
import { ReplicaState, isProblem } from './replica-state';
import { DEFAULT_SYNC_INTERVAL, type ReplicaTarget, describeTarget, durationMs, litestreamConfig } from './target';

/** The folder beside the board file that holds Litestream's config, pid and log. */
export const REPLICATION_DIR = 'replication';

/**
 * The Litestream binary of this platform, from `@flydotio/litestream`'s optional packages
 * (Linux and macOS, x64 and arm64). There is none for Windows: replication needs a Linux
 * or macOS host.
 */
export function litestreamBinary(platform: string = process.platform, arch: string = process.arch): string {
  const name = `@flydotio/litestream-${platform}-${arch}`;
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new Error(
      `Litestream is not available for ${platform}-${arch}: the @flydotio/litestream package ships Linux and macOS binaries only ` +
        '(x64 and arm64). Run the host that replicates on a Linux or macOS server.',
    );
  }
  return path.join(dir, 'litestream');
}

export interface ReplicationOptions {
  dbPath: string;
  target: ReplicaTarget;
  syncInterval?: string;
  binary?: string;
  /** How long Litestream keeps shipping after the host is gone. Default: 3 s or three sync intervals. */
  graceMs?: number;
}

const MAX_LOG_BYTES = 2 * 1024 * 1024;
const RESTART_FIRST_MS = 1000;
const RESTART_MAX_MS = 30_000;

export class ReplicationSupervisor {
  readonly state: ReplicaState;
  readonly dir: string;
  private readonly configFile: string;
  private readonly pidFile: string;
  private readonly logFile: string;
  private readonly syncInterval: string;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private wanted = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private restartDelay = RESTART_FIRST_MS;
  /** Set while the host ends a Litestream that is stuck, so its end is not reported as a crash. */
  private unsticking = false;
  private lastUnstuck = 0;
  private readonly diagnose: () => string | null;
  private startedAt = 0;
  private tail: NodeJS.Timeout | null = null;
  private logOffset = 0;
  private partial = '';

  constructor(private readonly options: ReplicationOptions) {
    this.syncInterval = options.syncInterval ?? DEFAULT_SYNC_INTERVAL;
    this.dir = path.join(path.dirname(options.dbPath), REPLICATION_DIR);
    this.configFile = path.join(this.dir, 'litestream.yml');
    this.pidFile = path.join(this.dir, 'litestream.pid');
    this.logFile = path.join(this.dir, 'litestream.log');
    const { target } = options;
    this.diagnose = target.kind === 'folder' ? () => folderProblem(target.path) : () => null;
    this.state = new ReplicaState(describeTarget(target), Math.min(durationMs(this.syncInterval), 1000), durationMs(this.syncInterval), this.diagnose);
  }

  /** Waits for a Litestream a crashed host left (it stops by itself), then starts ours. */
  async start(): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    await waitForLeftover(this.dir);
    writeOwnerOnly(this.configFile, litestreamConfig(this.options.dbPath, this.options.target, this.syncInterval));
    this.wanted = true;
    this.spawnOnce();
    this.tail ??= setInterval(() => {
      this.readLog();
      this.unstick();
    }, 200);
    this.tail.unref();
  }

  /** Stops Litestream (it ships what it holds first) and waits for it. */
  async stop(): Promise<void> {
    this.wanted = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const child = this.child;
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      signalGroup(child.pid, 'SIGTERM');
      const killer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 15_000);
      await this.exited;
      clearTimeout(killer);
    }
    this.readLog();
    if (this.tail) clearInterval(this.tail);
    this.tail = null;
    fs.rmSync(this.pidFile, { force: true });
  }

  /** The pid of the running Litestream (tests use it to wait for its end). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  private spawnOnce(): void {
    const grace = this.options.graceMs ?? Math.max(3000, 3 * durationMs(this.syncInterval));
    // Ends when the host process is gone, after the grace: then Litestream ships what it holds and stops.
    const watcher = `sh -c 'while kill -0 ${process.pid} 2>/dev/null; do sleep 0.5; done; sleep ${(grace / 1000).toFixed(1)}'`;
    fs.rmSync(this.logFile, { force: true });
    this.logOffset = 0;
    this.partial = '';
    const log = fs.openSync(this.logFile, 'a', 0o600);
    let child: ChildProcess;
    try {
      child = spawn(this.options.binary ?? litestreamBinary(), ['replicate', '-config', this.configFile, '-no-expand-env', '-exec', watcher], {
        detached: true,
        stdio: ['ignore', log, log],
        env: process.env,
      });
    } finally {
      fs.closeSync(log);
    }
    this.child = child;
    this.startedAt = Date.now();
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.readLog();
        this.child = null;
        fs.rmSync(this.pidFile, { force: true });
        this.state.noteStopped(this.wanted && !this.unsticking ? { code, signal } : null);
        this.unsticking = false;
        if (this.wanted) this.scheduleRestart();
        resolve();
      });
      child.once('error', (err) => {
        this.state.noteFailure(Date.now(), `Litestream could not be started: ${err.message}`);
        if (this.wanted) this.scheduleRestart();
        resolve();
      });
    });
    if (child.pid !== undefined) {
      writeOwnerOnly(this.pidFile, String(child.pid));
      this.state.noteStarted();
    }
  }

  /**
   * Litestream 0.3 does not retry a write to the replica that failed (a share that went
   * away and came back) until it restarts: once the replica looks usable again, the host
   * restarts it (at most every 30 s), and the new one ships everything that waited.
   */
  private unstick(): void {
    const now = Date.now();
    const child = this.child;
    if (!child?.pid || this.unsticking || !this.state.isStalled(now) || now - this.lastUnstuck < 30_000) return;
    if (this.diagnose() !== null) return; // still broken: a restart would only stall again
    this.unsticking = true;
    this.lastUnstuck = now;
    this.state.noteFailure(now, 'Litestream was stuck writing to the replica; the host restarted it.');
    signalGroup(child.pid, 'SIGTERM');
  }

  private scheduleRestart(): void {
    if (this.restartTimer) return;
    // A Litestream that ran a while gets a quick restart; one that keeps dying, a longer and longer wait.
    if (Date.now() - this.startedAt > 60_000) this.restartDelay = RESTART_FIRST_MS;
    const delay = this.restartDelay;
    this.restartDelay = Math.min(this.restartDelay * 2, RESTART_MAX_MS);
    console.error(`[replica] Litestream stopped; starting it again in ${delay / 1000} s`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.wanted) this.spawnOnce();
    }, delay);
    this.restartTimer.unref();
  }

  /** Reads what Litestream logged since last time; problems also go to the host's log. */
  private readLog(): void {
    let fd: number;
    try {
      fd = fs.openSync(this.logFile, 'r');
    } catch {
      return;
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size < this.logOffset) this.logOffset = 0;
      if (size === this.logOffset) return;
      const buf = Buffer.alloc(size - this.logOffset);
      fs.readSync(fd, buf, 0, buf.length, this.logOffset);
      this.logOffset = size;
      const lines = (this.partial + buf.toString('utf8')).split('\n');
      this.partial = lines.pop() ?? '';
      for (const text of lines) {
        const line = this.state.noteLine(text, Date.now());
        if (line && isProblem(line)) console.error(`[replica] ${text}`);
      }
      // Litestream appends (O_APPEND): emptying the file is safe, and keeps a long-running log small.
      if (size > MAX_LOG_BYTES && this.partial === '') {
        fs.truncateSync(this.logFile, 0);
        this.logOffset = 0;
      }
    } finally {
      fs.closeSync(fd);
    }
  }

}

/**
 * A Litestream left by a host that crashed ships what it holds and stops by itself after
 * its grace: it is waited for (ended if it takes too long). `dir` is the replication folder.
 */
export async function waitForLeftover(dir: string, timeoutMs = 15_000): Promise<void> {
  const pidFile = path.join(dir, 'litestream.pid');
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8'));
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 1 && isLitestream(pid)) {
    const deadline = Date.now() + timeoutMs;
    // By its command line, not just its pid: an orphan that has ended may linger as a zombie.
    while (isLitestream(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (isLitestream(pid)) signalGroup(pid, 'SIGTERM');
    while (isLitestream(pid) && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 200));
  }
  fs.rmSync(pidFile, { force: true });
}

/** What is wrong with a replica folder, in plain words; null when it is a folder this process may write. */
export function folderProblem(dir: string): string | null {
  try {
    if (!fs.statSync(dir).isDirectory()) return `The replica ${dir} is not a folder (something else is in its place). Changes wait on this server until it is a folder again.`;
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Litestream makes the folder itself, inside a parent that is there.
    if (code === 'ENOENT') return folderProblem(path.dirname(dir)) === null ? null : `The replica folder ${dir} is missing: is the network share mounted? Changes wait on this server until it is back.`;
    if (code === 'EACCES' || code === 'EPERM') return `The replica folder ${dir} cannot be written (permission denied). Give the service user write access.`;
    return `The replica folder ${dir} cannot be used: ${(err as Error).message}`;
  }
}

/** Whether `pid` is a Litestream (a pid in a stale file may belong to anything by now). */
function isLitestream(pid: number): boolean {
  if (!processIsRunning(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('litestream');
  } catch {
    return process.platform === 'darwin'; // no /proc: the pid file is ours and owner-only
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function writeOwnerOnly(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

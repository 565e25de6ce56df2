/**
 * What the host knows of its replica, read from Litestream's log (`level=INFO`, text
 * format) and from the board's own writes. Pure: the supervisor feeds it lines and times.
 *
 * Litestream copies the WAL into its shadow copy once per monitor interval and ships from
 * that copy, so a segment that started shipping just after a change may not hold it. A
 * change counts as replicated once a segment (or snapshot) started shipping at least one
 * monitor interval after it, or once a segment started after it and Litestream then had
 * a full monitor and sync interval to find anything newer and shipped nothing more. So
 * the lag shown never flatters: it may say "behind" a moment longer than it was.
 */
import type { ReplicaStatus } from '../../shared/replication';

/** One line of Litestream's text log: `time=... level=INFO msg="wal segment written" key=value ...`. */
export interface LogLine {
  level: string;
  msg: string;
  fields: Record<string, string>;
}

export function parseLogLine(line: string): LogLine | null {
  const fields: Record<string, string> = {};
  const pattern = /([a-zA-Z_.-]+)=("(?:[^"\\]|\\.)*"|\S*)/g;
  for (let m; (m = pattern.exec(line)); ) {
    const raw = m[2]!;
    fields[m[1]!] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
  }
  if (!fields.level || fields.msg === undefined) return null;
  const { level, msg, ...rest } = fields;
  return { level, msg, fields: rest };
}

/** Litestream's error messages, in words an admin can act on (the original stays in the host log). */
export function inPlainWords(line: LogLine): string {
  const detail = `${line.msg}${line.fields.error ? `: ${line.fields.error}` : ''}`;
  if (/no such host|connection refused|i\/o timeout|network is unreachable|dial tcp/i.test(detail)) {
    return 'The replica cannot be reached (network or storage address). Changes wait on this server and are sent once it is back.';
  }
  if (/AccessDenied|InvalidAccessKeyId|SignatureDoesNotMatch|NoCredentialProviders|credentials/i.test(detail)) {
    return 'The storage refused the credentials. Check LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY in the service environment.';
  }
  if (/NoSuchBucket/i.test(detail)) return 'The storage bucket does not exist. Create it or correct --replicate-to.';
  if (/permission denied/i.test(detail)) return 'The replica folder cannot be written (permission denied). Give the service user write access.';
  if (/no space left/i.test(detail)) return 'The replica folder is full (no space left).';
  if (/read-only file system/i.test(detail)) return 'The replica folder is read-only.';
  return `Replication problem: ${detail}`;
}

export class ReplicaState {
  private lastShippedAt: number | null = null;
  private lastShipStartedAt: number | null = null;
  /** The latest ship that started at least one monitor interval after a change: changes up to this time are in the replica. */
  private coveredUpTo: number | null = null;
  /** Change times not yet known to be replicated, oldest first. */
  private pending: number[] = [];
  private lastWriteAt: number | null = null;
  private error: { at: number; message: string } | null = null;
  /** A segment (or snapshot) Litestream began to write and has not reported written. */
  private shipStartedAt: number | null = null;
  private running = false;
  private restarts = 0;

  constructor(
    readonly target: string,
    private readonly monitorMs: number,
    private readonly syncMs: number,
    /** What is wrong with the replica when shipping stalls (Litestream 0.3 retries a failed write without logging why). */
    private readonly diagnose: () => string | null = () => null,
  ) {}

  /** The board committed a change at `at` (ms). */
  noteWrite(at: number): void {
    this.lastWriteAt = Math.max(this.lastWriteAt ?? 0, at);
    this.pending.push(at);
  }

  /** The newest change the board already held when the host started (from its audit trail). */
  noteExistingWrite(at: number): void {
    this.lastWriteAt = Math.max(this.lastWriteAt ?? 0, at);
  }

  noteStarted(): void {
    this.running = true;
    this.shipStartedAt = null;
  }

  noteStopped(unexpected: { code: number | null; signal: string | null } | null): void {
    this.running = false;
    if (unexpected) {
      this.restarts++;
      const how = unexpected.signal ? `was stopped by ${unexpected.signal}` : `stopped with exit code ${unexpected.code}`;
      this.error = { at: Date.now(), message: `Litestream ${how}; the host starts it again.` };
    }
  }

  noteFailure(at: number, message: string): void {
    this.error = { at, message };
  }

  /** One line of Litestream's output, read at `readAt` (ms); the line's own time is used when it has one. */
  noteLine(text: string, readAt: number): LogLine | null {
    const line = parseLogLine(text);
    if (!line) return null;
    const logged = Date.parse(line.fields.time ?? '');
    const at = Number.isNaN(logged) ? readAt : logged;
    if (line.msg === 'write wal segment' || line.msg === 'write snapshot') {
      this.shipStartedAt ??= at;
    } else if (line.msg === 'wal segment written' || line.msg === 'snapshot written') {
      this.shipStartedAt = null;
      const elapsed = parseElapsedMs(line.fields.elapsed);
      const started = at - elapsed;
      this.lastShippedAt = at;
      this.lastShipStartedAt = started;
      this.coveredUpTo = Math.max(this.coveredUpTo ?? 0, started - this.monitorMs);
      this.error = null;
    } else if (isProblem(line)) {
      this.error = { at, message: inPlainWords(line) };
    }
    return line;
  }

  /** Whether a write to the replica has gone unfinished too long (the supervisor restarts Litestream then). */
  isStalled(now: number): boolean {
    return this.running && this.shipStartedAt !== null && now - this.shipStartedAt > this.stallMs();
  }

  private stallMs(): number {
    return Math.max(STALL_MIN_MS, 5 * this.syncMs);
  }

  status(now: number): ReplicaStatus {
    let covered = this.coveredUpTo ?? -Infinity;
    // Quiet since the last segment: Litestream looked again and found nothing newer to ship.
    const quietMs = this.monitorMs + this.syncMs + 250;
    if (this.running && this.lastShipStartedAt !== null && now - this.lastShippedAt! >= quietMs) covered = Math.max(covered, this.lastShipStartedAt - 1);
    this.pending = this.pending.filter((t) => t > covered);
    const oldestPending = this.pending[0];
    const upToDate = oldestPending === undefined;
    if (this.isStalled(now) && this.error === null) {
      const since = new Date(this.shipStartedAt!).toISOString();
      this.error = {
        at: now,
        message: this.diagnose() ?? `Litestream has been trying to write to the replica since ${since} without success: check that the replica can be reached and written.`,
      };
    }
    return {
      configured: true,
      target: this.target,
      running: this.running,
      lastShippedAt: iso(this.lastShippedAt),
      lastWriteAt: iso(this.lastWriteAt),
      upToDate,
      lagSeconds: upToDate ? 0 : Math.max(0, (now - oldestPending) / 1000),
      error: this.error?.message ?? null,
      errorAt: iso(this.error?.at ?? null),
      restarts: this.restarts,
    };
  }
}

/** A warning or error worth an admin's attention: not Litestream's note that its watcher ended because it was asked to stop. */
export function isProblem(line: LogLine): boolean {
  if (line.level !== 'ERROR' && line.level !== 'WARN') return false;
  return !(line.msg === 'failed to run' && /^signal: (terminated|interrupt)$/.test(line.fields.error ?? ''));
}

/** A write to the replica that takes this long has failed (Litestream keeps retrying). */
export const STALL_MIN_MS = 5000;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Go durations as Litestream prints them: 6.345379ms, 1.2s, 850µs. */
export function parseElapsedMs(text: string | undefined): number {
  const m = /^([\d.]+)(ns|µs|us|ms|s|m)$/.exec(text ?? '');
  if (!m) return 0;
  const n = Number(m[1]);
  const unit: Record<string, number> = { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1000, m: 60_000 };
  return n * unit[m[2]!]!;
}

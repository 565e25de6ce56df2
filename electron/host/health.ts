/**
 * `GET /health` for the agency's monitoring: is the board file sound, when was it last
 * written, when did the replica last receive a change and how far behind it is, which
 * version runs. No names, no health data, no paths: it answers without a PIN.
 */
import type Database from 'better-sqlite3';
import { version } from '../../package.json';
import type { ReplicaStatus } from '../../shared/replication';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'failing';
  version: string;
  board: { ok: boolean; checkedAt: string };
  lastWriteAt: string | null;
  replication:
    | { configured: false }
    | { configured: true; running: boolean; lastReplicatedAt: string | null; upToDate: boolean; lagSeconds: number; problem: boolean };
}

/** A replica further behind than this makes the host "degraded" for monitoring. */
export const LAG_ALERT_SECONDS = 60;
/** `PRAGMA quick_check` reads the whole file: at most once a minute, however often monitoring asks. */
const CHECK_EVERY_MS = 60_000;

export class HealthCheck {
  private checked: { ok: boolean; at: number } | null = null;

  constructor(
    private readonly db: () => Database.Database,
    private readonly replica: () => ReplicaStatus = () => ({ configured: false }),
    private readonly clock: () => number = Date.now,
  ) {}

  report(): HealthReport {
    const now = this.clock();
    const board = this.boardOk(now);
    const replica = this.replica();
    const replication: HealthReport['replication'] = replica.configured
      ? {
          configured: true,
          running: replica.running,
          lastReplicatedAt: replica.lastShippedAt,
          upToDate: replica.upToDate,
          lagSeconds: Math.round(replica.lagSeconds * 10) / 10,
          problem: replica.error !== null,
        }
      : { configured: false };
    const replicaBad = replication.configured && (!replication.running || replication.problem || replication.lagSeconds > LAG_ALERT_SECONDS);
    return {
      status: !board.ok ? 'failing' : replicaBad ? 'degraded' : 'ok',
      version,
      board: { ok: board.ok, checkedAt: new Date(board.at).toISOString() },
      lastWriteAt: board.ok ? this.lastWrite() : null,
      replication,
    };
  }

  private boardOk(now: number): { ok: boolean; at: number } {
    if (this.checked && now - this.checked.at < CHECK_EVERY_MS) return this.checked;
    try {
      const rows = this.db().pragma('quick_check') as { quick_check: string }[];
      this.checked = { ok: rows.length === 1 && rows[0]!.quick_check === 'ok', at: now };
      return this.checked;
    } catch {
      return { ok: false, at: now }; // e.g. closed for a restore: asked again next time
    }
  }

  /** Every change is in the audit trail: its newest entry is the board's last write. */
  private lastWrite(): string | null {
    try {
      return (this.db().prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined)?.at ?? null;
    } catch {
      return null;
    }
  }
}

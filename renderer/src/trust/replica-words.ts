/** The replica's state in words (Admin → Lock and backups). */
import type { ReplicaStatus } from '../../../shared/replication';

/** "Behind by 3 s", "Behind by 2 min 5 s". */
export function lagInWords(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
}

/** The replica's state in one sentence a person can act on. */
export function replicaSummary(r: Extract<ReplicaStatus, { configured: true }>): string {
  if (!r.running) return 'Litestream is not running: changes are not being copied right now. The host starts it again by itself.';
  if (r.lastShippedAt === null) return 'Starting: the first copy of the board is on its way.';
  if (r.upToDate) return 'Up to date: every change is in the replica.';
  return `Behind by ${lagInWords(r.lagSeconds)}: the newest changes are still on their way.`;
}

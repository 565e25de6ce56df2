/**
 * Per-source back-off for PIN guesses (and setup codes): a seat that keeps typing wrong
 * PINs waits longer and longer, whichever person it tries. It complements the per-person
 * lockout: one source cannot keep the only admin locked out, nor try PINs quickly.
 * Kept in memory: restarting the host (on the machine itself) clears it.
 */

/** Wrong guesses a source may make before it has to wait. */
export const FREE_GUESSES = 10;
/** The first wait; each further wrong guess doubles it, up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 15_000;
export const MAX_WAIT_MS = 60 * 60_000;
/** A source's count is forgotten after this long without a wrong guess. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;
/** Sources remembered at most: beyond it the longest quiet are forgotten first (memory stays bounded). */
export const MAX_SOURCES = 10_000;

interface SourceRecord {
  failures: number;
  last: number;
  blockedUntil: number;
}

export class GuessThrottle {
  private readonly sources = new Map<string, SourceRecord>();

  /** When the source may guess again (epoch ms), or null if it may guess now. */
  blockedUntil(source: string, nowMs: number): number | null {
    const r = this.live(source, nowMs);
    return r && r.blockedUntil > nowMs ? r.blockedUntil : null;
  }

  /** Records a wrong guess; returns the number of wrong guesses the source has made. */
  failed(source: string, nowMs: number): number {
    const r = this.live(source, nowMs) ?? { failures: 0, last: nowMs, blockedUntil: 0 };
    r.failures++;
    r.last = nowMs;
    const over = r.failures - FREE_GUESSES;
    if (over >= 0) r.blockedUntil = nowMs + Math.min(FIRST_WAIT_MS * 2 ** Math.min(over, 20), MAX_WAIT_MS);
    // Re-inserted, so the map runs from the longest quiet source to the latest.
    this.sources.delete(source);
    this.sources.set(source, r);
    for (const oldest of this.sources.keys()) {
      if (this.sources.size <= MAX_SOURCES) break;
      this.sources.delete(oldest);
    }
    return r.failures;
  }

  private live(source: string, nowMs: number): SourceRecord | undefined {
    const r = this.sources.get(source);
    if (r && nowMs - r.last > FORGET_AFTER_MS && r.blockedUntil <= nowMs) {
      this.sources.delete(source);
      return undefined;
    }
    return r;
  }
}

/** "in 15 seconds", "in 4 minutes": how long a seat has to wait, in words. */
export function waitInWords(untilMs: number, nowMs: number): string {
  const seconds = Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minutes`;
}

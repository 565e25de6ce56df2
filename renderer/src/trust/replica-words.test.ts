import { describe, expect, it } from 'vitest';
import { lagInWords, replicaSummary } from './replica-words';

const base = { configured: true, target: '/mnt/replica', running: true, lastShippedAt: '2026-11-30T12:00:00Z', lastWriteAt: '2026-11-30T12:00:00Z', error: null, errorAt: null, restarts: 0 } as const;

describe("the replica's state in words", () => {
  it('says up to date, behind by how long, starting, or not running', () => {
    expect(replicaSummary({ ...base, upToDate: true, lagSeconds: 0 })).toBe('Up to date: every change is in the replica.');
    expect(replicaSummary({ ...base, upToDate: false, lagSeconds: 125.4 })).toBe('Behind by 2 min 5 s: the newest changes are still on their way.');
    expect(replicaSummary({ ...base, upToDate: false, lagSeconds: 1, lastShippedAt: null })).toMatch(/^Starting/);
    expect(replicaSummary({ ...base, running: false, upToDate: true, lagSeconds: 0 })).toMatch(/not running.*starts it again/);
    expect(lagInWords(0.4)).toBe('0 s');
    expect(lagInWords(120)).toBe('2 min');
  });
});

/** The benchmark's figures: each with its budget, printed as a table and written as JSON. */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  value: number | null;
  unit: 'ms' | 'MiB' | '%' | 'count';
  /** Over this (or under, for `atLeast`) is a FAIL; none: for reading only. */
  budget?: number;
  note?: string;
}

export function percentile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

export function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** p50 and p95 of `n` timed runs of `fn`, as two figures. */
export function timed(name: string, n: number, fn: () => unknown, budget95?: number): Figure[] {
  fn(); // first run: statements prepared, pages in the cache
  const samples = Array.from({ length: n }, () => time(fn));
  return [
    { name: `${name} p50`, value: percentile(samples, 0.5), unit: 'ms' },
    { name: `${name} p95`, value: percentile(samples, 0.95), unit: 'ms', ...(budget95 !== undefined ? { budget: budget95 } : {}) },
  ];
}

export function verdict(f: Figure, enforce: boolean): string {
  if (f.budget === undefined || f.value === null) return '';
  if (!enforce) return '(short)';
  return f.value <= f.budget ? 'PASS' : 'FAIL';
}

export function printTable(figures: Figure[], enforce: boolean): void {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? 'n/a' : `${f.value.toFixed(f.unit === 'count' ? 0 : f.value < 10 ? 2 : 1)} ${f.unit === 'count' ? '' : f.unit}`.trim(),
    f.budget === undefined ? '' : `< ${f.budget} ${f.unit}`,
    verdict(f, enforce),
    f.note ?? '',
  ]);
  const head = ['Figure', 'Value', 'Budget', '', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

export function writeJson(file: string, figures: Figure[], meta: object): void {
  fs.writeFileSync(file, `${JSON.stringify({ ...meta, figures }, null, 2)}\n`);
}

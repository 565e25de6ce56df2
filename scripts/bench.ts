/**
 * `npm run bench`: speed and memory at ten years (issue 16). Builds (or takes from the
 * cache) a ten-year board for a 100-client, 14-staff team, then prints each figure beside
 * its budget with PASS or FAIL, and writes them to bench-results.json. Never fails on
 * timing: shared machines are noisy; the figures are for reading and comparing.
 *
 * `npm run bench -- --short`: a quarter year of history, fewer drags and updates, no
 * budgets judged; quick enough for a test to run, so the benchmark cannot rot.
 * `--check` (with --short: `npm run test:bench`) exits non-zero if a figure could not be
 * measured; `--json=<file>` writes the figures elsewhere than bench-results.json.
 * `--only=drags` measures only the drag figures (on the full board unless --short), and
 * `--drags=N` sets how many drags: quick enough to compare a change to the board.
 * `BENCH_PROFILE=<file>` writes a CPU profile of the drags' page (open it in DevTools; build
 * with `npx vite build --minify false` to read the names).
 * `--only=paint,seat` (or with drags) measures just those browser figures (first board painted; a change
 * reaching a second seat) on the full board, with `--drags=<n>` mouse drags (default 100),
 * to iterate on them quickly; `--paints=<n>`: the warm start measured n times, the median taken
 * (7 by default, 1 in the short form: one start varies by a hundred milliseconds here).
 * Needs `vite build` first (the browser figures load dist/renderer through the host).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBoard } from '../db/board';
import { DB_FILE_NAME } from '../db/open';
import { todayIn } from '../shared/time';
import { type BrowserPart, browserFigures } from './bench-browser';
import { FULL_SIZE, SHORT_SIZE, benchBoardDir } from './bench-data';
import { benchDraft } from './bench-draft';
import { fidelityFigures } from './bench-fidelity';
import { type Figure, percentile, printTable, time, timed, writeJson } from './bench-report';

/** The service's reads and a write, in process, on the benchmark board. */
function serviceFigures(dir: string, runs: number): Figure[] {
  const service = openBoard(dir);
  try {
    const call = service.call.bind(service);
    const day = todayIn(call('settings.get', {}).timeZone);
    const board = call('board.get', { day });
    const someone = board.staff[0]!.id;
    const figures = [
      ...timed(`A day's board (board.get, ${board.contacts.length} cards)`, runs, () => call('board.get', { day }), 20),
      ...timed('The meeting roster (meeting.roster, every client)', runs, () => call('meeting.roster', {})),
      ...timed('Hospital/jail lists now (stays.current)', runs, () => call('stays.current', {})),
      ...timed('On call now (oncall.now)', runs, () => call('oncall.now', {})),
      ...timed('Audit trail, one person, first page (audit.list)', runs, () => call('audit.list', { staffId: someone, limit: 50, offset: 0 })),
      ...timed('MD board (clinical.mdBoard)', runs, () => call('clinical.mdBoard', {})),
      ...timed('Injection schedule (clinical.injections)', runs, () => call('clinical.injections', {})),
      ...timed("Contact tracker, the month's totals (tracker.month)", runs, () => call('tracker.month', { month: day.slice(0, 7) })),
      ...timed('Chart captains (charts.board)', runs, () => call('charts.board', {})),
    ];
    const moves = Array.from({ length: runs }, (_, i) => {
      const c = call('board.get', { day }).contacts[i % board.contacts.length]!;
      return time(() => call('contacts.move', { id: c.id, version: c.version, staffId: board.staff[i % board.staff.length]!.id }));
    });
    figures.push({ name: 'Moving a card (contacts.move, durable commit) p95', value: percentile(moves, 0.95), unit: 'ms' });
    return figures;
  } finally {
    service.close();
  }
}

/** `--name=value` from the command line. */
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

async function main() {
  const started = performance.now();
  const short = process.argv.includes('--short');
  const size = short ? SHORT_SIZE : FULL_SIZE;
  const dir = benchBoardDir(size, console.log);
  try {
    const file = path.join(dir, DB_FILE_NAME);
    const counts = (() => {
      const service = openBoard(dir);
      const n = (t: string) => (service.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
      const c = { clients: n('clients'), staff: n('staff'), contacts: n('contacts'), events: n('significant_events'), stays: n('stays'),
        afterHoursCalls: n('after_hours_calls'), overrides: n('oncall_overrides'), meetings: n('meetings'), audit: n('audit_log') };
      service.close();
      return c;
    })();
    console.log(`Board: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} (${size.years} years)\n`);
    const figures: Figure[] = [{ name: 'Database file size', value: fs.statSync(file).size / 2 ** 20, unit: 'MiB' }];
    const phase = (name: string) => console.log(`… ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const only = option('only')?.split(',') as BrowserPart[] | undefined;
    const drags = Number(option('drags') ?? (short ? 5 : 100));
    if (!only) {
      figures.push(...serviceFigures(dir, short ? 20 : 50));
      phase('service reads measured');
      figures.push(...fidelityFigures(dir, short ? 10 : 30));
    }
    figures.push(...(await browserFigures(dir, { drags, updates: short ? 40 : 1000, only, paints: Number(option('paints') ?? (short ? 1 : 7)) })));
    phase('browser figures measured');
    if (!only) {
      const draft = benchDraft();
      figures.push({ name: `Drafting a day, 100 clients (${draft.contactsPerDay.toFixed(0)} contacts) p95`, value: percentile(draft.samples, 0.95), unit: 'ms', budget: 50 });
    }
    printTable(figures, !short);
    writeJson(option('json') ?? 'bench-results.json', figures, { short, size, counts, at: new Date().toISOString() });
    const missing = figures.filter((f) => !Number.isFinite(f.value) && !f.note?.includes('skipped'));
    if (process.argv.includes('--check') && missing.length) {
      console.error(`The benchmark measured nothing for: ${missing.map((f) => f.name).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

/**
 * `npm run crash-test [-- --kills 200]`: durability under power-cut-like crashes.
 *
 * Starts the real board host as a child process, drives a stream of writes through its
 * HTTP API from several concurrent seats, kills the process with SIGKILL at a random
 * moment, restarts it, and checks that every write the host acknowledged is in the
 * board file and that the file passes `PRAGMA integrity_check`. Prints the counts.
 * `npm test` runs a short form (`--kills 20`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { findChainBreaks } from '../db/audit-chain';
import { bundleHost, post, signInAsDemoAdmin as signIn, startHostProcess } from './host-process';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    writers: { type: 'string', default: '4' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
  },
});
const KILLS = Number(values.kills);
const WRITERS = Number(values.writers);

/** A small seeded generator, so a failing run can be repeated with --seed. */
let state = Number(values.seed) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

interface Acked {
  id: number;
  note: string;
}

function verify(file: string, acked: Acked[]): { integrity: string; missing: Acked[] } {
  const db = new Database(file);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const get = db.prepare('SELECT note FROM contacts WHERE id = ?');
    const missing = acked.filter((a) => (get.get(a.id) as { note: string } | undefined)?.note !== a.note);
    return { integrity, missing };
  } finally {
    db.close();
  }
}

export async function crashTest(kills: number): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-crash-'));
  const dataDir = path.join(work, 'data');
  const file = path.join(dataDir, 'act-board.sqlite');
  const script = await bundleHost(path.join(work, 'bin'));
  const started = Date.now();
  const acked: Acked[] = [];
  const counts = { kills: 0, attempted: 0, acknowledged: 0, refused: 0, cutOff: 0, integrityOk: 0, missing: 0 };

  for (let round = 0; round < kills; round++) {
    const host = await startHostProcess(script, dataDir, round === 0 ? ['--demo'] : []);
    const cookie = await signIn(host.url);
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const note = `crash round ${round} seat ${w} write ${i}`;
        counts.attempted++;
        try {
          const res = await post(host.url, 'contacts.create', {
            clientId: 1 + ((round + w + i) % 5), staffId: null, day: '2030-01-15', start: '09:00', end: '09:30',
            intervention: 'other', location: 'office', note,
          }, cookie);
          const body = (await res.json()) as { ok: boolean; result?: { id: number }; error?: { message: string } };
          if (body.ok) {
            acked.push({ id: body.result!.id, note });
            counts.acknowledged++;
          } else {
            counts.refused++;
            if (counts.refused < 3) console.error(`refused: ${body.error?.message}`);
          }
        } catch {
          counts.cutOff++; // the kill landed while this write was in flight: not acknowledged
          return;
        }
      }
    };
    const writing = Array.from({ length: WRITERS }, (_, w) => writer(w));
    await new Promise((r) => setTimeout(r, 20 + rand() * 400));
    host.child.kill('SIGKILL');
    killed = true;
    counts.kills++;
    await host.exited;
    await Promise.all(writing);

    const { integrity, missing } = verify(file, acked);
    if (integrity === 'ok') counts.integrityOk++;
    counts.missing = missing.length;
    if (integrity !== 'ok' || missing.length) {
      console.error(`round ${round}: integrity "${integrity}", ${missing.length} acknowledged writes missing, e.g. ${JSON.stringify(missing[0])}`);
      break;
    }
    if ((round + 1) % 20 === 0) console.log(`  ${round + 1} kills, ${counts.acknowledged} acknowledged writes so far`);
  }

  // Last: the host starts cleanly on what the crashes left.
  const last = await startHostProcess(script, dataDir);
  const alive = (await post(last.url, 'auth.status', {})).ok;
  last.child.kill('SIGTERM');
  await last.exited;
  // Every audit row written across the crashes is sealed in one unbroken chain.
  const trail = new Database(file, { readonly: true });
  const chain = findChainBreaks(trail);
  trail.close();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `crash test (seed ${values.seed}): ${counts.kills} SIGKILLs in ${seconds} s; ${counts.attempted} writes sent, ` +
      `${counts.acknowledged} acknowledged, all ${counts.acknowledged - counts.missing} found after restarts ` +
      `(${counts.missing} missing), ${counts.cutOff} cut off in flight, ${counts.refused} refused; ` +
      `integrity_check ok after ${counts.integrityOk}/${counts.kills} kills; host restarts cleanly: ${alive ? 'yes' : 'NO'}; ` +
      `audit chain of ${chain.entries} entries ${chain.breaks.length ? `BROKEN at entry ${chain.breaks[0]!.id}` : 'intact'}`,
  );
  fs.rmSync(work, { recursive: true, force: true });
  if (counts.missing || counts.integrityOk !== counts.kills || counts.kills !== kills || counts.refused || !alive || chain.breaks.length) process.exit(1);
}

crashTest(KILLS).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

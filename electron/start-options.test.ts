/** A packaged app opens the team's real board: never the demo team with its published PINs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBoard } from '../db/board';
import { parseShellArgs } from './args';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** process.argv.slice(1) as a packaged app receives it: from a shortcut, the kiosk autostart, macOS. */
const PACKAGED_ARGVS = [[], ['--kiosk'], ['-psn_0_12345'], ['--kiosk', '--serve-port', '4781']];

describe('the packaged app’s start options', () => {
  it.each(PACKAGED_ARGVS)('never seed demo data (%j)', (...argv) => {
    const args = parseShellArgs(argv);
    expect(args.demo).toBe(false);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-packaged-'));
    dirs.push(dir);
    const service = openBoard(dir, { demo: args.demo });
    try {
      expect(service.call('staff.list', {})).toEqual([]);
      expect(service.call('settings.get', {}).demo).toBe(false);
    } finally {
      service.close();
    }
  });

  it('main.ts opens the board with the demo switch from its arguments only', () => {
    const main = fs.readFileSync(path.join(__dirname, 'main.ts'), 'utf8');
    const calls = main.match(/openBoard\([^)]*\)/g) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c).not.toMatch(/demo:\s*true/);
    expect(main).toMatch(/openOrRecover\(dataDir, \{ demo: args\.demo \}\)/);
  });

  it('packaging adds no --demo switch', () => {
    const yml = fs.readFileSync(path.join(__dirname, '../electron-builder.yml'), 'utf8');
    expect(yml).not.toMatch(/--demo/);
  });

  it('npm start asks for the demo, in the repository’s own folder', () => {
    const start = fs.readFileSync(path.join(__dirname, '../scripts/start.mjs'), 'utf8');
    expect(start).toMatch(/'--demo', '--data-dir', DEMO_DATA_DIR/);
  });

  it('a demo board says so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-demo-'));
    dirs.push(dir);
    const service = openBoard(dir, { demo: true });
    try {
      expect(service.call('settings.get', {}).demo).toBe(true);
    } finally {
      service.close();
    }
  }, 30_000); // seeding the demo team takes seconds on a loaded machine
});

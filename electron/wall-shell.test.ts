/** The wall screen's desktop decisions, with stand-ins for Electron's objects. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DisplayAwake, loginItemSettings, type PowerSaveBlockerLike, savePdf, startQuery, type WatchedContents, watchRenderer, withinOperatingHours } from './wall-shell';

const team = { timeZone: 'America/New_York', operatingStart: '08:00', operatingEnd: '20:00' };

describe('the kiosk', () => {
  it('opens the wall view; a desk window opens the board', () => {
    expect(startQuery(true)).toEqual({ view: 'wall' });
    expect(startQuery(false)).toBeUndefined();
  });

  it('starts at login into the kiosk when asked, and not otherwise', () => {
    expect(loginItemSettings(true, true)).toEqual({ openAtLogin: true, args: ['--kiosk'] });
    expect(loginItemSettings(false, true)).toEqual({ openAtLogin: false, args: [] });
  });
});

describe('keeping the display awake during operating hours', () => {
  class Blocker implements PowerSaveBlockerLike {
    next = 1;
    live = new Set<number>();
    start() {
      this.live.add(this.next);
      return this.next++;
    }
    stop(id: number) {
      this.live.delete(id);
    }
    isStarted(id: number) {
      return this.live.has(id);
    }
  }

  it('knows operating hours in the team’s zone (not the machine’s)', () => {
    expect(withinOperatingHours(new Date('2026-11-30T13:00:00Z'), team)).toBe(true); // 08:00 in New York
    expect(withinOperatingHours(new Date('2026-11-30T12:59:00Z'), team)).toBe(false);
    expect(withinOperatingHours(new Date('2026-12-01T01:00:00Z'), team)).toBe(false); // 20:00
  });

  it('holds one blocker inside the hours, none outside', () => {
    const blocker = new Blocker();
    const awake = new DisplayAwake(blocker);
    awake.update(true);
    awake.update(true);
    expect(blocker.live.size).toBe(1);
    expect(awake.awake).toBe(true);
    awake.update(false);
    expect(blocker.live.size).toBe(0);
    awake.update(true);
    expect(blocker.live.size).toBe(1);
    awake.release();
    expect(blocker.live.size).toBe(0);
  });
});

describe('a renderer that crashes or hangs', () => {
  function contents() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const loaded: string[] = [];
    let crashed = 0;
    const c = {
      on: (event: string, l: (...args: unknown[]) => void) => listeners.set(event, l),
      loadURL: async (url: string) => void loaded.push(url),
      forcefullyCrashRenderer: () => {
        crashed++;
        listeners.get('render-process-gone')!({}, { reason: 'killed' });
      },
      isDestroyed: () => false,
    };
    return { c: c as unknown as WatchedContents, emit: (e: string, ...a: unknown[]) => listeners.get(e)!(...a), loaded, crashes: () => crashed };
  }
  function timers() {
    let clock = 0;
    const pending: { at: number; fn: () => void }[] = [];
    return {
      now: () => clock,
      setTimer: (fn: () => void, ms: number) => {
        const t = { at: clock + ms, fn };
        pending.push(t);
        return t;
      },
      clearTimer: (t: unknown) => pending.splice(pending.indexOf(t as never), 1),
      advance(ms: number) {
        clock += ms;
        for (const t of pending.filter((p) => p.at <= clock)) {
          pending.splice(pending.indexOf(t), 1);
          t.fn();
        }
      },
    };
  }
  const quiet = () => {};

  it('reloads where it was after a crash (the wall, not the start page)', () => {
    const w = contents();
    watchRenderer(w.c, { startUrl: 'file:///app/index.html?view=wall', log: quiet });
    w.emit('did-navigate', {}, 'file:///app/index.html?view=wall');
    w.emit('did-navigate-in-page', {}, 'file:///app/index.html?view=wall#page');
    w.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(w.loaded).toEqual(['file:///app/index.html?view=wall#page']);
    w.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(w.loaded).toHaveLength(1);
  });

  it('restarts a renderer that stays hung, not one that answers again', () => {
    const w = contents();
    const t = timers();
    watchRenderer(w.c, { startUrl: 'file:///app/index.html?view=wall', hungMs: 10_000, log: quiet, ...t });
    w.emit('unresponsive');
    t.advance(5_000);
    w.emit('responsive');
    t.advance(10_000);
    expect(w.crashes()).toBe(0);
    w.emit('unresponsive');
    t.advance(10_000);
    expect(w.crashes()).toBe(1);
    expect(w.loaded).toEqual(['file:///app/index.html?view=wall']);
  });

  it('waits a minute in a crash loop instead of reloading without end', () => {
    const w = contents();
    const t = timers();
    watchRenderer(w.c, { startUrl: 'u', maxReloadsPerMinute: 3, log: quiet, ...t });
    for (let i = 0; i < 5; i++) w.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(w.loaded).toHaveLength(3);
    t.advance(61_000);
    expect(w.loaded.length).toBeGreaterThan(3);
  });
});

describe('Save as PDF', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const pdfBytes = new TextEncoder().encode('%PDF-1.7 stand-in');
  const printer = { printToPDF: async () => pdfBytes };

  it('writes what printToPDF returned, owner-only, never over another file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-pdf-'));
    dirs.push(dir);
    const first = await savePdf(printer, dir, 'day-sheet-2026-11-30');
    const second = await savePdf(printer, dir, 'day-sheet-2026-11-30');
    expect(path.basename(first)).toBe('day-sheet-2026-11-30.pdf');
    expect(path.basename(second)).toBe('day-sheet-2026-11-30-2.pdf');
    expect(fs.readFileSync(first, 'utf8')).toBe('%PDF-1.7 stand-in');
    if (process.platform !== 'win32') expect(fs.statSync(first).mode & 0o777).toBe(0o600);
  });

  it('does not follow a link planted under the name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-pdf-'));
    dirs.push(dir);
    const target = path.join(dir, 'elsewhere.txt');
    fs.writeFileSync(target, 'untouched');
    fs.symlinkSync(target, path.join(dir, 'day-sheet.pdf'));
    const file = await savePdf(printer, dir, 'day-sheet');
    expect(path.basename(file)).toBe('day-sheet-2.pdf');
    expect(fs.readFileSync(target, 'utf8')).toBe('untouched');
  });

  it('refuses a name that could leave the folder', async () => {
    await expect(savePdf(printer, os.tmpdir(), '../escape')).rejects.toThrow(/not a PDF name/);
  });
});

describe('--start-at-login', () => {
  it('is on, off, or left as it was', async () => {
    const { parseShellArgs } = await import('./args');
    expect(parseShellArgs(['--kiosk', '--start-at-login', 'on']).startAtLogin).toBe(true);
    expect(parseShellArgs(['--start-at-login', 'off']).startAtLogin).toBe(false);
    expect(parseShellArgs(['--kiosk']).startAtLogin).toBeUndefined();
    expect(() => parseShellArgs(['--start-at-login', 'yes'])).toThrow(/on or off/);
  });
});

// Electron cannot run here: main.ts's wiring of these decisions is checked on its source.
describe('main.ts wires the wall decisions', () => {
  const main = fs.readFileSync(path.join(__dirname, 'main.ts'), 'utf8');
  it('opens the kiosk on the wall, watches the renderer, keeps the display awake, saves PDFs', () => {
    expect(main).toMatch(/const query = startQuery\(kiosk\)/);
    expect(main).toMatch(/watchRenderer\(win\.webContents,/);
    expect(main).toMatch(/if \(args\.kiosk\) stopAwake = keepDisplayAwake\(service\)/);
    expect(main).toMatch(/new DisplayAwake\(powerSaveBlocker\)/);
    expect(main).toMatch(/savePdf\(event\.sender,/);
    expect(main).toMatch(/setLoginItemSettings\(loginItemSettings\(/);
  });
});

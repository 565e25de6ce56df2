/**
 * The wall screen's desktop decisions, pure and tested with stand-ins (the Electron binary
 * is not installed where tests run); main.ts only wires them to Electron's objects.
 *
 * - the kiosk opens the wall view;
 * - the display stays awake during operating hours (powerSaveBlocker), and may sleep outside them;
 * - a renderer that crashes or hangs is reloaded where it was;
 * - an option to start at login, straight into the kiosk;
 * - "Save as PDF" (printToPDF) writes an owner-only file, never over another one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { TeamSettings } from '../shared/domain';
import { parseClock } from '../shared/time';

/** The query the window's page opens with: the kiosk shows the wall. */
export function startQuery(kiosk: boolean): Record<string, string> | undefined {
  return kiosk ? { view: 'wall' } : undefined;
}

export function withinOperatingHours(now: Date, settings: Pick<TeamSettings, 'timeZone' | 'operatingStart' | 'operatingEnd'>): boolean {
  const local = DateTime.fromJSDate(now).setZone(settings.timeZone);
  const minute = local.hour * 60 + local.minute;
  const start = parseClock(settings.operatingStart);
  const end = parseClock(settings.operatingEnd);
  if (start === null || end === null) return true;
  return minute >= start && minute < end;
}

/** What main.ts needs of Electron's `powerSaveBlocker`. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

/** Holds one display-sleep blocker while inside operating hours, none outside. */
export class DisplayAwake {
  private id: number | null = null;
  constructor(private readonly blocker: PowerSaveBlockerLike) {}

  /** Call at start and every minute. */
  update(inside: boolean): void {
    const held = this.id !== null && this.blocker.isStarted(this.id);
    if (inside && !held) this.id = this.blocker.start('prevent-display-sleep');
    if (!inside && this.id !== null) this.release();
  }

  release(): void {
    if (this.id !== null && this.blocker.isStarted(this.id)) this.blocker.stop(this.id);
    this.id = null;
  }

  get awake(): boolean {
    return this.id !== null;
  }
}

/** What the renderer watchdog needs of a window's `webContents`. */
export interface WatchedContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  on(event: 'did-navigate' | 'did-navigate-in-page', listener: (event: unknown, url: string) => void): unknown;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
}

export interface WatchdogOptions {
  /** The page to load if nothing was shown yet. */
  startUrl: string;
  /** A hung renderer gets this long to answer again before it is restarted. */
  hungMs?: number;
  /** More reloads than this within a minute: wait a minute before the next (a crash loop). */
  maxReloadsPerMinute?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
  log?: (message: string) => void;
}

/**
 * Reloads the page where it was (the same view, e.g. `?view=wall`) when the renderer
 * crashes, or when it hangs and does not answer again within `hungMs`.
 */
export function watchRenderer(contents: WatchedContents, options: WatchdogOptions): { lastUrl(): string } {
  const { hungMs = 10_000, maxReloadsPerMinute = 3, now = Date.now, log = console.error } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let lastUrl = options.startUrl;
  let hung: unknown = null;
  const reloads: number[] = [];

  const reload = () => {
    if (contents.isDestroyed()) return;
    const t = now();
    while (reloads.length && t - reloads[0]! > 60_000) reloads.shift();
    if (reloads.length >= maxReloadsPerMinute) {
      log(`ACT Board: the screen keeps failing; trying again in a minute`);
      setTimer(reload, 60_000);
      return;
    }
    reloads.push(t);
    contents.loadURL(lastUrl).catch((err: unknown) => log(`ACT Board: reloading the screen failed: ${String(err)}`));
  };

  contents.on('did-navigate', (_e, url) => (lastUrl = url));
  contents.on('did-navigate-in-page', (_e, url) => (lastUrl = url));
  contents.on('render-process-gone', (_e, details) => {
    if (details.reason === 'clean-exit') return;
    log(`ACT Board: the screen's renderer is gone (${details.reason}); reloading ${lastUrl}`);
    reload();
  });
  contents.on('unresponsive', () => {
    if (hung !== null) return;
    hung = setTimer(() => {
      hung = null;
      log('ACT Board: the screen stopped answering; restarting it');
      // The crash brings 'render-process-gone', which reloads.
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, hungMs);
  });
  contents.on('responsive', () => {
    if (hung !== null) clearTimer(hung);
    hung = null;
  });
  return { lastUrl: () => lastUrl };
}

/** Electron's login item settings for "start at login" (Windows and macOS; on Linux see the README); a remote board is kept. */
export function loginItemSettings(enabled: boolean, kiosk: boolean, remoteBoard?: string): { openAtLogin: boolean; args: string[] } {
  if (!enabled) return { openAtLogin: false, args: [] };
  return { openAtLogin: true, args: [...(kiosk ? ['--kiosk'] : []), ...(remoteBoard ? ['--remote-board', remoteBoard] : [])] };
}

/** What "Save as PDF" needs of a `webContents`. */
export interface PrintableContents {
  printToPDF(options: { printBackground: boolean; pageSize: 'A4' | 'Letter'; landscape: boolean }): Promise<Uint8Array>;
}

const PDF_NAME = /^[a-z0-9-]{1,80}$/;

/**
 * Prints the page to PDF (the print stylesheet applies) into `dir` as `<name>.pdf`, or
 * `<name>-2.pdf`, ...: created exclusively (never over another file, never through a
 * planted link) and readable by the owner only, since a day sheet names clients.
 */
export async function savePdf(contents: PrintableContents, dir: string, name: string, pageSize: 'A4' | 'Letter' = 'Letter'): Promise<string> {
  if (!PDF_NAME.test(name)) throw new Error(`"${name}" is not a PDF name (letters, digits and dashes).`);
  const pdf = await contents.printToPDF({ printBackground: true, pageSize, landscape: false });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (let n = 1; ; n++) {
    const file = path.join(dir, n === 1 ? `${name}.pdf` : `${name}-${n}.pdf`);
    let fd: number;
    try {
      fd = fs.openSync(file, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    try {
      fs.writeSync(fd, pdf);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return file;
  }
}

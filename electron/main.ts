/**
 * Electron main process: one window on the team's board, IPC to the Board service,
 * and optionally the HTTP host for browser seats sharing the same service.
 *
 * `ACT Board [--data-dir <dir>] [--kiosk] [--serve-port <n> [--serve-sign-in]] [--demo]`
 * `ACT Board --remote-board https://host:port [--kiosk]`: another host's board (remote-board.ts)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain, Menu, powerSaveBlocker, session } from 'electron';
import { type OpenBoardOptions, openBoard } from '../db/board';
import { startDowntimeCopies } from '../db/downtime';
import { CorruptDatabaseError } from '../db/open';
import { recoveryCandidates, restoreForRecovery } from '../db/recovery';
import type { BoardService } from '../db/service/board-service';
import type { ApiResponse } from '../shared/api';
import { IPC_CALL, IPC_CHANGE, IPC_KIOSK_ACTIVE, IPC_KIOSK_LEAVE, IPC_SAVE_PDF, type KioskExit, type PdfSaved } from '../shared/bridge';
import type { TeamSettings } from '../shared/domain';
import type { SessionState } from '../shared/trust';
import { parseShellArgs, type ShellArgs } from './args';
import { type RunningHost, startHost } from './host/server';
import { THIS_MACHINE, runCall } from './host/transport';
import { applicationMenu, isBlockedInKiosk, kioskExit, mayClose } from './kiosk';
import { RETRY_REMOTE_MS, remoteStartUrl, unreachablePage } from './remote-board';
import { CONTENT_SECURITY_POLICY } from './security';
import { isAllowedNavigation, windowOptions } from './window-options';
import { DisplayAwake, loginItemSettings, savePdf, startQuery, watchRenderer, withinOperatingHours } from './wall-shell';

// In the bundle __dirname is dist/electron; the renderer is built beside it.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const INDEX_HTML = path.join(RENDERER_DIR, 'index.html');
const APP_URL = pathToFileURL(INDEX_HTML).href;
/** The page windows may show: this app's own file, or a remote host's pages (--remote-board). */
let allowedUrl = APP_URL;
const PRELOAD = path.join(__dirname, 'preload.js');

// The same folder whether run from source (`electron .`, name "act-board") or packaged.
app.setPath('userData', path.join(app.getPath('appData'), 'ACT Board'));
app.enableSandbox();

let service: BoardService | undefined;
let stopBackups = () => {};
let stopAwake = () => {};
let host: RunningHost | undefined;
/** Set once the app is quitting (or the session ending): a kiosk window may close then. */
let quitting = false;

function createWindow(kiosk: boolean): BrowserWindow {
  const win = new BrowserWindow(windowOptions({ preloadPath: PRELOAD, packaged: app.isPackaged, kiosk }));
  win.once('ready-to-show', () => win.show());
  if (kiosk) guardKiosk(win);
  // The kiosk opens the wall view; a crashed or hung screen is reloaded where it was.
  const query = startQuery(kiosk);
  watchRenderer(win.webContents, { startUrl: query ? `${APP_URL}?${new URLSearchParams(query).toString()}` : APP_URL });
  win.loadFile(INDEX_HTML, query ? { query } : undefined).catch((err: unknown) => {
    dialog.showErrorBox('ACT Board could not load its screens', `${String(err)}\n\nRun \`npm run build\` first.`);
  });
  return win;
}

/** None in kiosk mode; otherwise one without reload, zoom or DevTools (kiosk.ts). */
function setMenu(kiosk: boolean): void {
  const template = applicationMenu({ kiosk, platform: process.platform });
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}

/** A kiosk window swallows reload, close, zoom and DevTools keys, and stays open until an admin's PIN releases it. */
function guardKiosk(win: BrowserWindow): void {
  win.webContents.on('before-input-event', (event, input) => {
    if (win.isKiosk() && isBlockedInKiosk(input)) event.preventDefault();
  });
  win.on('close', (event) => {
    if (!mayClose({ kiosk: win.isKiosk(), quitting })) event.preventDefault();
  });
  win.on('session-end', () => (quitting = true));
}

/** Applied to every web contents, so no window can be left without it. */
function lockDown(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, allowedUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, allowedUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function secureSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No camera, microphone, notifications, geolocation, ... ever.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Each window's session token (by webContents id). */
const seatTokens = new Map<number, string>();

/** Only our own page may call the board (Electron security checklist: validate the sender). */
const fromOwnPage = (event: IpcMainInvokeEvent) => isAllowedNavigation(event.senderFrame?.url ?? '', APP_URL);

/** A call as the sending window's seat. The session token stays in this process, one per window: the page never sees it. */
function callAsSeat(board: BoardService, event: IpcMainInvokeEvent, method: string, input: unknown): ApiResponse<unknown> {
  const seat = event.sender.id;
  const { response, session } = runCall(board, method, input, { token: seatTokens.get(seat) ?? null, requireSignIn: false, source: THIS_MACHINE });
  if (session === null) seatTokens.delete(seat);
  else if (session !== undefined) {
    if (!seatTokens.has(seat)) event.sender.once('destroyed', () => seatTokens.delete(seat));
    seatTokens.set(seat, session);
  }
  return response;
}

/** The signed-in admin's PIN (checked by the auth service, so wrong PINs count and lock out) takes a window out of kiosk mode. */
function leaveKiosk(board: BoardService, event: IpcMainInvokeEvent, pin: unknown): KioskExit {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!fromOwnPage(event) || !win?.isKiosk()) return { ok: false, message: 'This window is not in kiosk mode.' };
  const status = callAsSeat(board, event, 'auth.status', {}) as ApiResponse<SessionState>;
  const staffId = status.ok ? status.result.person?.id : undefined;
  if (staffId === undefined) return { ok: false, message: 'Unlock as an admin first.' };
  const exit = kioskExit(callAsSeat(board, event, 'auth.unlock', { staffId, pin }) as ApiResponse<SessionState>);
  if (exit.ok) {
    win.setKiosk(false);
    setMenu(false);
  }
  return exit;
}

/** "Save as PDF": the sending page (its print stylesheet) into Documents/ACT Board, owner-only. */
async function saveAsPdf(event: IpcMainInvokeEvent, name: unknown): Promise<PdfSaved> {
  if (!fromOwnPage(event) || typeof name !== 'string') return { ok: false, message: 'Refused.' };
  try {
    return { ok: true, file: await savePdf(event.sender, path.join(app.getPath('documents'), 'ACT Board'), name) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The display stays awake during the team's operating hours (checked every minute). */
function keepDisplayAwake(board: BoardService): () => void {
  const awake = new DisplayAwake(powerSaveBlocker);
  const check = () => {
    try {
      awake.update(withinOperatingHours(new Date(), board.call('settings.get', {}) as TeamSettings));
    } catch (err) {
      console.error('ACT Board: operating hours unknown:', err);
    }
  };
  check();
  const timer = setInterval(check, 60_000);
  return () => {
    clearInterval(timer);
    awake.release();
  };
}

function registerIpc(board: BoardService): void {
  ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown): ApiResponse<unknown> => {
    if (!fromOwnPage(event) || typeof method !== 'string') {
      return { ok: false, error: { code: 'validation', message: 'Call refused.' } };
    }
    return callAsSeat(board, event, method, input);
  });
  ipcMain.handle(IPC_KIOSK_ACTIVE, (event) => fromOwnPage(event) && (BrowserWindow.fromWebContents(event.sender)?.isKiosk() ?? false));
  ipcMain.handle(IPC_KIOSK_LEAVE, (event, pin: unknown) => leaveKiosk(board, event, pin));
  ipcMain.handle(IPC_SAVE_PDF, (event, name: unknown) => saveAsPdf(event, name));
  board.onChange((change) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC_CHANGE, change);
  });
}

/**
 * A window on another host's board: its own pages, no preload bridge (it talks to its
 * host over HTTP, seats sign in with their PIN there). While the host cannot be reached
 * the window says so, naming the host, and tries again.
 */
function createRemoteWindow(origin: string, kiosk: boolean): BrowserWindow {
  const startUrl = remoteStartUrl(origin, kiosk);
  allowedUrl = startUrl;
  const win = new BrowserWindow(windowOptions({ preloadPath: undefined, packaged: app.isPackaged, kiosk }));
  win.once('ready-to-show', () => win.show());
  if (kiosk) guardKiosk(win);
  watchRenderer(win.webContents, { startUrl });
  let retry: NodeJS.Timeout | undefined;
  win.webContents.on('did-fail-load', (_event, _code, description, url, isMainFrame) => {
    if (!isMainFrame || !url.startsWith(origin)) return;
    void win.loadURL(unreachablePage(origin, description)).catch(() => undefined);
    clearTimeout(retry);
    retry = setTimeout(() => void win.loadURL(startUrl).catch(() => undefined), RETRY_REMOTE_MS);
  });
  win.on('closed', () => clearTimeout(retry));
  void win.loadURL(startUrl).catch(() => undefined); // a failure is shown by did-fail-load
  return win;
}

async function start(args: ShellArgs): Promise<void> {
  await app.whenReady();
  secureSession();
  setMenu(args.kiosk);
  if (args.remoteBoard) {
    if (args.startAtLogin !== undefined) app.setLoginItemSettings(loginItemSettings(args.startAtLogin, args.kiosk, args.remoteBoard));
    createRemoteWindow(args.remoteBoard, args.kiosk);
    return;
  }
  const dataDir = args.dataDir ?? app.getPath('userData');
  service = await openOrRecover(dataDir, { demo: args.demo });
  registerIpc(service);
  const stopDailyBackups = service.backups.startSchedule();
  const copies = startDowntimeCopies(service);
  stopBackups = () => {
    stopDailyBackups();
    copies.stop();
  };
  if (args.kiosk) stopAwake = keepDisplayAwake(service);
  if (args.startAtLogin !== undefined) app.setLoginItemSettings(loginItemSettings(args.startAtLogin, args.kiosk));
  if (args.servePort !== undefined) {
    host = await startHost({ service, port: args.servePort, host: '127.0.0.1', staticDir: RENDERER_DIR, requireSignIn: args.serveSignIn });
    console.log(`ACT Board host listening on ${host.url} (data: ${dataDir})`);
  }
  createWindow(args.kiosk);
}

/**
 * Opens the board; if the file fails its integrity check, offers the latest good backup
 * (the damaged file is kept beside it) instead of a blank window.
 */
async function openOrRecover(dataDir: string, options: OpenBoardOptions): Promise<BoardService> {
  try {
    return openBoard(dataDir, options);
  } catch (err) {
    if (!(err instanceof CorruptDatabaseError)) throw err;
    const good = recoveryCandidates(dataDir).find((c) => c.ok);
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'ACT Board: the board file is damaged',
      message: 'The board file failed its integrity check.',
      detail: good
        ? `${err.detail}\n\nRestore the latest good backup, from ${good.at.replace('T', ' ').slice(0, 16)} UTC? The damaged file is kept beside it.`
        : `${err.detail}\n\nNo good backup was found in ${path.join(dataDir, 'backups')}.`,
      buttons: good ? ['Restore the latest good backup', 'Quit'] : ['Quit'],
      defaultId: 0,
      cancelId: good ? 1 : 0,
    });
    if (!good || response !== 0) throw err;
    restoreForRecovery(dataDir, good.path);
    return openBoard(dataDir, options);
  }
}

async function shutdown(): Promise<void> {
  stopBackups();
  stopAwake();
  await host?.close();
  host = undefined;
  if (service) {
    // A backup at quit; a failure is logged and does not keep the app from quitting.
    await service.backups.backupNow('quit').catch((err: unknown) => console.error('ACT Board: backup at quit failed:', err));
    service.close();
  }
  service = undefined;
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let args: ShellArgs;
  try {
    args = parseShellArgs(process.argv.slice(1));
  } catch (err) {
    console.error(`ACT Board: ${err instanceof Error ? err.message : String(err)}`);
    app.exit(2);
    return;
  }
  lockDown();

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => (quitting = true));
  // Close the host and the database (checkpointing the WAL) before the process ends.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    shutdown()
      .catch((err: unknown) => console.error('ACT Board: shutdown failed:', err))
      .finally(() => app.quit());
  });

  start(args).catch(async (err: unknown) => {
    // E.g. a board file written by a newer version, or the --serve-port is taken.
    dialog.showErrorBox('ACT Board could not start', err instanceof Error ? err.message : String(err));
    await shutdown().catch(() => undefined);
    app.exit(1);
  });
}

main();

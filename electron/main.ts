/**
 * Electron main process: one window on the team's board, IPC to the Board service,
 * and optionally the HTTP host for browser seats sharing the same service.
 *
 * `ACT Board [--data-dir <dir>] [--kiosk] [--serve-port <n>]`
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { openBoard } from '../db/board';
import type { BoardService } from '../db/service/board-service';
import type { ApiResponse } from '../shared/api';
import { IPC_CALL, IPC_CHANGE } from '../shared/bridge';
import { parseShellArgs, type ShellArgs } from './args';
import { type RunningHost, startHost } from './host/server';
import { runCall } from './host/transport';
import { CONTENT_SECURITY_POLICY } from './security';
import { isAllowedNavigation, windowOptions } from './window-options';

// In the bundle __dirname is dist/electron; the renderer is built beside it.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const INDEX_HTML = path.join(RENDERER_DIR, 'index.html');
const APP_URL = pathToFileURL(INDEX_HTML).href;
const PRELOAD = path.join(__dirname, 'preload.js');

// The same folder whether run from source (`electron .`, name "act-board") or packaged.
app.setPath('userData', path.join(app.getPath('appData'), 'ACT Board'));
app.enableSandbox();

let service: BoardService | undefined;
let host: RunningHost | undefined;

function createWindow(kiosk: boolean): BrowserWindow {
  const win = new BrowserWindow(windowOptions({ preloadPath: PRELOAD, packaged: app.isPackaged, kiosk }));
  win.once('ready-to-show', () => win.show());
  win.loadFile(INDEX_HTML).catch((err: unknown) => {
    dialog.showErrorBox('ACT Board could not load its screens', `${String(err)}\n\nRun \`npm run build\` first.`);
  });
  return win;
}

/** Applied to every web contents, so no window can be left without it. */
function lockDown(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, APP_URL)) event.preventDefault();
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

function registerIpc(board: BoardService): void {
  ipcMain.handle(IPC_CALL, (event, method: unknown, input: unknown): ApiResponse<unknown> => {
    // Only our own page may call the board (Electron security checklist: validate the sender).
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAllowedNavigation(frameUrl, APP_URL) || typeof method !== 'string') {
      return { ok: false, error: { code: 'validation', message: 'Call refused.' } };
    }
    return runCall(board, method, input, 'desktop');
  });
  board.onChange((change) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC_CHANGE, change);
  });
}

async function start(args: ShellArgs): Promise<void> {
  await app.whenReady();
  secureSession();
  const dataDir = args.dataDir ?? app.getPath('userData');
  service = openBoard(dataDir, { demo: true });
  registerIpc(service);
  if (args.servePort !== undefined) {
    host = await startHost({ service, port: args.servePort, host: '127.0.0.1', staticDir: RENDERER_DIR });
    console.log(`ACT Board host listening on ${host.url} (data: ${dataDir})`);
  }
  createWindow(args.kiosk);
}

async function shutdown(): Promise<void> {
  await host?.close();
  host = undefined;
  service?.db.close();
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

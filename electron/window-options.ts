/**
 * Pure pieces of the Electron shell, kept free of runtime `electron` imports so they
 * can be unit-tested under plain Node.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.js); none for a remote host's page. */
  preloadPath: string | undefined;
  /** `app.isPackaged`: DevTools are available only in development, and never in a kiosk. */
  packaged: boolean;
  /** Fullscreen kiosk for the team's wall screen. */
  kiosk?: boolean;
}

/** Shown behind the page before it paints; keep in step with the renderer's page background. */
export const WINDOW_BACKGROUND = '#f4f6f8';

export function windowOptions({ preloadPath, packaged, kiosk = false }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'ACT Board',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    kiosk,
    autoHideMenuBar: kiosk,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !packaged && !kiosk,
      // Middle-click must not open links in new windows (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // Chromium fetches spell-check dictionaries from Google's CDN on first use;
      // the board makes no network requests of its own.
      spellcheck: false,
    },
  };
}

/**
 * Whether a top-level navigation to `url` may proceed. Only the app's own page is
 * allowed: for a file:// app that is the very same file (never another local file),
 * for an http(s) app the same origin.
 */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (target.protocol !== app.protocol) return false;
  if (app.protocol === 'file:') {
    const appPath = filePath(app);
    return appPath !== undefined && target.host === app.host && filePath(target) === appPath;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return false;
}

/** A file URL's path, decoded and with a lower-case drive letter, so spellings of one file compare equal. */
function filePath(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.pathname).replace(/^\/([A-Za-z]):/, (_m, drive: string) => `/${drive.toLowerCase()}:`);
  } catch {
    return undefined;
  }
}

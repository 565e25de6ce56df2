import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellArgs } from './args';
import { CONTENT_SECURITY_POLICY } from './security';
import { isAllowedNavigation, windowOptions } from './window-options';

const source = (file: string) => fs.readFileSync(path.join(__dirname, file), 'utf8');

describe('windowOptions', () => {
  const options = windowOptions({ preloadPath: '/app/dist/electron/preload.js', packaged: true });
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).not.toBe(false);
    expect(web.allowRunningInsecureContent).not.toBe(true);
    expect(web.webviewTag).not.toBe(true);
    expect(web.preload).toBe('/app/dist/electron/preload.js');
  });

  it('turns off middle-click (auxclick) new-window flows', () => {
    expect(web.disableBlinkFeatures).toBe('Auxclick');
  });

  it('has DevTools only in development, and never in a kiosk', () => {
    expect(web.devTools).toBe(false);
    expect(windowOptions({ preloadPath: 'p', packaged: false }).webPreferences?.devTools).toBe(true);
    expect(windowOptions({ preloadPath: 'p', packaged: false, kiosk: true }).webPreferences?.devTools).toBe(false);
  });

  it('opens a titled window, in kiosk mode only when asked', () => {
    expect(options.title).toBe('ACT Board');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.kiosk).toBe(false);
    expect(windowOptions({ preloadPath: 'p', packaged: true, kiosk: true }).kiosk).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("allows only the app's own content", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain("script-src 'self' 'unsafe-inline'");
  });

  it('names no remote host or wildcard', () => {
    for (const [, values] of directives) {
      for (const value of values) expect(value).toMatch(/^('[a-z-]+'|data:)$/);
    }
  });
});

describe('isAllowedNavigation', () => {
  const fileApp = 'file:///opt/ACT%20Board/resources/app.asar/dist/renderer/index.html';

  it("allows the app's own page", () => {
    expect(isAllowedNavigation(fileApp, fileApp)).toBe(true);
    expect(isAllowedNavigation(`${fileApp}#/board`, fileApp)).toBe(true);
    expect(isAllowedNavigation('file:///opt/ACT Board/resources/app.asar/dist/renderer/index.html', fileApp)).toBe(true);
    expect(isAllowedNavigation('file:///c:/App/index.html', 'file:///C:/App/index.html')).toBe(true);
  });

  it('blocks other local files', () => {
    expect(isAllowedNavigation('file:///etc/passwd', fileApp)).toBe(false);
    expect(isAllowedNavigation('file:///opt/ACT%20Board/resources/app.asar/dist/renderer/other.html', fileApp)).toBe(false);
    expect(isAllowedNavigation('file://evil-host/opt/ACT%20Board/resources/app.asar/dist/renderer/index.html', fileApp)).toBe(false);
  });

  it('blocks other origins and schemes', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:4780/', 'javascript:alert(1)', 'data:text/html,hi', 'about:blank', 'not a url']) {
      expect(isAllowedNavigation(url, fileApp)).toBe(false);
    }
    const httpApp = 'http://127.0.0.1:4780/';
    expect(isAllowedNavigation('http://127.0.0.1:4780/#/staff', httpApp)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:4781/', httpApp)).toBe(false);
    expect(isAllowedNavigation('https://127.0.0.1:4780/', httpApp)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', httpApp)).toBe(false);
  });
});

describe('parseShellArgs', () => {
  it('reads the shell switches and ignores Chromium ones', () => {
    expect(parseShellArgs(['.', '--no-sandbox'], '/home/u')).toEqual({ dataDir: undefined, kiosk: false, servePort: undefined, serveSignIn: false, demo: false });
    expect(parseShellArgs(['--kiosk', '--data-dir', 'boards', '--serve-port', '4780'], '/home/u')).toEqual({
      dataDir: path.resolve('/home/u', 'boards'),
      kiosk: true,
      servePort: 4780,
      demo: false,
      serveSignIn: false,
    });
    expect(parseShellArgs(['--serve-port', '4780', '--serve-sign-in']).serveSignIn).toBe(true);
  });

  it('refuses a bad port or a missing folder', () => {
    expect(() => parseShellArgs(['--serve-port', 'abc'])).toThrow(/--serve-port/);
    expect(() => parseShellArgs(['--serve-port'])).toThrow(/--serve-port/);
    expect(() => parseShellArgs(['--data-dir'])).toThrow(/--data-dir/);
    expect(() => parseShellArgs(['--serve-sign-in'])).toThrow(/--serve-sign-in is for the browser seats of --serve-port/);
  });
});

// Electron cannot run here, so the main process's wiring is checked on its source.
describe('main process wiring', () => {
  const main = source('main.ts');

  it('builds every window from windowOptions', () => {
    expect(main).toMatch(/new BrowserWindow\(windowOptions\(/);
    expect(main).not.toMatch(/new BrowserWindow\(\{/);
  });

  it('blocks navigation, new windows, webviews and permission requests', () => {
    expect(main).toMatch(/on\('will-navigate', \(event, url\) => \{\s*if \(!isAllowedNavigation\(url, allowedUrl\)\) event\.preventDefault\(\);/);
    // The app's own file, unless --remote-board names the one host its window may show instead.
    expect(main).toMatch(/let allowedUrl = APP_URL;/);
    expect([...main.matchAll(/allowedUrl = /g)].map((m) => main.slice(m.index, main.indexOf(';', m.index)))).toEqual(['allowedUrl = APP_URL', 'allowedUrl = startUrl']);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/);
    expect(main).toMatch(/setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    expect(main).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });

  it('sends the CSP header, loads the built renderer and holds a single-instance lock', () => {
    expect(main).toMatch(/onHeadersReceived\([\s\S]*'Content-Security-Policy': \[CONTENT_SECURITY_POLICY\]/);
    expect(main).toMatch(/loadFile\(INDEX_HTML(\)|, query)/);
    expect(main).toMatch(/path\.join\(__dirname, '\.\.\/renderer'\)/);
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
    expect(main).toMatch(/ipcMain\.handle\(IPC_CALL,/);
    // Every IPC call is a checked seat; its session token stays in the main process.
    expect(main).toMatch(/runCall\(board, method, input, \{ token: seatTokens\.get\(seat\) \?\? null, requireSignIn: false, source: THIS_MACHINE \}\)/);
    expect(main).not.toMatch(/trusted|actor:/);
  });

  it('backs up at quit and offers the latest good backup when the board file is damaged', () => {
    expect(main).toMatch(/backups\.backupNow\('quit'\)/);
    expect(main).toMatch(/err instanceof CorruptDatabaseError/);
  });

  it('binds the browser-seat host to loopback only, with PIN sign-in when asked', () => {
    expect(main).toMatch(/startHost\(\{[^}]*host: '127\.0\.0\.1'/);
    expect(main).toMatch(/startHost\(\{[^}]*requireSignIn: args\.serveSignIn/);
  });

  it('replaces the default menu and guards kiosk windows', () => {
    expect(main).toMatch(/await app\.whenReady\(\);[\s\S]*setMenu\(args\.kiosk\)/);
    expect(main).toMatch(/Menu\.setApplicationMenu\(template \? Menu\.buildFromTemplate\(template\) : null\)/);
    expect(main).toMatch(/if \(kiosk\) guardKiosk\(win\)/);
    expect(main).toMatch(/on\('before-input-event', \(event, input\) => \{\s*if \(win\.isKiosk\(\) && isBlockedInKiosk\(input\)\) event\.preventDefault\(\);/);
    expect(main).toMatch(/on\('close', \(event\) => \{\s*if \(!mayClose\(\{ kiosk: win\.isKiosk\(\), quitting \}\)\) event\.preventDefault\(\);/);
    // Leaving kiosk: the signed-in admin's PIN through the auth service, as the window's own seat.
    expect(main).toMatch(/kioskExit\(callAsSeat\(board, event, 'auth\.unlock', \{ staffId, pin \}\)/);
    expect(main).toMatch(/if \(exit\.ok\) \{\s*win\.setKiosk\(false\);/);
  });
});

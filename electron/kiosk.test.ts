/** The kiosk's decisions: keys it swallows, the menu that replaces Electron's default, closing, and leaving with an admin PIN. */
import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { type KeyInput, applicationMenu, isBlockedInKiosk, kioskExit, mayClose } from './kiosk';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods });
const ctrl = (k: string, mods: Partial<KeyInput> = {}) => key(k, { control: true, ...mods });
const cmd = (k: string, mods: Partial<KeyInput> = {}) => key(k, { meta: true, ...mods });

describe('isBlockedInKiosk', () => {
  it('swallows reload, close, quit, zoom, DevTools, print, save and navigation keys', () => {
    const blocked = [
      key('F5'), ctrl('r'), ctrl('R', { shift: true }), cmd('r'), key('BrowserRefresh'),
      ctrl('w'), cmd('w'), ctrl('q'), cmd('q'), ctrl('F4'), key('F4', { alt: true }),
      ctrl('+'), ctrl('='), ctrl('-'), ctrl('0'), cmd('+'), ctrl('_', { shift: true }),
      key('F12'), ctrl('I', { shift: true }), ctrl('J', { shift: true }), ctrl('C', { shift: true }), cmd('i', { alt: true }),
      ctrl('p'), ctrl('s'), ctrl('o'), ctrl('n'), ctrl('t'), ctrl('u'), cmd('h'), cmd('m'),
      key('F11'), key('ArrowLeft', { alt: true }), key('BrowserBack'),
    ];
    for (const input of blocked) expect(isBlockedInKiosk(input), JSON.stringify(input)).toBe(true);
    expect(isBlockedInKiosk({ ...ctrl('r'), type: 'keyUp' })).toBe(true);
  });

  it("lets through the board's own keys and text editing", () => {
    const allowed = [
      key('ArrowRight'), key('ArrowDown'), key('PageDown'), key(' '), key('Escape'), key('Enter'), key('p'), key('e'), key('1'),
      ctrl('z'), cmd('z'), ctrl('c'), ctrl('v'), ctrl('x'), ctrl('a'), ctrl('ArrowLeft'), ctrl('Backspace'), key('Tab', { shift: true }),
    ];
    for (const input of allowed) expect(isBlockedInKiosk(input), JSON.stringify(input)).toBe(false);
    expect(isBlockedInKiosk({ ...ctrl('r'), type: 'char' })).toBe(false);
  });
});

/** Every role in a menu template, at any depth. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);
}

describe('applicationMenu', () => {
  it('is no menu at all in kiosk mode', () => {
    expect(applicationMenu({ kiosk: true, platform: 'linux' })).toBeNull();
    expect(applicationMenu({ kiosk: true, platform: 'darwin' })).toBeNull();
  });

  it('offers no reload, zoom or DevTools; macOS keeps copy and paste', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const menu = roles(applicationMenu({ kiosk: false, platform })!);
      for (const role of ['reload', 'forceReload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom', 'viewMenu']) expect(menu).not.toContain(role);
      expect(menu).toContain('quit');
    }
    expect(roles(applicationMenu({ kiosk: false, platform: 'darwin' })!)).toEqual(expect.arrayContaining(['copy', 'paste', 'undo']));
  });
});

describe('closing and leaving kiosk mode', () => {
  it('a kiosk window closes only when the app quits', () => {
    expect(mayClose({ kiosk: true, quitting: false })).toBe(false);
    expect(mayClose({ kiosk: true, quitting: true })).toBe(true);
    expect(mayClose({ kiosk: false, quitting: false })).toBe(true);
  });

  const session = (level: 'admin' | 'schedule') => ({
    ok: true as const,
    result: { person: { id: 1, name: 'Dana Whitfield', initials: 'DW', level }, signInRequired: false, needsSetup: false, setupCodeRequired: false, autoLockMinutes: 5, privacyWhenLocked: false },
  });

  it("only an admin's PIN leaves; a wrong PIN says what the auth service said", () => {
    expect(kioskExit(session('admin'))).toEqual({ ok: true });
    expect(kioskExit(session('schedule'))).toEqual({ ok: false, message: 'Only an admin can leave kiosk mode; Dana Whitfield is signed in now.' });
    expect(kioskExit({ ok: false, error: { code: 'validation', message: 'Wrong PIN. 4 tries left.' } })).toEqual({ ok: false, message: 'Wrong PIN. 4 tries left.' });
  });
});

describe('packaging', () => {
  it('flips the Electron fuses: no running as Node, no NODE_OPTIONS or inspector, the app only from its checked asar', () => {
    // The `electronFuses:` block of electron-builder.yml, read as its indented `name: true|false` lines.
    const config = fs.readFileSync(path.join(__dirname, '../electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(config)?.[1] ?? '';
    const fuses = Object.fromEntries([...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});

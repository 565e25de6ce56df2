/**
 * The wall screen's kiosk, as pure decisions the main process applies (no runtime
 * `electron` import, so they are unit-tested under plain Node): which keys a kiosk
 * swallows, which menu a window gets, whether it may close, and whether a PIN lets
 * someone take the window out of kiosk mode.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ApiResponse } from '../shared/api';
import type { KioskExit } from '../shared/bridge';
import type { SessionState } from '../shared/trust';

/** What `before-input-event` reports of a key (Electron's `Input`). */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** With Ctrl (Cmd): the editing keys a kiosk keeps (the board's Undo is Ctrl+Z). */
const EDITING_KEYS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);

/**
 * Whether a kiosk swallows this key: reload (F5, Ctrl+R), close and quit (Ctrl+W,
 * Ctrl+Q, Ctrl+F4, Alt+F4), zoom (Ctrl with + - = 0), DevTools (F12, Ctrl+Shift+I/J/C),
 * print, save, open, new window, view source, back and forward. Every other Ctrl (Cmd)
 * shortcut on a character goes too, except the editing ones; arrows, Space, PageUp and
 * PageDown, letters alone (the meeting's keys) pass.
 */
export function isBlockedInKiosk(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown' && input.type !== 'keyUp') return false;
  const key = input.key;
  if (/^F\d{1,2}$/.test(key)) return true;
  if (/^Browser(Back|Forward|Refresh|Home|Search|Favorites|Stop)$/.test(key)) return true;
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return true;
  if (input.control || input.meta) {
    if (key.length !== 1) return false; // Ctrl+arrows, Ctrl+Backspace: text editing
    return input.shift || input.alt || !EDITING_KEYS.has(key.toLowerCase());
  }
  return false;
}

/**
 * The application menu in place of Electron's default one (which offers reload, zoom and
 * DevTools): none at all in kiosk mode; otherwise quitting, the editing commands macOS
 * needs for copy and paste, and the window commands.
 */
export function applicationMenu({ kiosk, platform }: { kiosk: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] | null {
  if (kiosk) return null;
  const windowMenu: MenuItemConstructorOptions = { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'togglefullscreen' }, { role: 'close' }] };
  if (platform !== 'darwin') return [{ label: 'File', submenu: [{ role: 'quit' }] }, windowMenu];
  return [
    { label: 'ACT Board', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    windowMenu,
  ];
}

/** A kiosk window closes only when the app is quitting (shutdown, log-off) or has left kiosk mode. */
export function mayClose({ kiosk, quitting }: { kiosk: boolean; quitting: boolean }): boolean {
  return quitting || !kiosk;
}

/**
 * Whether an unlock (the auth service's, so wrong PINs count and lock out as anywhere)
 * lets the window leave kiosk mode: only an admin's PIN does.
 */
export function kioskExit(unlock: ApiResponse<SessionState>): KioskExit {
  if (!unlock.ok) return { ok: false, message: unlock.error.message };
  const person = unlock.result.person;
  if (person?.level === 'admin') return { ok: true };
  return { ok: false, message: `Only an admin can leave kiosk mode${person ? `; ${person.name} is signed in now` : ''}.` };
}

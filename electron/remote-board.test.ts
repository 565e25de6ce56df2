import { describe, expect, it } from 'vitest';
import { parseShellArgs } from './args';
import { parseRemoteBoard, remoteStartUrl, unreachableMessage, unreachablePage } from './remote-board';
import { loginItemSettings } from './wall-shell';
import { isAllowedNavigation, windowOptions } from './window-options';

describe('the desktop app on a remote host (--remote-board)', () => {
  it("takes the host's address only, with no credentials or path", () => {
    expect(parseRemoteBoard('https://board-a.agency.example:4781/')).toBe('https://board-a.agency.example:4781');
    expect(parseRemoteBoard('http://10.0.0.5:4780')).toBe('http://10.0.0.5:4780');
    expect(() => parseRemoteBoard('board-a.agency.example')).toThrow(/not a web address/);
    expect(() => parseRemoteBoard('file:///srv/board')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parseRemoteBoard('https://admin:1001@board-a.agency.example')).toThrow(/sign in with their PIN/);
    expect(() => parseRemoteBoard('https://board-a.agency.example/api/call/x')).toThrow(/address only/);
  });

  it('opens the wall in a kiosk, and lets the window go nowhere but that host', () => {
    const origin = 'https://board-a.agency.example:4781';
    expect(remoteStartUrl(origin, true)).toBe(`${origin}/?view=wall`);
    expect(remoteStartUrl(origin, false)).toBe(`${origin}/`);
    expect(isAllowedNavigation(`${origin}/?view=wall`, remoteStartUrl(origin, true))).toBe(true);
    expect(isAllowedNavigation('https://board-b.agency.example:4781/', remoteStartUrl(origin, true))).toBe(false);
    expect(isAllowedNavigation('http://board-a.agency.example:4781/', remoteStartUrl(origin, true))).toBe(false);
  });

  it('gives a remote page no preload bridge, with every other security setting as for the local board', () => {
    const remote = windowOptions({ preloadPath: undefined, packaged: true, kiosk: true });
    const local = windowOptions({ preloadPath: '/app/preload.js', packaged: true, kiosk: true });
    expect(remote.webPreferences?.preload).toBeUndefined();
    expect({ ...remote.webPreferences, preload: 'x' }).toEqual({ ...local.webPreferences, preload: 'x' });
  });

  it('is a switch of its own: no local board, no serving, no demo beside it', () => {
    expect(parseShellArgs(['--kiosk', '--remote-board', 'https://board-a.agency.example:4781'])).toMatchObject({
      kiosk: true,
      remoteBoard: 'https://board-a.agency.example:4781',
    });
    expect(() => parseShellArgs(['--remote-board', 'https://b.example', '--data-dir', '/srv/x'])).toThrow(/--remote-board opens another host's board/);
    expect(() => parseShellArgs(['--remote-board', 'https://b.example', '--serve-port', '4780'])).toThrow(/--remote-board opens another host's board/);
    expect(() => parseShellArgs(['--remote-board', 'https://b.example', '--demo'])).toThrow(/--remote-board opens another host's board/);
    expect(() => parseShellArgs(['--remote-board', 'b.example'])).toThrow(/not a web address/);
  });

  it('starts at login on the same remote board', () => {
    expect(loginItemSettings(true, true, 'https://b.example')).toEqual({ openAtLogin: true, args: ['--kiosk', '--remote-board', 'https://b.example'] });
    expect(loginItemSettings(true, true)).toEqual({ openAtLogin: true, args: ['--kiosk'] });
    expect(loginItemSettings(false, true, 'https://b.example')).toEqual({ openAtLogin: false, args: [] });
  });

  it('says which board and that it is not connected when the host cannot be reached, and never takes a bad certificate', () => {
    const origin = 'https://board-a.agency.example:4781';
    expect(unreachableMessage(origin, 'ERR_CONNECTION_REFUSED')).toBe(
      'Not connected. This screen shows the board on https://board-a.agency.example:4781, but it does not answer (ERR_CONNECTION_REFUSED); check the network, or whether the host runs. Trying again every 10 seconds.',
    );
    expect(unreachableMessage(origin, 'ERR_CERT_AUTHORITY_INVALID')).toMatch(/certificate is not valid/);
    const page = decodeURIComponent(unreachablePage(origin, '<script>alert(1)</script>'));
    expect(page).toMatch(/^data:text\/html/);
    expect(page).not.toContain('<script>');
    expect(page).toContain('board-a.agency.example:4781');
  });
});

/**
 * Which machine's board this page shows, when it is another machine's (a browser seat, or
 * the desktop app with --remote-board): the wall and the top bar name it beside the live
 * state, so a screen never leaves anyone guessing whose board, and whether it is current.
 */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function remoteBoardHost(location: Pick<Location, 'protocol' | 'hostname' | 'host'>, bridged: boolean): string | null {
  if (bridged) return null; // the desktop app on its own board file
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return null;
  if (LOOPBACK.has(location.hostname)) return null;
  return location.host;
}

/** For this page. */
export const boardHost = (): string | null => remoteBoardHost(window.location, window.board !== undefined);

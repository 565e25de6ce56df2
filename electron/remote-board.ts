/**
 * The desktop app on a remote host (issue 17): `--remote-board https://board-a.agency.example:4781`
 * opens that host's board instead of a board file on this PC. Pure decisions, unit-tested
 * under plain Node; main.ts applies them.
 *
 * The window loads the host's own pages (the same renderer browser seats get), so seats
 * sign in with their PIN as on the LAN (the host asks every seat beyond its own machine),
 * and the page says which host it shows and whether its live link is up (renderer/src/board-source.ts).
 * No preload bridge is given to a remote page: it talks to its host over HTTP only.
 */

/** The host's origin from what the admin typed; a plain message for anything else. */
export function parseRemoteBoard(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`--remote-board "${text}" is not a web address; give the host's, such as https://board-a.agency.example:4781`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`--remote-board must be an http:// or https:// address, not ${url.protocol}`);
  if (url.username || url.password) throw new Error('--remote-board must not carry a name or password: seats sign in with their PIN');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`--remote-board takes the host's address only (${url.origin}), with no path`);
  }
  return url.origin;
}

/** The page the window opens: the wall for a kiosk, the desk view otherwise. */
export function remoteStartUrl(origin: string, kiosk: boolean): string {
  return kiosk ? `${origin}/?view=wall` : `${origin}/`;
}

/** How often a window that cannot reach its host tries again. */
export const RETRY_REMOTE_MS = 10_000;

/** What the window says while the host cannot be reached (a bad certificate included: it is never accepted). */
export function unreachableMessage(origin: string, error: string): string {
  const why = /CERT/i.test(error)
    ? `its certificate is not valid (${error}); ask IT to fix it or check the address`
    : `it does not answer (${error}); check the network, or whether the host runs`;
  return `Not connected. This screen shows the board on ${origin}, but ${why}. Trying again every ${RETRY_REMOTE_MS / 1000} seconds.`;
}

/** A self-contained page for that message (no scripts, nothing fetched). */
export function unreachablePage(origin: string, error: string): string {
  const text = unreachableMessage(origin, error).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html =
    '<!doctype html><meta charset="utf-8"><title>ACT Board: not connected</title>' +
    '<body style="font:32px system-ui,sans-serif;background:#0f172a;color:#fde68a;margin:10vh 8vw">' +
    `<h1>ACT Board</h1><p role="alert">${text}</p></body>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

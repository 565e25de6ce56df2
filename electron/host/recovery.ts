/**
 * The recovery page: when the board file fails its integrity check the host serves this
 * instead of the board (never a blank app). After an admin PIN (checked against the
 * admins of the latest good backup) it lists the backups, newest good first, and
 * restores the one chosen; the damaged file is kept beside it.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RecoveryCandidate, adminPinHashes, recoveryCandidates, restoreForRecovery } from '../../db/recovery';
import { GuessThrottle, waitInWords } from '../../db/service/guess-throttle';
import { verifyPin } from '../../db/service/pins';
import { allowedHostNames, isAllowedHost } from './allowed-hosts';
import { BadRequest, isSameOrigin, readBody, readCookie, requestUrl, sourceOf } from './request';

export interface RecoveryOptions {
  port: number;
  host: string;
  /** More names seats may use for this host (`--allow-host`). */
  allowHosts?: readonly string[];
  dataDir: string;
  problem: string;
  /** Called after a restore, once the page has answered: start the board. */
  onRestored(): void;
}

const CSP = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** A recovery sign-in lasts this long. */
const SESSION_MS = 15 * 60_000;
const MAX_FORM_BYTES = 10_000;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TITLE = 'ACT Board: the board file is damaged';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

const problemText = (problem: string) =>
  `<p role="alert">The board file failed its integrity check, so the board did not start: ${escapeHtml(problem)}</p>`;

export function recoveryPage(problem: string, candidates: RecoveryCandidate[]): string {
  const good = candidates.filter((c) => c.ok);
  const rows = candidates
    .map(
      (c) => `<li>${escapeHtml(c.at.replace('T', ' ').slice(0, 19))} UTC, ${escapeHtml(c.reason)}, ${Math.round(c.bytes / 1024)} KiB
      ${c.ok ? `<form method="post" action="/recovery/restore"><input type="hidden" name="path" value="${escapeHtml(c.path)}">
      <button type="submit">Restore this backup</button></form>` : `<strong>damaged</strong> (${escapeHtml(c.detail)})`}</li>`,
    )
    .join('');
  return page(
    TITLE,
    `${problemText(problem)}
    <p>${good.length ? `The latest good backup is from ${escapeHtml(good[0]!.at.replace('T', ' ').slice(0, 16))} UTC. Restoring it keeps the damaged file beside it (renamed), so nothing is deleted.` : 'No good backup was found in the backup folder. Copy a backup into it, then reload this page.'}</p>
    <ol>${rows}</ol>`,
  );
}

function pinPage(problem: string, note = ''): string {
  return page(
    TITLE,
    `${problemText(problem)}
    <p>An admin restores the board from a backup. Type an admin PIN (as it was in the latest good backup) to see the backups.</p>
    ${note}
    <form method="post" action="/recovery/unlock">
      <label>Admin PIN <input type="password" name="pin" inputmode="numeric" autocomplete="off" required></label>
      <button type="submit">Show the backups</button>
    </form>`,
  );
}

/** Who may see and restore the backups: admins of the latest good backup by PIN; with no admin there, this machine only. */
type Gate = { kind: 'pin'; hashes: string[] } | { kind: 'this-machine' } | { kind: 'nothing-to-restore' };

function gateFor(candidates: RecoveryCandidate[]): Gate {
  const latest = candidates.find((c) => c.ok);
  if (!latest) return { kind: 'nothing-to-restore' };
  const hashes = adminPinHashes(latest.path);
  return hashes.length ? { kind: 'pin', hashes } : { kind: 'this-machine' };
}

export function startRecoveryHost(opts: RecoveryOptions): Promise<{ url: string; close(): Promise<void> }> {
  let origin = '';
  let actualPort = 0;
  const hostNames = allowedHostNames(opts.host, opts.allowHosts);
  const sessions = new Map<string, number>(); // token -> expires (epoch ms)
  const guesses = new GuessThrottle();
  const cookieName = () => `act_board_recovery_${actualPort}`;

  const send = (res: http.ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', extra: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY', ...extra });
    res.end(body);
  };
  const signedIn = (req: http.IncomingMessage) => {
    const token = readCookie(req.headers.cookie, cookieName());
    const expires = token === null ? undefined : sessions.get(token);
    return expires !== undefined && expires > Date.now();
  };
  const mayRestore = (req: http.IncomingMessage, gate: Gate) =>
    gate.kind === 'this-machine' ? sourceOf(req).local : gate.kind === 'pin' && signedIn(req);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, hostNames, actualPort)) return send(res, 403, 'This host does not answer to that name.', 'text/plain');
    const url = requestUrl(req, origin);
    if (url.pathname.startsWith('/api/')) {
      return send(res, 503, JSON.stringify({ ok: false, error: { code: 'internal', message: `The board file is damaged: open ${origin} to restore a backup.` } }), 'application/json');
    }
    const candidates = recoveryCandidates(opts.dataDir);
    const gate = gateFor(candidates);
    if (req.method === 'POST') {
      if (!isSameOrigin(req)) return send(res, 403, page('Refused', '<p>Cross-origin request refused.</p>'));
      const form = new URLSearchParams(await readBody(req, MAX_FORM_BYTES).catch(() => ''));
      if (url.pathname === '/recovery/unlock') return unlock(req, res, gate, form.get('pin') ?? '');
      if (url.pathname === '/recovery/restore') return restore(req, res, gate, candidates, form.get('path'));
      return send(res, 404, page('Not found', '<p><a href="/">Back</a></p>'));
    }
    if (gate.kind === 'nothing-to-restore' || mayRestore(req, gate)) return send(res, 503, recoveryPage(opts.problem, candidates));
    if (gate.kind === 'this-machine') {
      return send(res, 503, page(TITLE, `${problemText(opts.problem)}<p>The backups hold no admin PIN, so the board can be restored only on the machine that runs the host.</p>`));
    }
    send(res, 503, pinPage(opts.problem));
  }

  function unlock(req: http.IncomingMessage, res: http.ServerResponse, gate: Gate, pin: string): void {
    if (gate.kind !== 'pin') return send(res, 303, '', 'text/plain', { Location: '/' });
    const source = sourceOf(req).address;
    const now = Date.now();
    const until = guesses.blockedUntil(source, now);
    if (until !== null) return send(res, 429, pinPage(opts.problem, `<p role="alert">Too many wrong PINs from this computer. Try again ${waitInWords(until, now)}.</p>`));
    if (!gate.hashes.some((h) => verifyPin(pin, h))) {
      guesses.failed(source, now);
      return send(res, 401, pinPage(opts.problem, '<p role="alert">That is not an admin PIN of the latest good backup.</p>'));
    }
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, now + SESSION_MS);
    send(res, 303, '', 'text/plain', { Location: '/', 'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/` });
  }

  function restore(req: http.IncomingMessage, res: http.ServerResponse, gate: Gate, candidates: RecoveryCandidate[], chosen: string | null): void {
    if (!mayRestore(req, gate)) return send(res, 401, pinPage(opts.problem, '<p role="alert">Type an admin PIN first.</p>'));
    const known = candidates.find((c) => c.path === chosen && c.ok);
    if (!known) return send(res, 400, page('Not restored', '<p>That backup is not one of the good backups listed. <a href="/">Back</a></p>'));
    try {
      const kept = restoreForRecovery(opts.dataDir, known.path);
      sessions.clear();
      send(res, 200, page('Restored', `<p role="status">The board was restored from the backup of ${escapeHtml(known.at.slice(0, 16).replace('T', ' '))} UTC. The damaged file was kept as ${escapeHtml(kept)}.</p><p><a href="/">Open the board</a> (give it a few seconds to start).</p>`));
      res.on('finish', () => opts.onRestored());
    } catch (err) {
      send(res, 500, page('Not restored', `<p role="alert">${escapeHtml(err instanceof Error ? err.message : String(err))}</p><p><a href="/">Back</a></p>`));
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return;
      if (err instanceof BadRequest) return send(res, 400, page('Bad request', '<p>The request was malformed. <a href="/">Back</a></p>'));
      console.error('[recovery] request failed:', err);
      send(res, 500, page('Error', '<p>Something went wrong. <a href="/">Back</a></p>'));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      actualPort = (server.address() as AddressInfo).port;
      origin = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${actualPort}`;
      resolve({
        url: origin,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

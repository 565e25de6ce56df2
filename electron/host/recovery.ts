/**
 * The recovery page: when the board file fails its integrity check the host serves this
 * instead of the board (never a blank app). It lists the backups, newest good first,
 * and restores the one chosen; the damaged file is kept beside it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { recoveryCandidates, restoreForRecovery } from '../../db/recovery';

export interface RecoveryOptions {
  port: number;
  host: string;
  dataDir: string;
  problem: string;
  /** Called after a restore, once the page has answered: start the board. */
  onRestored(): void;
}

const CSP = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function recoveryPage(problem: string, dataDir: string): string {
  const candidates = recoveryCandidates(dataDir);
  const good = candidates.filter((c) => c.ok);
  const rows = candidates
    .map(
      (c) => `<li>${escapeHtml(c.at.replace('T', ' ').slice(0, 19))} UTC, ${escapeHtml(c.reason)}, ${Math.round(c.bytes / 1024)} KiB
      ${c.ok ? `<form method="post" action="/recovery/restore"><input type="hidden" name="path" value="${escapeHtml(c.path)}">
      <button type="submit">Restore this backup</button></form>` : `<strong>damaged</strong> (${escapeHtml(c.detail)})`}</li>`,
    )
    .join('');
  return page(
    'ACT Board: the board file is damaged',
    `<p role="alert">The board file failed its integrity check, so the board did not start: ${escapeHtml(problem)}</p>
    <p>${good.length ? `The latest good backup is from ${escapeHtml(good[0]!.at.replace('T', ' ').slice(0, 16))} UTC. Restoring it keeps the damaged file beside it (renamed), so nothing is deleted.` : 'No good backup was found in the backup folder. Copy a backup into it, then reload this page.'}</p>
    <ol>${rows}</ol>`,
  );
}

export function startRecoveryHost(opts: RecoveryOptions): Promise<{ url: string; close(): Promise<void> }> {
  let origin = '';
  const send = (res: http.ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      return send(res, 503, JSON.stringify({ ok: false, error: { code: 'internal', message: `The board file is damaged: open ${origin} to restore a backup.` } }), 'application/json');
    }
    if (req.method === 'POST' && url.pathname === '/recovery/restore') {
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, page('Refused', '<p>Cross-origin request refused.</p>'));
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8').slice(0, 10_000)));
      req.on('end', () => {
        const chosen = new URLSearchParams(body).get('path');
        const known = recoveryCandidates(opts.dataDir).find((c) => c.path === chosen && c.ok);
        if (!known) return send(res, 400, page('Not restored', '<p>That backup is not one of the good backups listed. <a href="/">Back</a></p>'));
        try {
          const kept = restoreForRecovery(opts.dataDir, known.path);
          send(res, 200, page('Restored', `<p role="status">The board was restored from the backup of ${escapeHtml(known.at.slice(0, 16).replace('T', ' '))} UTC. The damaged file was kept as ${escapeHtml(kept)}.</p><p><a href="/">Open the board</a> (give it a few seconds to start).</p>`));
          res.on('finish', () => opts.onRestored());
        } catch (err) {
          send(res, 500, page('Not restored', `<p role="alert">${escapeHtml(err instanceof Error ? err.message : String(err))}</p><p><a href="/">Back</a></p>`));
        }
      });
      return;
    }
    send(res, 503, recoveryPage(opts.problem, opts.dataDir));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
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

/**
 * The board host: serves the renderer to browser seats, forwards API calls to the
 * Board service over HTTP and pushes change events with server-sent events.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { awaitsIntegrityCheck } from '../../db/open';
import type { BoardService } from '../../db/service/board-service';
import type { ChangeMark } from '../../shared/first-reads';
import { CONTENT_SECURITY_POLICY } from '../security';
import { firstReadsBlock, firstReadsFor, splitBeforeEnd } from './first-reads';
import { HealthCheck } from './health';
import { allowedHostNames, isAllowedHost, isLoopback } from './allowed-hosts';
import { BadRequest, decodePart, discardBody, isSameOrigin, readBody, readCookie, requestUrl, sourceOf } from './request';
import { staticFiles } from './static-files';
import { type Seat, refusalBeforeInput, runCall } from './transport';

export interface HostOptions {
  service: BoardService;
  port: number;
  host?: string;
  /** The built renderer (vite build output). */
  staticDir: string;
  /** Every seat must sign in with a PIN, even to read. Default: when listening beyond this machine. */
  requireSignIn?: boolean;
  /** More names seats may use for this host (`--allow-host`), beside loopback names and the address served. */
  allowHosts?: readonly string[];
  /** `GET /health` for monitoring (no PIN: it holds no names). Default: the board file alone. */
  health?: HealthCheck;
}

/** The session cookie: HttpOnly (page scripts never see it), SameSite=Strict, one per host port. */
export const sessionCookieName = (port: number) => `act_board_session_${port}`;

function sessionCookie(name: string, token: string | null): string {
  return token === null
    ? `${name}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`
    : `${name}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 1_000_000;
const HEARTBEAT_MS = 15_000;
/** Open event streams, in all and from one address: enough for every seat of a team, not for a flood. */
export const MAX_STREAMS = 256;
export const MAX_STREAMS_PER_SOURCE = 32;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json', extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

const refusal = (message: string) => JSON.stringify({ ok: false, error: { code: 'validation', message } });

interface Stream {
  /** The session it was opened with: it closes when that session ends. */
  token: string | null;
  source: string;
}

export function startHost({
  service,
  port,
  host = '127.0.0.1',
  staticDir,
  requireSignIn = !isLoopback(host),
  allowHosts = [],
  health = new HealthCheck(() => service.db),
}: HostOptions): Promise<RunningHost> {
  const staticFile = staticFiles(staticDir);
  const streams = new Map<http.ServerResponse, Stream>();
  // Out of the map first: a stream that was ended must never be written to again (the host would crash).
  const endStream = (s: http.ServerResponse) => {
    streams.delete(s);
    s.end();
  };
  const broadcast = (frame: string) => {
    for (const s of streams.keys()) if (!s.writableEnded) s.write(frame);
  };
  // Where the change events stand (shared/first-reads.ts): a page whose first reads were made at
  // the mark its live link opens at has missed no change.
  const started = randomUUID();
  let changes = 0;
  const changeMark = (): ChangeMark => `${started}:${changes}`;
  const stopListening = service.onChange((event) => {
    changes += 1;
    broadcast(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const stopWatchingSessions = service.sessions.onEnded((token) => {
    for (const [s, stream] of streams) if (stream.token === token) endStream(s);
  });
  const heartbeat = setInterval(() => {
    try {
      service.sweepSessions();
    } catch (err) {
      console.error('[host] sweeping sessions failed:', err); // e.g. mid-restore; the next beat tries again
    }
    // A named event, not a comment: a seat that hears nothing for a while knows its stream went quiet.
    broadcast('event: heartbeat\ndata: {}\n\n');
  }, HEARTBEAT_MS);

  const hostNames = allowedHostNames(host, allowHosts);
  let origin = '';
  let actualPort = 0;
  let cookieName = '';
  const seatOf = (req: http.IncomingMessage): Seat => ({ token: readCookie(req.headers.cookie, cookieName), requireSignIn, source: sourceOf(req) });
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (err instanceof BadRequest) {
        discardBody(req, MAX_BODY_BYTES);
        if (!res.headersSent) send(res, 400, refusal('The request was malformed (a bad % escape or cookie).'));
        return;
      }
      console.error('[host] request failed:', err);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: 'Host error' } }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Every request, the event stream included: only the names of this host (no DNS rebinding).
    if (!isAllowedHost(req.headers.host, hostNames, actualPort)) {
      discardBody(req, MAX_BODY_BYTES);
      return send(res, 403, 'This board host does not answer to that name.', 'text/plain');
    }
    const url = requestUrl(req, origin);
    if (url.pathname.startsWith('/api/call/')) return apiCall(req, res, decodePart(url.pathname.slice('/api/call/'.length)));
    if (url.pathname === '/api/events') return openStream(req, res);
    if (url.pathname === '/health') return healthReport(req, res, health);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    serveStatic(decodePart(url.pathname), url, req, res);
  }

  async function apiCall(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, refusal('Use POST.'));
    // Only pages served by this host may call it: no other site can drive the board.
    if (!isSameOrigin(req)) return send(res, 403, refusal('Cross-origin call refused.'));
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, refusal('Send JSON.'));
    const seat = seatOf(req);
    // A seat that may not call this method is answered before its body is read.
    const refused = refusalBeforeInput(service, method, seat);
    if (refused && !refused.ok) {
      discardBody(req, MAX_BODY_BYTES);
      return send(res, statusFor(refused.error.code), JSON.stringify(refused));
    }
    let input: unknown;
    try {
      const body = await readBody(req, MAX_BODY_BYTES);
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return send(res, 400, refusal('The request was not valid JSON or was too large.'));
    }
    let { response, session } = runCall(service, method, input, seat);
    if (!response.ok && response.error.code === 'conflict' && awaitsIntegrityCheck(service.db)) {
      // Refused while the board file is checked after start (db/integrity-check.ts): nothing was
      // written; once the check has passed, the call runs again.
      await service.integrity.catch(() => undefined);
      ({ response, session } = runCall(service, method, input, seat));
    }
    const headers = session === undefined ? {} : { 'Set-Cookie': sessionCookie(cookieName, session) };
    return send(res, response.ok ? 200 : statusFor(response.error.code), JSON.stringify(response), 'application/json', headers);
  }

  function healthReport(req: http.IncomingMessage, res: http.ServerResponse, check: HealthCheck): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refusal('Use GET.'), 'application/json', { Allow: 'GET' });
    const report = check.report();
    send(res, report.status === 'ok' ? 200 : 503, JSON.stringify(report));
  }

  function openStream(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET') return send(res, 405, refusal('Use GET.'), 'application/json', { Allow: 'GET' });
    const seat = seatOf(req);
    const status = runCall(service, 'auth.status', {}, seat).response;
    const person = status.ok ? (status.result as { person: unknown }).person : null;
    if (requireSignIn && !person) return send(res, 401, '{"ok":false,"error":{"code":"locked","message":"Sign in with your PIN."}}');
    const fromSource = [...streams.values()].filter((s) => s.source === seat.source.address).length;
    if (streams.size >= MAX_STREAMS || fromSource >= MAX_STREAMS_PER_SOURCE) {
      return send(res, 503, refusal('Too many open connections; try again shortly.'), 'application/json', { 'Retry-After': '30' });
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(`retry: 1000\n\nevent: hello\ndata: ${JSON.stringify({ asOf: changeMark() })}\n\n`);
    streams.set(res, { token: person ? seat.token : null, source: seat.source.address });
    res.on('close', () => streams.delete(res));
  }

  function serveStatic(pathname: string, url: URL, req: http.IncomingMessage, res: http.ServerResponse): void {
    const found = staticFile(pathname, req.headers['accept-encoding']);
    if (found === null) return send(res, 404, 'Not found', 'text/plain');
    if (found === undefined) return send(res, 500, 'The renderer is not built: run `npm run build` first.', 'text/plain');
    // The board page (not the wall's or paper's) comes with its first reads: no round trips before it draws.
    if (found.type.startsWith('text/html') && !url.searchParams.has('view') && req.method === 'GET') return serveBoardPage(found.body.toString('utf8'), seatOf(req), res);
    send(res, 200, found.body as unknown as string, found.type, found.headers);
  }

  function serveBoardPage(html: string, seat: Seat, res: http.ServerResponse): void {
    const [start, end] = splitBeforeEnd(html);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    res.write(start);
    setImmediate(() => {
      if (res.destroyed) return;
      let block = '';
      try {
        block = firstReadsBlock(firstReadsFor(service, seat), changeMark());
      } catch (err) {
        console.error('[host] the first reads failed; the page reads for itself:', err);
      }
      res.end(block + end);
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      actualPort = (server.address() as AddressInfo).port;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
      cookieName = sessionCookieName(actualPort);
      resolve({
        url: origin,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(heartbeat);
            stopListening();
            stopWatchingSessions();
            for (const s of streams.keys()) endStream(s);
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function statusFor(code: string): number {
  const statuses: Record<string, number> = { validation: 400, locked: 401, forbidden: 403, not_found: 404, conflict: 409 };
  return statuses[code] ?? 500;
}

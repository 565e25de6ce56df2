/**
 * The board host: serves the renderer to browser seats, forwards API calls to the
 * Board service over HTTP and pushes change events with server-sent events.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BoardService } from '../../db/service/board-service';
import { CONTENT_SECURITY_POLICY } from '../security';
import { runCall } from './transport';

export interface HostOptions {
  service: BoardService;
  port: number;
  host?: string;
  /** The built renderer (vite build output). */
  staticDir: string;
  /** Every seat must sign in with a PIN, even to read. Default: when listening beyond this machine. */
  requireSignIn?: boolean;
}

/** Addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** The session cookie: HttpOnly (page scripts never see it), SameSite=Strict, one per host port. */
export const sessionCookieName = (port: number) => `act_board_session_${port}`;

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

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

/** Drained up to this size so the sender gets an answer; beyond it the connection is cut. */
const MAX_DRAIN_BYTES = 20 * MAX_BODY_BYTES;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export function startHost({ service, port, host = '127.0.0.1', staticDir, requireSignIn = !isLoopback(host) }: HostOptions): Promise<RunningHost> {
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = service.onChange((event) => {
    const frame = `event: change\ndata: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const s of streams) s.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);

  let origin = '';
  let cookieName = '';
  const seatOf = (req: http.IncomingMessage) => ({ token: readCookie(req.headers.cookie, cookieName), requireSignIn });
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[host] request failed:', err);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: 'Host error' } }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') return send(res, 405, '{"ok":false,"error":{"code":"validation","message":"Use POST."}}');
      // Only pages served by this host may call it: no other site can drive the board.
      // In LAN mode seats reach the host by its network name; their cookies (SameSite=Strict) prove the rest.
      const sameOrigin = req.headers.origin === origin || (requireSignIn && req.headers.origin === `http://${req.headers.host}`);
      if (req.headers.origin !== undefined && !sameOrigin) return send(res, 403, '{"ok":false,"error":{"code":"validation","message":"Cross-origin call refused."}}');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, '{"ok":false,"error":{"code":"validation","message":"Send JSON."}}');
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, '{"ok":false,"error":{"code":"validation","message":"The request was not valid JSON or was too large."}}');
      }
      const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      const { response, session } = runCall(service, method, input, seatOf(req));
      const headers = session === undefined ? {} : { 'Set-Cookie': sessionCookie(cookieName, session) };
      return send(res, response.ok ? 200 : statusFor(response.error.code), JSON.stringify(response), 'application/json', headers);
    }
    if (url.pathname === '/api/events') {
      if (requireSignIn) {
        const status = runCall(service, 'auth.status', {}, seatOf(req)).response;
        if (!status.ok || !(status.result as { person: unknown }).person) {
          return send(res, 401, '{"ok":false,"error":{"code":"locked","message":"Sign in with your PIN."}}');
        }
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    const root = path.resolve(staticDir);
    let file = path.resolve(root, '.' + decodeURIComponent(pathname));
    if (!file.startsWith(root)) return send(res, 404, 'Not found', 'text/plain');
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    if (!fs.existsSync(file)) {
      return send(res, 500, 'The renderer is not built: run `npm run build` first.', 'text/plain');
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    send(res, 200, fs.readFileSync(file) as unknown as string, type);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      origin = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
      cookieName = sessionCookieName(actual);
      resolve({
        url: origin,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(heartbeat);
            unsubscribe();
            for (const s of streams) s.end();
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

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
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;
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

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHost({ service, port, host = '127.0.0.1', staticDir }: HostOptions): Promise<RunningHost> {
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = service.onChange((event) => {
    const frame = `event: change\ndata: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const s of streams) s.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);

  let origin = '';
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
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, '{"ok":false,"error":{"code":"validation","message":"Cross-origin call refused."}}');
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
      const actor = `seat ${req.socket.remoteAddress ?? '?'}`;
      const response = runCall(service, method, input, actor);
      return send(res, response.ok ? 200 : statusFor(response.error.code), JSON.stringify(response));
    }
    if (url.pathname === '/api/events') {
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
  return code === 'validation' ? 400 : code === 'not_found' ? 404 : code === 'conflict' ? 409 : 500;
}

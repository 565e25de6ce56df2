/** Reading what a browser sent, for the board host and the recovery page alike. */
import type http from 'node:http';
import { isLoopback } from './allowed-hosts';

/** The request itself is malformed (a bad `%` escape, say): answered 400, never 500. */
export class BadRequest extends Error {}

export function decodePart(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new BadRequest(`Malformed escape in "${s.slice(0, 40)}"`);
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodePart(part.slice(eq + 1).trim());
  }
  return null;
}

/** A page's own calls: no Origin (not a browser), or the origin of the (allowed) name it used. */
export function isSameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin.toLowerCase() === `http://${String(req.headers.host).toLowerCase()}`;
}

/** Where a request comes from. A proxy on this machine (it says so in its headers) is not this machine. */
export function sourceOf(req: http.IncomingMessage): { address: string; local: boolean } {
  const address = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
  const forwarded = ['forwarded', 'x-forwarded-for', 'x-real-ip'].some((h) => req.headers[h] !== undefined);
  return { address, local: isLoopback(address) && !forwarded };
}

/** Drained up to this multiple of the limit so the sender gets an answer; beyond it the connection is cut. */
const DRAIN_FACTOR = 20;

/** The body as text; rejects when it is larger than `maxBytes`. */
export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= maxBytes) chunks.push(c);
      else if (size > DRAIN_FACTOR * maxBytes) req.destroy();
    });
    req.on('end', () => (size > maxBytes ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** Throws away a body the host will not read (the call was refused first), up to the same limit. */
export function discardBody(req: http.IncomingMessage, maxBytes: number): void {
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > DRAIN_FACTOR * maxBytes) req.destroy();
  });
  req.resume();
}

export function requestUrl(req: http.IncomingMessage, base: string): URL {
  try {
    return new URL(req.url ?? '/', base);
  } catch {
    throw new BadRequest('Malformed request target');
  }
}

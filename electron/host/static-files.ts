/**
 * The built renderer's files for browser seats. Vite names each asset by its content, so a
 * seat's browser may keep them (and the code compiled from them) for good: a seat that has
 * opened the board before starts from its own cache. index.html is asked for every time, so
 * a new build is picked up. Each asset is gzipped once, off the event loop after its first
 * request, for seats on the team's network.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticFile {
  body: Buffer;
  type: string;
  headers: http.OutgoingHttpHeaders;
}

/** What is served for each path under `staticDir`; null for a path outside it, undefined when the renderer is not built. */
export function staticFiles(staticDir: string): (pathname: string, acceptEncoding: string | undefined) => StaticFile | null | undefined {
  const root = path.resolve(staticDir);
  /** Gzipped assets, by file and version (a rebuild while the host runs gives new names, or new times). */
  const gzipped = new Map<string, Buffer | 'pending'>();
  const compress = (key: string, body: Buffer) => {
    gzipped.set(key, 'pending');
    gzip(body).then(
      (gz) => gzipped.set(key, gz),
      () => gzipped.delete(key),
    );
  };
  return (pathname, acceptEncoding) => {
    let file = path.resolve(root, '.' + pathname);
    // Whole path segments: "/dist/renderer-old" is not inside "/dist/renderer".
    const inside = path.relative(root, file);
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat || stat.isDirectory()) {
      file = path.join(root, 'index.html');
      stat = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!stat) return undefined;
    const ext = path.extname(file);
    const body = fs.readFileSync(file);
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    const asset = path.relative(root, file).startsWith(`assets${path.sep}`);
    if (!asset) return { body, type, headers: {} };
    const headers: http.OutgoingHttpHeaders = { 'Cache-Control': IMMUTABLE, Vary: 'Accept-Encoding' };
    if (!COMPRESSIBLE.has(ext)) return { body, type, headers };
    const key = `${file}:${stat.mtimeMs}:${stat.size}`;
    const gz = gzipped.get(key);
    if (gz === undefined) compress(key, body);
    if (gz instanceof Buffer && /\bgzip\b/.test(acceptEncoding ?? '')) return { body: gz, type, headers: { ...headers, 'Content-Encoding': 'gzip' } };
    return { body, type, headers };
  };
}

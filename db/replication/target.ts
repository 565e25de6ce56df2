/**
 * Where Litestream copies the board: a folder (a network share mounted on the server) or
 * S3-compatible storage. The admin gives it as `--replicate-to`; credentials never go in
 * it (nor in the generated config file): Litestream reads them from its environment
 * (LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY, or the AWS_* names).
 */
import path from 'node:path';

export type ReplicaTarget =
  | { kind: 'folder'; path: string }
  /** `s3://bucket/path`; `endpoint` for S3-compatible storage other than AWS (MinIO, Backblaze, ...). */
  | { kind: 's3'; url: string; endpoint?: string };

/** Litestream's default; the host may be told a shorter one (tests) or a longer one (cost). */
export const DEFAULT_SYNC_INTERVAL = '1s';

/**
 * Reads `--replicate-to`: an absolute folder or an `s3://bucket/path` URL. Throws a plain
 * message for anything else, and for a URL that carries a key or secret.
 */
export function parseReplicaTarget(text: string, endpoint?: string): ReplicaTarget {
  const value = text.trim();
  if (value === '') throw new Error('--replicate-to needs a folder (a network share) or an s3://bucket/path URL');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`--replicate-to "${value}" is not a valid URL`);
    }
    if (url.protocol !== 's3:') throw new Error(`--replicate-to supports a folder or s3:// (S3-compatible storage), not ${url.protocol}//`);
    if (url.username || url.password) {
      throw new Error('--replicate-to must not carry a key or secret: give them in the environment (LITESTREAM_ACCESS_KEY_ID, LITESTREAM_SECRET_ACCESS_KEY)');
    }
    if (url.search) throw new Error('--replicate-to must not carry ?options: give the endpoint with --replica-endpoint');
    if (!url.hostname) throw new Error('--replicate-to needs a bucket: s3://bucket/path');
    if (endpoint !== undefined) checkEndpoint(endpoint);
    return { kind: 's3', url: `s3://${url.hostname}${url.pathname.replace(/\/+$/, '')}`, ...(endpoint ? { endpoint } : {}) };
  }
  if (!path.isAbsolute(value)) throw new Error(`--replicate-to "${value}" must be a full path to a folder, such as /mnt/replicas/team-a`);
  if (endpoint !== undefined) throw new Error('--replica-endpoint is for s3:// replicas only');
  return { kind: 'folder', path: path.resolve(value) };
}

function checkEndpoint(endpoint: string): void {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`--replica-endpoint "${endpoint}" is not a URL (e.g. https://minio.example.org:9000)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('--replica-endpoint must be an http(s):// URL');
  if (url.username || url.password) throw new Error('--replica-endpoint must not carry a key or secret: give them in the environment');
}

/** How the replica is named to people and in the health report: never a secret (there is none in it). */
export function describeTarget(target: ReplicaTarget): string {
  return target.kind === 'folder' ? target.path : target.url;
}

/** The URL `litestream restore` takes for the replica. */
export function restoreUrl(target: ReplicaTarget): string {
  return target.kind === 'folder' ? `file://${target.path}` : target.url;
}

/** A Go duration Litestream accepts (e.g. 100ms, 1s, 10s); refuses anything else in plain words. */
export function parseSyncInterval(text: string): string {
  if (!/^\d+(ms|s|m)$/.test(text) || /^0+(ms|s|m)$/.test(text)) throw new Error(`--replica-sync-interval must be like 100ms, 1s or 1m, got "${text}"`);
  return text;
}

/** JSON is valid YAML: every value quoted, so no path or URL can be read as something else. */
export function litestreamConfig(dbPath: string, target: ReplicaTarget, syncInterval = DEFAULT_SYNC_INTERVAL): string {
  const replica =
    target.kind === 'folder'
      ? { type: 'file', path: target.path, 'sync-interval': syncInterval }
      : { url: target.url, 'sync-interval': syncInterval, ...(target.endpoint ? { endpoint: target.endpoint } : {}) };
  // Debug logging would print every WAL copy; info names each segment shipped (what the status reads).
  const config = { logging: { level: 'info', type: 'text' }, dbs: [{ path: dbPath, 'monitor-interval': monitorInterval(syncInterval), replicas: [replica] }] };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Looking at the WAL as often as shipping it (at most once a second, Litestream's default). */
function monitorInterval(syncInterval: string): string {
  const ms = durationMs(syncInterval);
  return ms < 1000 ? syncInterval : '1s';
}

export function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(text);
  if (!m) return 1000;
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000);
}

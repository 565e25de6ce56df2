/**
 * Which names a seat may use to reach the host (its Host header). A page on another
 * site that re-points its own name at this machine (DNS rebinding) sends its own name
 * in Host and is refused, so it can neither read the board nor call it.
 */
import os from 'node:os';

/** Addresses and names only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host) || /^::ffff:127\./.test(host);
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

const bracketed = (name: string) => (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name);

/**
 * The names of this host: loopback names always; the address it listens on; when it
 * listens on every address (`--lan`), this machine's addresses and host name; and the
 * names given with `--allow-host` (a DNS name the team uses for the board).
 */
export function allowedHostNames(listen: string, extra: readonly string[] = []): Set<string> {
  const names = [...LOOPBACK_NAMES, ...extra];
  if (ANY_ADDRESS.has(listen)) {
    for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) names.push(a.address);
    const host = os.hostname();
    names.push(host, `${host}.local`);
  } else {
    names.push(listen);
  }
  return new Set(names.map((n) => bracketed(n.trim().toLowerCase().replace(/\.$/, ''))));
}

/** Whether a Host header names this host on the port it serves (no port: only when that is 80). */
export function isAllowedHost(header: string | undefined, names: ReadonlySet<string>, port: number): boolean {
  if (!header) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
  if (!m) return false;
  const [, name, portText] = m;
  if ((portText === undefined ? 80 : Number(portText)) !== port) return false;
  return names.has(name!.replace(/\.$/, ''));
}

/**
 * The real board host as a child process, for the tests that kill it (crash test,
 * replication test): bundled once with esbuild (plain node starts it in a fraction of the
 * time tsx needs), started on a free port, driven over HTTP as a seat would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

export async function bundleHost(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'host.js');
  await build({
    entryPoints: [path.join(ROOT, 'electron/host/cli.ts')], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', external: ['better-sqlite3'], outfile, logLevel: 'warning',
  });
  fs.cpSync(path.join(ROOT, 'db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
  return outfile;
}

export interface HostProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  /** Everything it printed so far. */
  output(): string;
}

export function startHostProcess(script: string, dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child = spawn(process.execPath, [script, '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      output += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, exited, output: () => output });
      }
    });
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
}

export async function post(url: string, method: string, input: unknown, cookie = ''): Promise<Response> {
  return fetch(`${url}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  });
}

/** Unlocks as the demo admin (README, "Demo PINs") and returns the session cookie. */
export async function signInAsDemoAdmin(url: string): Promise<string> {
  const people = (await (await post(url, 'auth.people', {})).json()) as { result: { id: number; initials: string }[] };
  const admin = people.result.find((p) => p.initials === 'DW')!;
  const res = await post(url, 'auth.unlock', { staffId: admin.id, pin: '1001' });
  if (!res.ok) throw new Error(`unlock failed: ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

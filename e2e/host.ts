/** Starts the real board host (`npm run serve`) on a free port with its own data folder. */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestHost {
  url: string;
  dataDir: string;
  /** The host process's id (the benchmark reads its memory). */
  pid: number;
  /** What the host has printed so far (its URL, a first run's setup code). */
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..');

export async function startTestHost({
  demo = true,
  dataDir,
  args: extra = [],
  built = false,
}: {
  demo?: boolean;
  dataDir?: string;
  /** More host switches, e.g. ['--sign-in']. */
  args?: string[];
  /** The bundled host (dist/electron/host.js, scripts/build-electron.mjs) rather than the source through tsx. */
  built?: boolean;
} = {}): Promise<TestHost> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-e2e-'));
  // Node itself (with tsx's loader for the source), not `npx`, so that a stop signal reaches the host directly.
  const entry = built ? ['dist/electron/host.js'] : ['--import', 'tsx', 'electron/host/cli.ts'];
  const args = [...entry, '--port', '0', '--data-dir', dir, ...(demo ? ['--demo'] : []), ...extra];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir: dir,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

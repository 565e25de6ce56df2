/**
 * `npm start`: builds the renderer and the shell, then opens the desktop app, or,
 * where the Electron binary is not installed, the board host for a browser.
 * Extra arguments go to Electron: `npm start -- --kiosk`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(args) {
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/** The Electron executable, or undefined when its binary was never downloaded. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined; // "Electron failed to install correctly"
  }
}

// Node scripts run the local tools directly: no npx/.cmd shims, so this works on Windows too.
run([path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build']);
run([path.join(root, 'scripts/build-electron.mjs')]);

const binary = electronBinary();
let child;
if (binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
  child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
} else {
  console.log(
    'Electron is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); starting the board host for a browser instead.',
  );
  const port = process.env.PORT ?? '4780';
  const dataDir = path.join(root, '.data/demo');
  child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'electron/host/cli.ts', '--demo', '--port', port, '--data-dir', dataDir],
    { cwd: root, stdio: 'inherit' },
  );
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

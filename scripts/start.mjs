/**
 * `npm start`: builds the renderer and the shell, then opens the desktop app on the demo
 * team, or, where the Electron binary cannot be had, the board host for a browser.
 * Extra arguments go to Electron: `npm start -- --kiosk`.
 *
 * `npm install` never downloads Electron (package.json `allowScripts` denies its
 * postinstall), so the install works on networks that block Electron's download host.
 * The first `npm start` fetches the binary with Electron's own install.js; if that fails
 * it says so once and remembers it, and later starts go straight to the board host.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSqliteBinding } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** The demo team lives in the repository, never in the installed app's own folder. */
const DEMO_DATA_DIR = path.join(root, '.data/demo');
const DOWNLOAD_FAILED = path.join(root, 'node_modules/.cache/act-board/electron-download-failed.txt');
const DOWNLOAD_TIMEOUT_MS = 180_000;

function run(args) {
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/** The Electron executable, or undefined when its binary is not there. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined; // "Electron failed to install correctly"
  }
}

/** Why there is no Electron window on this machine, or undefined once the binary is here. */
function fetchElectronOnce() {
  if (electronBinary()) return undefined;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  if (fs.existsSync(DOWNLOAD_FAILED)) {
    return `${fs.readFileSync(DOWNLOAD_FAILED, 'utf8').trim()}; \`npm run fetch-electron\` tries again`;
  }
  console.log('Fetching the Electron binary (once)…');
  const { status, stderr, error } = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (status === 0 && electronBinary()) return undefined;
  const firstLine = (error?.message ?? stderr ?? '').split('\n').find((l) => l.trim()) ?? `exit ${status}`;
  const reason = `the Electron download failed on ${new Date().toISOString().slice(0, 10)} (${firstLine.trim().slice(0, 160)})`;
  fs.mkdirSync(path.dirname(DOWNLOAD_FAILED), { recursive: true });
  fs.writeFileSync(DOWNLOAD_FAILED, reason + '\n');
  return `${reason}; \`npm run fetch-electron\` tries again`;
}

if (process.argv.includes('--fetch-electron')) {
  fs.rmSync(DOWNLOAD_FAILED, { force: true });
  const problem = fetchElectronOnce();
  console.log(problem ? `No Electron: ${problem}.` : 'Electron is installed: `npm start` opens the desktop app.');
  process.exit(problem ? 1 : 0);
}

// Node scripts run the local tools directly: no npx/.cmd shims, so this works on Windows too.
run([path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build']);
run([path.join(root, 'scripts/build-electron.mjs')]);

const noElectron = fetchElectronOnce();
const binding = noElectron ? undefined : electronSqliteBinding(root);
let child;
if (!noElectron && binding.path) {
  const env = { ...process.env, ACT_BOARD_SQLITE_BINDING: binding.path };
  delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
  const args = [root, '--demo', '--data-dir', DEMO_DATA_DIR, ...process.argv.slice(2)];
  child = spawn(electronBinary(), args, { cwd: root, stdio: 'inherit', env });
} else {
  console.log(`No desktop window: ${noElectron ?? binding.problem}. Starting the board host for a browser instead.`);
  const port = process.env.PORT ?? '4780';
  // The bundled host (built above): it starts in a fraction of the time the source takes through tsx.
  child = spawn(process.execPath, [path.join(root, 'dist/electron/host.js'), '--demo', '--port', port, '--data-dir', DEMO_DATA_DIR], {
    cwd: root,
    stdio: 'inherit',
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/**
 * better-sqlite3 is a native module: `npm install` builds it for Node (the host and the
 * tests), but Electron needs a build for its own ABI. `npm start` keeps an Electron build
 * beside the Node one, in node_modules/.cache, and tells the main process where it is
 * (ACT_BOARD_SQLITE_BINDING), so neither build replaces the other. Packaged apps get
 * theirs from electron-builder (npmRebuild) instead.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** `{ path }` of better_sqlite3.node built for the installed Electron, or `{ problem }`. */
export function electronSqliteBinding(root) {
  const { version } = require('electron/package.json');
  const work = path.join(root, 'node_modules/.cache/act-board/electron-sqlite', version, 'better-sqlite3');
  const binding = path.join(work, 'build/Release/better_sqlite3.node');
  if (fs.existsSync(binding)) return { path: binding };

  console.log(`Building better-sqlite3 for Electron ${version} (once)…`);
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(source, work, { recursive: true, filter: (f) => !f.startsWith(path.join(source, 'build')) });
  const prebuild = resolveOrUndefined('prebuild-install/bin.js');
  const gyp = nodeGyp();
  // A prebuilt binary from better-sqlite3's releases, else a build against Electron's headers.
  const attempts = [
    prebuild && [prebuild, '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform],
    gyp && [gyp, 'rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`],
  ].filter(Boolean);
  for (const args of attempts) {
    spawnSync(process.execPath, args, { cwd: work, stdio: 'ignore', timeout: 600_000 });
    if (fs.existsSync(binding)) return { path: binding };
  }
  return { problem: `better-sqlite3 could not be built for Electron ${version} (no prebuilt binary or headers could be downloaded)` };
}

function resolveOrUndefined(id) {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
}

/** npm's own node-gyp (npm start runs under npm, which says where it is). */
function nodeGyp() {
  const npm = process.env.npm_execpath;
  const gyp = npm && path.join(path.dirname(npm), '../node_modules/node-gyp/bin/node-gyp.js');
  return gyp && fs.existsSync(gyp) ? gyp : undefined;
}

/**
 * Bundles the Electron shell: dist/electron/main.js and preload.js, the board host for
 * browser seats (dist/electron/host.js, `node dist/electron/host.js --data-dir …`), plus the SQL
 * migrations that db/migrate.ts reads from `<__dirname>/migrations` (here dist/electron).
 * The renderer is expected at dist/renderer (vite build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/electron');

fs.rmSync(outDir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // better-sqlite3 is native (rebuilt for Electron at packaging time); electron is the runtime.
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(outDir, 'main.js') });
await build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(outDir, 'preload.js') });
// The board host alone for browser seats (`npm run serve` runs it from source): built, it starts in a fraction of the time.
await build({ ...common, entryPoints: [path.join(root, 'electron/host/cli.ts')], outfile: path.join(outDir, 'host.js') });

const migrationsSrc = path.join(root, 'db/migrations');
const migrationsOut = path.join(outDir, 'migrations');
fs.mkdirSync(migrationsOut, { recursive: true });
for (const file of fs.readdirSync(migrationsSrc).filter((f) => f.endsWith('.sql'))) {
  fs.copyFileSync(path.join(migrationsSrc, file), path.join(migrationsOut, file));
}

console.log(`Electron shell built in ${path.relative(root, outDir)}`);

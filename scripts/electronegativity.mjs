/**
 * `npm run lint:electron`: Electronegativity over the Electron shell's source. Fails on
 * any finding that is not listed below with the reason it does not apply. It runs
 * offline (it only warns that it cannot fetch Electron's release list).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;

/**
 * Findings that are false positives, each with why. Electronegativity reads option
 * literals; ours are built by windowOptions() (electron/window-options.ts) and the CSP is
 * a constant (electron/security.ts), both asserted by electron/window-options.test.ts.
 */
const JUSTIFIED = {
  'NODE_INTEGRATION_JS_CHECK main.ts': 'nodeIntegration: false (and in workers and subframes) is set by windowOptions(); unit-tested',
  'CONTEXT_ISOLATION_JS_CHECK main.ts': 'contextIsolation: true is set by windowOptions(); unit-tested',
  'SANDBOX_JS_CHECK main.ts': 'sandbox: true is set by windowOptions() and app.enableSandbox() is called; unit-tested',
  'REMOTE_MODULE_JS_CHECK main.ts': 'the remote module no longer exists in Electron >= 14; we run Electron ' + electronVersion,
  'AUXCLICK_JS_CHECK main.ts': "disableBlinkFeatures: 'Auxclick' is set by windowOptions() and window.open is denied; unit-tested",
  'CSP_GLOBAL_CHECK main.ts': 'the CSP is the constant CONTENT_SECURITY_POLICY (electron/security.ts), parsed and checked by a unit test',
};

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eneg-')), 'findings.csv');
const bin = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');
const run = spawnSync(process.execPath, [bin, '-i', path.join(root, 'electron'), '-o', out, '-e', electronVersion, '-r', '-v', 'false'], {
  cwd: root,
  encoding: 'utf8',
});
if (!fs.existsSync(out)) {
  console.error(`Electronegativity did not run:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const rows = Papa.parse(fs.readFileSync(out, 'utf8').trim(), { header: true, transformHeader: (h) => h.trim() }).data;
// Tests are not shipped code.
const findings = rows.filter((r) => r.issue && !/\.test\.ts$/.test(r.filename));
const unexpected = findings.filter((r) => !JUSTIFIED[`${r.issue} ${path.basename(r.filename)}`]);
for (const r of findings) {
  const why = JUSTIFIED[`${r.issue} ${path.basename(r.filename)}`];
  console.log(`${why ? 'justified ' : 'FINDING   '} ${r.issue} ${r.filename}:${r.location}${why ? ` — ${why}` : ` — ${r.description}`}`);
}
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${unexpected.length} not justified.`);
process.exit(unexpected.length ? 1 : 0);

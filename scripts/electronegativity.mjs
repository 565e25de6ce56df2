/**
 * `npm run lint:electron`: Electronegativity over the Electron shell's source. Fails on
 * any finding that is not listed below with the reason it does not apply. It runs
 * offline (it only warns that it cannot fetch Electron's release list). Results are read
 * as SARIF: the tool's CSV writer races two async writes and sometimes garbles a row.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eneg-')), 'findings.sarif');
process.on('exit', (code) => code && console.error(fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : 'no findings file'));
const bin = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');
// A private temp folder and a fixed locale: the tool reads cached release lists from the
// temp folder and picks its language from LANG, so the shared /tmp must not steer it.
const run = spawnSync(process.execPath, [bin, '-i', path.join(root, 'electron'), '-o', out, '-e', electronVersion, '-r', '-v', 'false'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, TMPDIR: path.dirname(out), LANG: 'en-US' },
});
if (!fs.existsSync(out)) {
  console.error(`Electronegativity did not run:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
const rows = sarif.runs[0].results.map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  return {
    issue: r.ruleId,
    filename: where?.artifactLocation?.uri ?? '',
    location: where?.region ? `${where.region.startLine}:${where.region.startColumn}` : '',
    description: r.message?.text ?? '',
  };
});
// Tests are not shipped code; global checks (the Electron version, say) name no file.
const fileOf = (r) => (r.filename ? path.basename(r.filename) : '(global)');
const findings = rows.filter((r) => r.issue && !/\.test\.ts$/.test(r.filename));
const unexpected = findings.filter((r) => !JUSTIFIED[`${r.issue} ${fileOf(r)}`]);
for (const r of findings) {
  const why = JUSTIFIED[`${r.issue} ${fileOf(r)}`];
  console.log(`${why ? 'justified ' : 'FINDING   '} ${r.issue} ${r.filename}:${r.location}${why ? ` — ${why}` : ` — ${r.description}`}`);
}
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${unexpected.length} not justified.`);
process.exit(unexpected.length ? 1 : 0);

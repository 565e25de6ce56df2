/** The systemd unit in build/ (issue 17) starts the host with switches it has, restarts it, and is locked down. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const unit = fs.readFileSync(path.join(ROOT, 'build/act-board@.service'), 'utf8');
const env = fs.readFileSync(path.join(ROOT, 'build/act-board.env.example'), 'utf8');
const cli = fs.readFileSync(path.join(ROOT, 'electron/host/cli.ts'), 'utf8');
const build = fs.readFileSync(path.join(ROOT, 'scripts/build-electron.mjs'), 'utf8');
const setting = (name: string) => unit.split('\n').filter((l) => l.startsWith(`${name}=`)).map((l) => l.slice(name.length + 1));

describe('the systemd unit act-board@.service', () => {
  it('runs the host on the team data folder and port, on the LAN, and restarts it', () => {
    const exec = setting('ExecStart')[0]!;
    // The bundled host that `npm run build` writes (scripts/build-electron.mjs), run by Node itself.
    expect(exec).toMatch(/^\/usr\/bin\/node dist\/electron\/host\.js /);
    expect(build).toMatch(/entryPoints: \[path\.join\(root, 'electron\/host\/cli\.ts'\)\], outfile: path\.join\(outDir, 'host\.js'\)/);
    expect(setting('WorkingDirectory')).toEqual(['/opt/act-board']);
    expect(exec).toMatch(/--data-dir %S\/act-board\/%i --port \$\{PORT\} --lan/);
    expect(setting('Restart')).toEqual(['always']);
    expect(setting('User')).toEqual(['act-board']);
    expect(setting('EnvironmentFile')).toEqual(['/etc/act-board/%i.env']);
  });

  it('passes only switches the host knows (the unit and the example env file)', () => {
    const hostArgs = setting('ExecStart')[0]!.split('dist/electron/host.js')[1]!; // what comes before is Node's own
    const switches = [...`${hostArgs} ${env}`.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!);
    expect(switches.length).toBeGreaterThan(4);
    for (const s of new Set(switches)) expect(cli, `--${s}`).toMatch(new RegExp(`^\\s+'?${s}'?: \\{ type: '(string|boolean)'`, 'm'));
  });

  it('is locked down: read-only system, no new privileges, no capabilities, owner-only files', () => {
    expect(setting('ProtectSystem')).toEqual(['strict']);
    expect(setting('NoNewPrivileges')).toEqual(['yes']);
    expect(setting('CapabilityBoundingSet')).toEqual(['']);
    expect(setting('UMask')).toEqual(['0077']);
    expect(setting('StateDirectoryMode')).toEqual(['0700']);
    expect(env).not.toMatch(/^LITESTREAM_SECRET_ACCESS_KEY=\S/m);
  });
});

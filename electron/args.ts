import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRemoteBoard } from './remote-board';

export interface ShellArgs {
  /** Folder that holds the board file; defaults to the OS user-data folder. */
  dataDir?: string;
  /** Fullscreen kiosk for the wall screen. */
  kiosk: boolean;
  /** Also serve browser seats on 127.0.0.1:<port>. */
  servePort?: number;
  /** Fill a new, empty board with the fictional demo team (`npm start` asks for it; nothing else does). */
  demo: boolean;
  /** Those browser seats sign in with a PIN even to read (a shared PC). */
  serveSignIn: boolean;
  /** `--start-at-login on|off`: start the app at login (with --kiosk, straight into the wall); unset leaves it as it was. */
  startAtLogin?: boolean;
  /** `--remote-board <https://host:port>`: show that host's board instead of a board file on this PC (issue 17). */
  remoteBoard?: string;
}

/**
 * Reads the shell's own switches from the arguments after the app path. Unknown
 * switches (Chromium's, e.g. `--no-sandbox`) are ignored, not errors.
 */
export function parseShellArgs(args: string[], cwd = process.cwd()): ShellArgs {
  const { values } = parseArgs({
    args,
    strict: false,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      kiosk: { type: 'boolean', default: false },
      'serve-port': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'serve-sign-in': { type: 'boolean', default: false },
      'start-at-login': { type: 'string' },
      'remote-board': { type: 'string' },
    },
  });
  const dataDir = values['data-dir'];
  const servePort = values['serve-port'];
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir === '')) throw new Error('--data-dir needs a folder');
  let port: number | undefined;
  if (servePort !== undefined) {
    port = Number(servePort);
    if (typeof servePort !== 'string' || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`--serve-port must be 0..65535, got "${String(servePort)}"`);
    }
  }
  const serveSignIn = values['serve-sign-in'] === true;
  if (serveSignIn && port === undefined) throw new Error('--serve-sign-in is for the browser seats of --serve-port <n>; give both');
  const login = values['start-at-login'];
  if (login !== undefined && login !== 'on' && login !== 'off') throw new Error(`--start-at-login must be on or off, got "${String(login)}"`);
  const remote = values['remote-board'];
  if (remote !== undefined && typeof remote !== 'string') throw new Error('--remote-board needs the host\'s address');
  if (remote !== undefined && (dataDir !== undefined || port !== undefined || values.demo === true)) {
    throw new Error("--remote-board opens another host's board: it goes without --data-dir, --serve-port and --demo");
  }
  return {
    remoteBoard: remote === undefined ? undefined : parseRemoteBoard(remote),
    startAtLogin: login === undefined ? undefined : login === 'on',
    dataDir: dataDir === undefined ? undefined : path.resolve(cwd, dataDir),
    kiosk: values.kiosk === true,
    servePort: port,
    serveSignIn,
    demo: values.demo === true,
  };
}

/**
 * `npm run serve -- --data-dir <dir> --reset-admin-pin [--admin <initials>]`: the way back
 * in when the only admin is locked out or has forgotten the PIN. It runs on the machine
 * that holds the board file (whoever can run it could copy the file anyway), sets a new
 * PIN, lifts the lockout and records it in the audit trail; then it exits.
 */
import readline from 'node:readline';
import { PIN_PATTERN } from '../../shared/trust';
import type { BoardService } from '../../db/service/board-service';

export const RESET_ACTOR = 'command line on the host machine (--reset-admin-pin)';

/** Sets a new PIN for the active admin chosen by initials (or the only one); returns what was done, in words. */
export function resetAdminPin(service: BoardService, pin: string, initials?: string): string {
  if (!PIN_PATTERN.test(pin)) throw new Error('The PIN must be 4 to 8 digits; nothing was changed.');
  const admins = service.call('auth.access', {}).filter((p) => p.active && p.level === 'admin');
  if (admins.length === 0) {
    throw new Error('This board has no active admin: open it on this machine and create the first admin there.');
  }
  const chosen = initials === undefined ? (admins.length === 1 ? admins[0] : undefined) : admins.find((a) => a.initials === initials.toUpperCase());
  if (!chosen) {
    const list = admins.map((a) => `${a.initials} (${a.name})`).join(', ');
    throw new Error(`Choose the admin with --admin <initials>: ${list}. Nothing was changed.`);
  }
  service.call('auth.resetPin', { staffId: chosen.id, version: chosen.version, pin }, { actor: RESET_ACTOR });
  return `New PIN set for ${chosen.name}; any lockout is lifted and their other sessions are ended.`;
}

/** Asks for the new PIN twice; typed digits are not shown. Piped input: the first two lines. */
export async function askNewPin(): Promise<string> {
  const ask = process.stdin.isTTY ? askHidden : askLines();
  const pin = await ask('New admin PIN (4 to 8 digits): ');
  const again = await ask('The same PIN again: ');
  if (pin !== again) throw new Error('The two PINs differ; nothing was changed.');
  return pin;
}

function askLines(): (prompt: string) => Promise<string> {
  const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  return async (prompt) => {
    process.stdout.write(prompt + '\n');
    const next = await lines.next();
    return next.done ? '' : String(next.value).trim();
  };
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(prompt);
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          process.stdin.off('data', onData);
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write('\n');
          return resolve(typed);
        }
        if (ch === '\u0003') process.exit(130); // Ctrl+C
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    process.stdin.setRawMode(true);
    process.stdin.resume();
    process.stdin.on('data', onData);
  });
}

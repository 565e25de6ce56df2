/**
 * `npm run serve -- --port <n> --data-dir <dir> [--demo] [--host <address>]`
 * Starts the board host alone, for browser seats on this machine and for tests.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBoard } from '../../db/board';
import { startHost } from './server';

export const RENDERER_DIR = path.resolve(__dirname, '../../dist/renderer');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4780' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      demo: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got "${values.port}"`);
  if (!values['data-dir']) throw new Error('--data-dir <dir> is required: the folder that holds the board file');
  const dataDir = path.resolve(values['data-dir']);
  const service = openBoard(dataDir, { demo: values.demo });
  const host = await startHost({ service, port, host: values.host, staticDir: RENDERER_DIR });
  console.log(`ACT Board host listening on ${host.url} (data: ${dataDir})`);

  const stop = async () => {
    await host.close();
    service.db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`ACT Board host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

/**
 * Hostile and malformed input: every API method (taken from the contract, so new ones
 * are covered without touching this file) gets random, wrong-typed, huge, SQL and HTML
 * inputs. Every call must end in a result or a typed ApiError (never an internal error
 * or another throw), and the board file must pass integrity_check afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Method, contract } from '../../shared/api';
import { openBoard } from '../board';
import { type BoardService, toApiError } from './board-service';
import { HOSTILE_STRINGS } from './hostile';

const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 100);


/** The field names a method's schema knows (through defaults, refinements and pipes). */
function keysOf(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 6 && s; i++) {
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof shape === 'object') return Object.keys(shape);
    const def = (s as { _zod?: { def?: { innerType?: unknown; in?: unknown; options?: unknown[] } } })._zod?.def;
    s = def?.innerType ?? def?.in ?? def?.options?.[0];
  }
  return [];
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -3, max: 80 }),
  fc.constantFrom(0, -1, 1.5, 2 ** 53, -(2 ** 31), Number.MAX_VALUE, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
  fc.array(fc.integer({ min: -1, max: 70 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

function inputFor(m: Method): fc.Arbitrary<unknown> {
  const keys = keysOf(contract[m].input as z.ZodType);
  const known = keys.length ? fc.constantFrom(...keys) : fc.constant('x');
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    { weight: 2, arbitrary: fc.dictionary(fc.oneof(known, fc.constantFrom('x', '__proto__')), hostileValue, { maxKeys: 6 }) },
    // Every known field present: the likeliest to get past validation into the handler.
    { weight: 4, arbitrary: keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue]))) : fc.constant({}) },
  );
}

let dir: string;
let service: BoardService;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'act-board-fuzz-'));
  service = openBoard(dir, { demo: true });
}, 60_000);
afterAll(() => {
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('every API method under hostile input', () => {
  it('ends each call in a result or a typed error, and the board file stays sound', async () => {
    const counts = { calls: 0, ok: 0, refused: 0, methods: 0 };
    const failures: string[] = [];
    const seatOptions = { seat: { token: null, requireSignIn: false } };
    const auditBefore = service.db.prepare('SELECT * FROM audit_log ORDER BY id').all();
    for (const m of Object.keys(contract) as Method[]) {
      counts.methods++;
      fc.assert(
        fc.property(inputFor(m), fc.boolean(), (input, asSeat) => {
          counts.calls++;
          try {
            service.call(m, input, asSeat ? seatOptions : {});
            counts.ok++;
          } catch (err) {
            const e = toApiError(err);
            if (e.code === 'internal') {
              failures.push(`${m}(${JSON.stringify(input)?.slice(0, 300)}): ${String(err)}`);
              return false;
            }
            counts.refused++;
          }
          return true;
        }),
        { numRuns: RUNS_PER_METHOD, seed: 20261123 },
      );
    }
    await service.backups.backupNow('test'); // waits for any backups the fuzzing started
    const integrity = (service.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    console.log(
      `fuzz (service): ${counts.calls} calls over ${counts.methods} methods — ${counts.ok} succeeded, ` +
        `${counts.refused} refused with a typed error, ${failures.length} other; integrity_check: ${integrity.join('; ')}`,
    );
    expect(failures).toEqual([]);
    // No method changed or removed an audit entry: what was there is still there, as it was.
    expect(service.db.prepare('SELECT * FROM audit_log ORDER BY id LIMIT ?').all(auditBefore.length)).toEqual(auditBefore);
    expect(integrity).toEqual(['ok']);
    expect((service.db.pragma('foreign_key_check') as unknown[]).length).toBe(0);
  }, 240_000);
});

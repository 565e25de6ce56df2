/** PINs are stored only as slow, salted scrypt hashes; comparing takes constant time. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// ~50 ms per hash on a laptop: harmless for a person, slow for guessing 10^4..10^8 PINs offline.
const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEY_BYTES, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

export function verifyPin(pin: string, stored: string): boolean {
  const [kind, n, r, p, saltHex, hashHex] = stored.split('$');
  if (kind !== 'scrypt' || !saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(pin, Buffer.from(saltHex, 'hex'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * The one-time setup code: the first admin may be created from another computer only
 * with the code the host prints when it starts (this machine needs none). The code is
 * random per start, about 60 bits, and is spent by a successful setup.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: read off a screen and typed on another.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

const normalise = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

export class SetupCode {
  private code: string | null = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

  /** The code as the host prints it (XXXX-XXXX-XXXX), or null once spent. */
  get printable(): string | null {
    return this.code?.replace(/(.{4})(?=.)/g, '$1-') ?? null;
  }

  matches(typed: string | undefined): boolean {
    if (this.code === null || typed === undefined) return false;
    const a = Buffer.from(normalise(typed));
    const b = Buffer.from(this.code);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  spend(): void {
    this.code = null;
  }
}

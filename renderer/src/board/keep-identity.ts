/**
 * Keeping what did not change the same object, so memoized parts of the board skip their render:
 * each refetch or optimistic update of the day's board builds new maps and arrays, and a drop
 * should redraw only the two columns it touches.
 */

/** True when `a` and `b` hold the same things (===): arrays and sets element by element, maps and plain objects entry by entry. */
export function sameShallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x));
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && Object.is(v, b.get(k)));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && Object.is(a[k], b[k]));
  }
  return false;
}

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** `previous` when it holds the same things as `next`, else `next`. */
export const keep = <T>(previous: T | undefined, next: T): T => (previous !== undefined && sameShallow(previous, next) ? previous : next);

/** `next` with each value kept from `previous` where unchanged; `previous` itself when nothing changed. */
export function keepEntries<K, V>(previous: ReadonlyMap<K, V> | undefined, next: Map<K, V>): Map<K, V> {
  if (!previous) return next;
  for (const [k, v] of next) next.set(k, keep(previous.get(k), v));
  return sameShallow(previous, next) ? (previous as Map<K, V>) : next;
}

/** `next` with each field kept from `previous` where unchanged; `previous` itself when nothing changed. */
export function keepFields<T extends object>(previous: T | undefined, next: T): T {
  if (!previous) return next;
  const kept = Object.fromEntries(Object.entries(next).map(([k, v]) => [k, keep((previous as Record<string, unknown>)[k], v)])) as T;
  return sameShallow(previous, kept) ? previous : kept;
}

/**
 * Remembers what it last handed out, so that the next value keeps what did not change
 * (`merge` is `keep`, `keepEntries` or `keepFields`). One per use, held with `useState`.
 */
export class Keeper<T> {
  private last: T | undefined;
  constructor(private readonly merge: (previous: T | undefined, next: T) => T) {}
  of(next: T): T {
    this.last = this.merge(this.last, next);
    return this.last;
  }
}

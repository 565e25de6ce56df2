/** Privacy mode: a locked wall screen shows clients by initials only (if the team sets it). */

export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(' ');
}

/** A copy of `value` where every client-shaped object (name + preferredName) shows initials only. */
export function redactClientNames<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => redactClientNames(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactClientNames(v);
  if (typeof out.name === 'string' && typeof out.preferredName === 'string') {
    out.name = initialsOf(out.name);
    out.preferredName = initialsOf(out.preferredName);
    if ('recordNumber' in out) out.recordNumber = null;
  }
  return out as T;
}

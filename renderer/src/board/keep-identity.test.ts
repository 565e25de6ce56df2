import { describe, expect, it } from 'vitest';
import { Keeper, keep, keepEntries, keepFields, sameShallow } from './keep-identity';

describe('keeping what did not change', () => {
  const a = { id: 1 };
  const b = { id: 2 };

  it('compares arrays, sets, maps and plain objects one level deep, by identity', () => {
    expect(sameShallow([a, b], [a, b])).toBe(true);
    expect(sameShallow([a, b], [a, { id: 2 }])).toBe(false);
    expect(sameShallow([a], [a, b])).toBe(false);
    expect(sameShallow(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(sameShallow(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(sameShallow(new Map([[1, a]]), new Map([[1, a]]))).toBe(true);
    expect(sameShallow(new Map([[1, a]]), new Map([[2, a]]))).toBe(false);
    expect(sameShallow({ x: a, y: 1 }, { x: a, y: 1 })).toBe(true);
    expect(sameShallow({ x: a }, { x: a, y: undefined })).toBe(false);
    expect(sameShallow([a], new Set([a]))).toBe(false);
  });

  it('hands back the earlier value when it holds the same things, the new one otherwise', () => {
    const before = [a, b];
    expect(keep(before, [a, b])).toBe(before);
    const changed = [b, a];
    expect(keep(before, changed)).toBe(changed);
  });

  it('keeps each unchanged map entry, and the whole map when nothing changed', () => {
    const before = new Map([[1, ['late']], [2, ['double']]]);
    expect(keepEntries(before, new Map([[1, ['late']], [2, ['double']]]))).toBe(before);
    const after = keepEntries(before, new Map([[1, ['late']], [2, ['double', 'late']]]));
    expect(after).not.toBe(before);
    expect(after.get(1)).toBe(before.get(1));
    expect(after.get(2)).toEqual(['double', 'late']);
  });

  it('keeps each unchanged field, and the whole object when nothing changed', () => {
    const before = { contacts: [a, b], highlighted: new Set([1]) };
    expect(keepFields(before, { contacts: [a, b], highlighted: new Set([1]) })).toBe(before);
    const after = keepFields(before, { contacts: [a], highlighted: new Set([1]) });
    expect(after).not.toBe(before);
    expect(after.highlighted).toBe(before.highlighted);
    expect(after.contacts).toEqual([a]);
  });

  it('a keeper remembers what it handed out last', () => {
    const keeper = new Keeper<number[]>(keep);
    const first = keeper.of([1, 2]);
    expect(keeper.of([1, 2])).toBe(first);
    expect(keeper.of([1, 3])).toEqual([1, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { outsideHours, slotAt } from './rotation';

const pages = [
  { id: 'board' as const, seconds: 60 },
  { id: 'appointments' as const, seconds: 20 },
];

describe('the wall pages in turn', () => {
  it('shows each page for its seconds, then starts over', () => {
    expect(slotAt(0, pages)).toEqual({ index: 0, sinceMs: 0 });
    expect(slotAt(59_999, pages).index).toBe(0);
    expect(slotAt(60_000, pages)).toEqual({ index: 1, sinceMs: 0 });
    expect(slotAt(80_000, pages)).toEqual({ index: 0, sinceMs: 0 });
  });

  it('gives a page the time it needs (every set of columns once)', () => {
    const need = (p: { id: string }) => (p.id === 'board' ? 3 * 25 : 0);
    expect(slotAt(70_000, pages, need)).toEqual({ index: 0, sinceMs: 70_000 });
    expect(slotAt(75_000, pages, need).index).toBe(1);
  });

  it('one page stays', () => {
    expect(slotAt(1e9, [pages[0]!]).index).toBe(0);
  });
});

describe('operating hours', () => {
  it('is blank before the start and from the end', () => {
    expect(outsideHours(7 * 60 + 59, '08:00', '20:00')).toBe(true);
    expect(outsideHours(8 * 60, '08:00', '20:00')).toBe(false);
    expect(outsideHours(19 * 60 + 59, '08:00', '20:00')).toBe(false);
    expect(outsideHours(20 * 60, '08:00', '20:00')).toBe(true);
  });
});

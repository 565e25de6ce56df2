import { describe, expect, it } from 'vitest';
import { edgeStep } from './edge-scroll';

describe("the board's sideways edge scroll", () => {
  const board = { left: 0, right: 1000, width: 1000 }; // a 30 px zone at each edge

  it('moves only in the edge zones: on at the right, back at the left, faster nearer the edge', () => {
    expect(edgeStep(board, 500)).toBe(0);
    expect(edgeStep(board, 969)).toBe(0);
    expect(edgeStep(board, 975)).toBeGreaterThan(0);
    expect(edgeStep(board, 999)).toBeGreaterThan(edgeStep(board, 975));
    expect(edgeStep(board, 1200)).toBe(12);
    expect(edgeStep(board, 31)).toBe(0);
    expect(edgeStep(board, 10)).toBeLessThan(0);
  });

  it('is measured on the board, wherever it sits', () => {
    expect(edgeStep({ left: 300, right: 1300, width: 1000 }, 310)).toBeLessThan(0);
    expect(edgeStep({ left: 300, right: 1300, width: 1000 }, 150 + 142)).toBeLessThan(0);
    expect(edgeStep({ left: 300, right: 1300, width: 1000 }, 600)).toBe(0);
  });
});

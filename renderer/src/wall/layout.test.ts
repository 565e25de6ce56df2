import { describe, expect, it } from 'vitest';
import { cardsThatFit, pageAt, shortStaffName, WALL_METRICS, wallLayout } from './layout';

const columns = (...cards: number[]) => cards.map((n, i) => ({ key: i === 0 ? 'unassigned' : String(i), cards: n }));

describe('the wall layout', () => {
  it('a light day: every column on one page, full cards', () => {
    const layout = wallLayout({ width: 1920, height: 1080, columns: columns(1, 3, 4, 2, 5, 3, 4, 2, 3, 1) });
    expect(layout.level).toBe('full');
    expect(layout.pages).toHaveLength(1);
    expect(layout.pages[0]).toHaveLength(10);
    expect(layout.columnWidth).toBeGreaterThanOrEqual(WALL_METRICS.minColumnWidth);
  });

  it('gives fewer details as the day fills, before it pages', () => {
    const full = cardsThatFit(1080, 'full');
    const nine = [2, 2, 2, 2, 2, 2, 2, 2, 2];
    expect(wallLayout({ width: 1920, height: 1080, columns: columns(full + 1, ...nine) }).level).toBe('compact');
    const compact = cardsThatFit(1080, 'compact');
    const layout = wallLayout({ width: 1920, height: 1080, columns: columns(compact + 1, ...nine) });
    expect(layout.level).toBe('minimal');
    expect(layout.pages).toHaveLength(1);
  });

  it('cards of the chosen level always fit the height of the screen', () => {
    for (const height of [768, 1080, 1200, 2160]) {
      for (const level of ['full', 'compact', 'minimal'] as const) {
        const n = cardsThatFit(height, level);
        const scale = Math.max(1, height / 1080);
        const m = WALL_METRICS;
        const used = (m.headerHeight + 2 * m.pagePadding + m.columnHeaderHeight + n * m.cardHeight[level] + (n - 1) * m.cardGap) * scale;
        expect(used).toBeLessThanOrEqual(height);
      }
    }
  });

  it('a column longer than the screen continues beside itself, at the fullest level that fits across', () => {
    const full = cardsThatFit(1080, 'full');
    const layout = wallLayout({ width: 1920, height: 1080, columns: columns(0, full + 3) });
    expect(layout.level).toBe('full');
    expect(layout.pages.flat().map((s) => [s.key, s.part, s.of, s.to - s.from])).toEqual([
      ['unassigned', 1, 1, 0],
      ['1', 1, 2, Math.ceil((full + 3) / 2)],
      ['1', 2, 2, Math.floor((full + 3) / 2)],
    ]);
    // A full row of columns leaves no room beside: fewer details instead.
    const crowded = wallLayout({ width: 1920, height: 1080, columns: columns(full + 3, 1, 1, 1, 1, 1, 1, 1, 1, 1) });
    expect(crowded.level).toBe('compact');
    expect(crowded.pages).toHaveLength(1);
  });

  it('when even minimal cards in every column do not fit, continued columns page', () => {
    const most = cardsThatFit(1080, 'minimal');
    const layout = wallLayout({ width: 1920, height: 1080, columns: columns(most + 3, 1, 1, 1, 1, 1, 1, 1, 1, 1) });
    expect(layout.level).toBe('minimal');
    expect(layout.pages.flat()).toHaveLength(11);
    expect(layout.pages).toHaveLength(2);
    expect(layout.pages.flat().filter((s) => s.key === 'unassigned').map((s) => s.to - s.from)).toEqual([Math.ceil((most + 3) / 2), Math.floor((most + 3) / 2)]);
  });

  it('pages through columns, as evenly as it can, when they do not fit across', () => {
    const layout = wallLayout({ width: 1920, height: 1080, columns: columns(...Array.from({ length: 14 }, () => 3)) });
    expect(layout.pages.map((p) => p.length)).toEqual([7, 7]);
    expect(layout.pages.flat()).toHaveLength(14);
    // Wider columns on a page with fewer of them.
    expect(layout.columnWidth).toBeGreaterThan(WALL_METRICS.minColumnWidth * 1.3);
  });

  it('scales with a 4K screen: the same layout, twice the size', () => {
    const hd = wallLayout({ width: 1920, height: 1080, columns: columns(2, 9, 4) });
    const uhd = wallLayout({ width: 3840, height: 2160, columns: columns(2, 9, 4) });
    expect(uhd.scale).toBe(2);
    expect(uhd.level).toBe(hd.level);
    expect(uhd.cardHeight).toBe(hd.cardHeight * 2);
  });

  it('shows each page in turn for its seconds', () => {
    expect(pageAt(0, 3, 20)).toBe(0);
    expect(pageAt(19_999, 3, 20)).toBe(0);
    expect(pageAt(20_000, 3, 20)).toBe(1);
    expect(pageAt(60_000, 3, 20)).toBe(0);
    expect(pageAt(60_000, 1, 20)).toBe(0);
  });

  it('heads a column with a short staff name that fits', () => {
    expect(shortStaffName('Dana Whitfield')).toBe('Dana W.');
    expect(shortStaffName('Dr. Ravi Okonkwo')).toBe('Ravi O.');
    expect(shortStaffName('Cher')).toBe('Cher');
  });
});

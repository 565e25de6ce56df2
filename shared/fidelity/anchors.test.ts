import { describe, expect, it } from 'vitest';
import * as A from './anchors';

const tables: [string, A.AnchorTable][] = [
  ['OS1', A.OS1_ANCHORS], ['OS2', A.OS2_ANCHORS], ['OS5 (100)', A.OS5_ANCHORS_100], ['OS5 (50)', A.OS5_ANCHORS_50], ['OS8', A.OS8_ANCHORS],
  ['OS10', A.OS10_ANCHORS], ['OS11', A.OS11_ANCHORS], ['CT3', A.CT3_ANCHORS], ['CT6', A.CT6_ANCHORS], ['ST', A.specialistAnchors('specialist')],
  ['CP1', A.CP1_ANCHORS], ['CP3', A.CP3_ANCHORS], ['CP4', A.CP4_ANCHORS], ['CP5', A.CP5_ANCHORS],
];

describe('the anchor tables', () => {
  it.each(tables)('%s: every rounded figure falls in exactly one anchor, and each rating has one', (_, table) => {
    const step = 10 ** -table.decimals;
    const top = 2 * Math.max(...table.anchors.flatMap((x) => [x.min ?? 0, x.max ?? 0])) + 1;
    const misplaced: number[] = [];
    for (let i = 0; i <= top / step; i++) {
      const v = A.roundTo(i * step, table.decimals);
      if (table.anchors.filter((x) => (x.min === null || v >= x.min) && (x.max === null || v <= x.max)).length !== 1) misplaced.push(v);
    }
    expect(misplaced).toEqual([]);
    expect(table.anchors.map((x) => x.rating).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts functions as the scale does (CT5 of 6, ST3 and ST6 of 4)', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => A.ratingForFunctionCount(n, 6))).toEqual([1, 1, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4].map((n) => A.ratingForFunctionCount(n, 4))).toEqual([1, 2, 3, 4, 5]);
  });
});

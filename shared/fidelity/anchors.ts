/**
 * The TMACT anchors (shared/domain/tmact-summary-scale.md) as data, and the one rule that
 * places a figure on them. Anchors are written on rounded figures (whole percents, whole
 * clients per staff member, one decimal of contacts a week), so a figure is rounded to the
 * anchor table's precision first and then falls in exactly one range: 89.4% is 89% (a 4),
 * 89.5% is 90% (a 5). Where the scale leaves a gap (CP4 0.5 to 0.6, CP5 25% to 26%) the
 * lower anchor's "or fewer" takes the edge.
 */
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface Anchor {
  rating: Rating;
  /** Inclusive bounds on the rounded figure; null: open. */
  min: number | null;
  max: number | null;
  /** The anchor in the scale's words, shortened. */
  text: string;
}

export interface AnchorTable {
  /** Decimals the figure is rounded to before it is placed. */
  decimals: number;
  anchors: readonly Anchor[];
}

const a = (rating: Rating, min: number | null, max: number | null, text: string): Anchor => ({ rating, min, max, text });

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // The epsilon keeps 0.285 * 100 (28.499999…) from rounding down.
  return Math.round(value * f + 1e-9) / f;
}

/** The anchor a figure falls in. */
export function anchorFor(table: AnchorTable, value: number): Anchor {
  const v = roundTo(value, table.decimals);
  const hit = table.anchors.find((x) => (x.min === null || v >= x.min) && (x.max === null || v <= x.max));
  if (!hit) throw new Error(`No anchor holds ${v}`);
  return hit;
}

/** A percentage item: the five ranges of whole percents, lowest first. */
const percentTable = (cuts: [number, number, number, number], texts: [string, string, string, string, string]): AnchorTable => ({
  decimals: 0,
  anchors: [
    a(1, null, cuts[0] - 1, texts[0]),
    a(2, cuts[0], cuts[1] - 1, texts[1]),
    a(3, cuts[1], cuts[2] - 1, texts[2]),
    a(4, cuts[2], cuts[3] - 1, texts[3]),
    a(5, cuts[3], null, texts[4]),
  ],
});

/** An FTE-per-100-clients item (two decimals): rating r from cuts[r-2]. */
const fteTable = (cuts: [number, number, number, number], texts: [string, string, string, string, string]): AnchorTable => ({
  decimals: 2,
  anchors: [
    a(1, null, roundTo(cuts[0] - 0.01, 2), texts[0]),
    a(2, cuts[0], roundTo(cuts[1] - 0.01, 2), texts[1]),
    a(3, cuts[1], roundTo(cuts[2] - 0.01, 2), texts[2]),
    a(4, cuts[2], roundTo(cuts[3] - 0.01, 2), texts[3]),
    a(5, cuts[3], null, texts[4]),
  ],
});

/** OS1: clients per direct-service staff member (whole clients), low is good. */
export const OS1_ANCHORS: AnchorTable = {
  decimals: 0,
  anchors: [
    a(5, null, 10, '10 clients per team member or fewer'),
    a(4, 11, 13, '11 – 13 clients per team member'),
    a(3, 14, 18, '14 – 18 clients per team member'),
    a(2, 19, 25, '19 – 25 clients per team member'),
    a(1, 26, null, '26 clients per team member or more'),
  ],
};

export const OS2_ANCHORS = percentTable([25, 53, 75, 90], [
  'Fewer than 25% of clients see at least 3 team members face to face in 4 weeks',
  '25 – 52% of clients see at least 3 team members',
  '53 – 74% of clients see at least 3 team members',
  '75 – 89% of clients see at least 3 team members',
  '90% or more of clients see at least 3 team members face to face in 4 weeks',
]);

/** OS5 for a 100-client team: FTE of direct clinical staff, one decimal. */
export const OS5_ANCHORS_100: AnchorTable = {
  decimals: 1,
  anchors: [
    a(1, null, 5.4, '100-client team: fewer than 5.5 FTE direct clinical staff'),
    a(2, 5.5, 6.9, '100-client team: 5.5 – 6.9 FTE'),
    a(3, 7.0, 8.4, '100-client team: 7.0 – 8.4 FTE'),
    a(4, 8.5, 9.9, '100-client team: 8.5 – 9.9 FTE'),
    a(5, 10.0, null, '100-client team: at least 10.0 FTE direct clinical staff'),
  ],
};

/** OS5 for a 50-client team (the scale's minimal coverage for smaller teams). */
export const OS5_ANCHORS_50: AnchorTable = {
  decimals: 1,
  anchors: [
    a(1, null, 5.4, '50-client team: fewer than 5.5 FTE direct clinical staff'),
    a(2, 5.5, 5.9, '50-client team: 5.5 – 5.9 FTE'),
    a(3, 6.0, 6.4, '50-client team: 6.0 – 6.4 FTE'),
    a(4, 6.5, 6.9, '50-client team: 6.5 – 6.9 FTE'),
    a(5, 7.0, null, '50-client team: at least 7.0 FTE direct clinical staff'),
  ],
};

/** OS8: the highest number of admissions in one month of the last 6 (low is good). */
export const OS8_ANCHORS: AnchorTable = {
  decimals: 0,
  anchors: [
    a(5, null, 4, 'Highest monthly admissions in the last 6 months: no more than 4'),
    a(4, 5, 7, 'Highest monthly admissions: 5 – 7'),
    a(3, 8, 11, 'Highest monthly admissions: 8 – 11'),
    a(2, 12, 15, 'Highest monthly admissions: 12 – 15'),
    a(1, 16, null, 'Highest monthly admissions in the last 6 months: more than 15'),
  ],
};

export const OS10_ANCHORS = percentTable([65, 77, 87, 95], [
  'Less than 65% of the caseload retained over 12 months',
  '65 – 76% retained',
  '77 – 86% retained',
  '87 – 94% retained',
  '95% or more of the caseload retained over 12 months',
]);

export const OS11_ANCHORS = percentTable([15, 45, 70, 90], [
  'The team is involved in fewer than 15% of admissions and discharges',
  'Involved in 15 – 44% of admissions and discharges',
  'Involved in 45 – 69% of admissions and discharges',
  'Involved in 70 – 89% of admissions and discharges',
  'The team is involved in 90% or more of admissions and discharges',
]);

export const CT3_ANCHORS = fteTable([0.2, 0.4, 0.6, 0.8], [
  'Less than 0.20 FTE psychiatric care provider per 100 clients',
  '0.20 – 0.39 FTE per 100 clients',
  '0.40 – 0.59 FTE per 100 clients',
  '0.60 – 0.79 FTE per 100 clients',
  'At least 0.80 FTE psychiatric care provider per 100 clients',
]);

export const CT6_ANCHORS = fteTable([0.5, 1.41, 2.11, 2.85], [
  'Less than 0.50 FTE registered nurses per 100 clients',
  '0.50 – 1.40 FTE RNs per 100 clients',
  '1.41 – 2.10 FTE RNs per 100 clients',
  '2.11 – 2.84 FTE RNs per 100 clients',
  'At least 2.85 FTE registered nurses per 100 clients',
]);

/** ST1, ST4, ST7: a specialist's (actual or adjusted) FTE per 100 clients. */
export const specialistAnchors = (who: string): AnchorTable =>
  fteTable([0.25, 0.5, 0.75, 1.0], [
    `Less than 0.25 FTE ${who} per 100 clients`,
    `0.25 – 0.49 FTE ${who}`,
    `0.50 – 0.74 FTE ${who}`,
    `0.75 – 0.99 FTE ${who}`,
    `At least 1.0 FTE ${who} per 100 clients`,
  ]);

export const CP1_ANCHORS = percentTable([40, 55, 65, 75], [
  'Less than 40% of face-to-face contacts in the community',
  '40 – 54% in the community',
  '55 – 64% in the community',
  '65 – 74% in the community',
  'At least 75% of face-to-face contacts in the community',
]);

/** CP3: face-to-face minutes a week per client (whole minutes). */
export const CP3_ANCHORS: AnchorTable = {
  decimals: 0,
  anchors: [
    a(1, null, 14, 'Less than 15 minutes a week of face-to-face contact per client'),
    a(2, 15, 49, '15 – 49 minutes a week'),
    a(3, 50, 84, '50 – 84 minutes a week'),
    a(4, 85, 119, '85 – 119 minutes a week'),
    a(5, 120, null, '2 hours a week or more of face-to-face contact per client'),
  ],
};

/** CP4: face-to-face contacts a week per client (one decimal). */
export const CP4_ANCHORS: AnchorTable = {
  decimals: 1,
  anchors: [
    a(1, null, 0.5, '0.5 face-to-face contacts a week per client or fewer'),
    a(2, 0.6, 1.3, '0.6 – 1.3 contacts a week'),
    a(3, 1.4, 2.1, '1.4 – 2.1 contacts a week'),
    a(4, 2.2, 2.9, '2.2 – 2.9 contacts a week'),
    a(5, 3.0, null, '3 or more face-to-face contacts a week per client'),
  ],
};

/** CP5: the scale writes "less than 25%" then "26% – 50%"; 25% itself goes to the 2. */
export const CP5_ANCHORS = percentTable([25, 51, 76, 90], [
  'For less than 25% of clients the natural supports are contacted at least monthly',
  '25 – 50% of clients',
  '51 – 75% of clients',
  '76 – 89% of clients',
  'For at least 90% of clients the natural supports are contacted at least monthly',
]);

/**
 * Items the scale rates by how many functions are performed: the board sees one or two of
 * them (attendance, monthly visits, the rota). It gives the highest rating the team can
 * still earn if a reviewer finds every other function fully performed.
 */
export type FunctionState = 'full' | 'partial' | 'absent';

/** CT5 (6 functions), ST3 and ST6 (4): rated by the number of functions performed. */
export function ratingForFunctionCount(performed: number, total: 4 | 6): Rating {
  const r = total === 6 ? performed - 1 : performed + 1;
  return Math.max(1, Math.min(5, r)) as Rating;
}

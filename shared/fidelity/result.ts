/** What every fidelity item gives: its figure, rating and anchor, and the records behind it. */
import { type AnchorTable, type Rating, anchorFor } from './anchors';

export const FIDELITY_ITEMS = [
  'OS1', 'OS2', 'OS3', 'OS5', 'OS8', 'OS10', 'OS11',
  'CT3', 'CT4', 'CT5', 'CT6',
  'ST1', 'ST3', 'ST4', 'ST6', 'ST7',
  'CP1', 'CP3', 'CP4', 'CP5', 'CP6',
] as const;
export type FidelityItemId = (typeof FIDELITY_ITEMS)[number];

export interface ItemResult {
  id: FidelityItemId;
  /** The figure rated (a ratio, a percent, FTE, minutes…); null when the period has nothing to count. */
  figure: number | null;
  /** The figure in words: "11.2 clients per staff member". */
  figureText: string;
  rating: Rating | null;
  /** The rating is the highest the board's records allow: a reviewer judges the item's other functions. */
  ceiling: boolean;
  /** The anchor the figure falls in (the scale's words), or why there is no rating. */
  anchor: string;
  /** What was counted: "42 of 80 clients". */
  basis: string;
}

/** One record behind an item; the service puts the client's name (as the caller may see it) beside it. */
export interface DrillRow {
  clientId: number | null;
  cells: (string | number)[];
  /** This record pulls the figure down (a client seen by fewer than 3 staff, a week short of the target). */
  short: boolean;
}

export interface ItemRecords {
  columns: string[];
  rows: DrillRow[];
}

/** A measured item's result from its figure and anchor table. */
export function rated(id: FidelityItemId, table: AnchorTable, figure: number | null, figureText: string, basis: string, none = 'Nothing to count in this period'): ItemResult {
  if (figure === null || !Number.isFinite(figure)) return { id, figure: null, figureText: '—', rating: null, ceiling: false, anchor: none, basis };
  const anchor = anchorFor(table, figure);
  return { id, figure, figureText, rating: anchor.rating, ceiling: false, anchor: anchor.text, basis };
}

export const pct = (part: number, whole: number): number | null => (whole === 0 ? null : (100 * part) / whole);
export const pctText = (p: number | null): string => (p === null ? '—' : `${Math.round(p)}%`);

/** "1 admission", "3 admissions". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

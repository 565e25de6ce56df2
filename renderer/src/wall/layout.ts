/**
 * How the day fits on the wall screen: pure arithmetic, no DOM, so every rule is tested.
 *
 * Sizes are CSS pixels of a 1080-pixel-high screen, multiplied by `scale` (the screen's
 * height / 1080): a 4K wall shows the same layout twice as large. Cards have a fixed
 * height per detail level, so the layout knows exactly how many fit in a column:
 *
 * - `full`: time range and warning, client, then outcome, away status, intervention and place;
 * - `compact`: start time and flags on one line, client below;
 * - `minimal`: start time and client on one line.
 *
 * A column longer than the screen continues in the next column ("continued 2 of 2"). The
 * fullest level at which all the columns then fit across one screen is chosen; when even
 * `minimal` does not fit, the columns are split into pages that the wall shows in turn
 * (never a scroll bar).
 */

export const DETAIL_LEVELS = ['full', 'compact', 'minimal'] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];

/** Base sizes at 1080 px high (CSS px). Every text on a card is at least 20 px. */
export const WALL_METRICS = {
  /** The wall's own top line: team, date, "Updated HH:MM", page. */
  headerHeight: 72,
  pagePadding: 8,
  columnGap: 8,
  /** Staff name (26 px) and shift (20 px). */
  columnHeaderHeight: 68,
  cardGap: 6,
  cardHeight: { full: 104, compact: 72, minimal: 44 } satisfies Record<DetailLevel, number>,
  /** Narrow enough for ten columns at 1920 px; wide enough for "10:30–11:00" at 20 px. */
  minColumnWidth: 180,
  /** The smallest text on a card, and the client's name at each level. */
  detailFontPx: 20,
  nameFontPx: { full: 28, compact: 26, minimal: 24 } satisfies Record<DetailLevel, number>,
} as const;

export interface WallColumnInput {
  /** 'unassigned' or a staff id. */
  key: string;
  cards: number;
}

/** One column on a page: the cards `from` (inclusive) to `to` (exclusive) of column `key`. */
export interface WallColumnSlice {
  key: string;
  from: number;
  to: number;
  /** 1-based part of a column split because it is too long; `of` > 1 then. */
  part: number;
  of: number;
}

export interface WallLayout {
  scale: number;
  level: DetailLevel;
  /** Card height and column width in CSS px, already scaled. */
  cardHeight: number;
  columnWidth: number;
  /** Cards that fit in one column at this level. */
  cardsPerColumn: number;
  /** Columns across one page. */
  columnsPerPage: number;
  pages: WallColumnSlice[][];
}

export interface WallLayoutInput {
  width: number;
  height: number;
  columns: readonly WallColumnInput[];
}

/** The screen's height against 1080 px, never below 1 (a smaller window keeps the minimum sizes). */
export function wallScale(height: number): number {
  return Math.max(1, height / 1080);
}

/** Cards of one level that fit in a column of this screen. */
export function cardsThatFit(height: number, level: DetailLevel, scale = wallScale(height)): number {
  const m = WALL_METRICS;
  const room = height - (m.headerHeight + 2 * m.pagePadding + m.columnHeaderHeight) * scale;
  return Math.max(1, Math.floor((room + m.cardGap * scale) / ((m.cardHeight[level] + m.cardGap) * scale)));
}

/** Columns of the minimum width that fit across the screen. */
export function columnsThatFit(width: number, scale: number): number {
  const m = WALL_METRICS;
  const room = width - 2 * m.pagePadding * scale;
  return Math.max(1, Math.floor((room + m.columnGap * scale) / ((m.minColumnWidth + m.columnGap) * scale)));
}

/** Splits `total` items into `parts` runs as even as possible, the longer ones first. */
function evenRuns(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** Each column cut into runs of at most `perColumn` cards. */
function sliceColumns(columns: readonly WallColumnInput[], perColumn: number): WallColumnSlice[] {
  return columns.flatMap((c) => {
    const of = Math.max(1, Math.ceil(c.cards / perColumn));
    let from = 0;
    return evenRuns(c.cards, of).map((n, i) => {
      const slice = { key: c.key, from, to: from + n, part: i + 1, of };
      from += n;
      return slice;
    });
  });
}

export function wallLayout({ width, height, columns }: WallLayoutInput): WallLayout {
  const scale = wallScale(height);
  const across = columnsThatFit(width, scale);
  // The fullest level at which every column (a long one continued beside itself) fits on one
  // screen; when none does, paging is coming anyway: minimal cards, the fewest pages.
  const level = DETAIL_LEVELS.find((l) => sliceColumns(columns, cardsThatFit(height, l, scale)).length <= across) ?? 'minimal';
  const perColumn = cardsThatFit(height, level, scale);
  const slices = sliceColumns(columns, perColumn);

  const pageCount = Math.max(1, Math.ceil(slices.length / across));
  let start = 0;
  const pages = evenRuns(slices.length, pageCount).map((n) => {
    const page = slices.slice(start, start + n);
    start += n;
    return page;
  });
  const columnsPerPage = Math.max(1, ...pages.map((p) => p.length));
  const m = WALL_METRICS;
  const columnWidth = Math.floor((width - 2 * m.pagePadding * scale - (columnsPerPage - 1) * m.columnGap * scale) / columnsPerPage);
  return { scale, level, cardHeight: m.cardHeight[level] * scale, columnWidth, cardsPerColumn: perColumn, columnsPerPage, pages };
}

/** The page to show `elapsedMs` after paging began, each page shown for `pageSeconds`. */
export function pageAt(elapsedMs: number, pageCount: number, pageSeconds: number): number {
  if (pageCount <= 1) return 0;
  return Math.floor(Math.max(0, elapsedMs) / (Math.max(1, pageSeconds) * 1000)) % pageCount;
}

/** A staff member as a column heading: "Dana W." (a title such as "Dr." dropped); the full name in the label. */
export function shortStaffName(name: string): string {
  const words = name.split(/\s+/).filter((w) => w && !/^(dr|mr|mrs|ms|mx)\.?$/i.test(w));
  if (words.length < 2) return words[0] ?? name;
  return `${words[0]} ${words.at(-1)!.charAt(0)}.`;
}

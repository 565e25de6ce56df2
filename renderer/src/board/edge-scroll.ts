/** The board's own sideways edge zone, as a share of its width, and the fastest step per frame (px). */
const EDGE_SHARE = 0.03;
const MAX_STEP = 12;

/**
 * Pixels to scroll the board this frame: back at its left edge, on at its right, 0 elsewhere
 * (drag-pointer.ts, each frame of a drag). Measured each frame: dnd-kit's auto-scroll judged the
 * board's edges from a stale rectangle (the pinned Unassigned list's) from the second drag on, the
 * board slid as a card left Unassigned, and the drop landed a column off. So dnd-kit scrolls only
 * the card lists.
 */
export function edgeStep(board: { left: number; right: number; width: number }, x: number): number {
  const zone = board.width * EDGE_SHARE;
  if (x >= board.right - zone) return Math.ceil(MAX_STEP * Math.min(1, (x - (board.right - zone)) / zone));
  if (x <= board.left + zone) return -Math.ceil(MAX_STEP * Math.min(1, (board.left + zone - x) / zone));
  return 0;
}

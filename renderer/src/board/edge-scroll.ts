import { type RefObject, useEffect } from 'react';

/** The board's own sideways edge zone, as a share of its width, and the fastest step per frame (px). */
const EDGE_SHARE = 0.03;
const MAX_STEP = 12;

/** Pixels to scroll the board this frame: back at its left edge, on at its right, 0 elsewhere. */
export function edgeStep(board: { left: number; right: number; width: number }, x: number): number {
  const zone = board.width * EDGE_SHARE;
  if (x >= board.right - zone) return Math.ceil(MAX_STEP * Math.min(1, (x - (board.right - zone)) / zone));
  if (x <= board.left + zone) return -Math.ceil(MAX_STEP * Math.min(1, (board.left + zone - x) / zone));
  return 0;
}

/**
 * While a drag is on, scrolls the board sideways when the pointer rests at the board's own left
 * or right edge, measured each frame. dnd-kit's auto-scroll judged the board's edges from a stale
 * rectangle (the pinned Unassigned list's) from the second drag on: the board slid as a card left
 * Unassigned, and the drop landed a column off. So dnd-kit scrolls only the card lists.
 */
export function useBoardEdgeScroll(dragging: boolean, pointer: RefObject<{ x: number; y: number } | null>): void {
  useEffect(() => {
    if (!dragging) return;
    let frame = requestAnimationFrame(function step() {
      const board = document.getElementById('board-columns');
      const p = pointer.current;
      if (board && p) {
        const r = board.getBoundingClientRect();
        if (p.y >= r.top && p.y <= r.bottom) board.scrollLeft += edgeStep(r, p.x);
      }
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [dragging, pointer]);
}

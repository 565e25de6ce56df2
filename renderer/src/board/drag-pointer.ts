import { type RefObject, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { dragState, dropTargetOf, elementAt, setDropTarget, subscribeToDrag } from './drag-target';
import { afterNextPaint } from './after-paint';
import { edgeStep } from './edge-scroll';

export interface Point {
  x: number;
  y: number;
}

const POINTER_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'touchmove'] as const;
/** On the page's root while a card is dragged by mouse or finger (styles.css). */
const GRABBING = 'grabbing';

/**
 * Follows the mouse or finger while the board is shown (so that a quick drop goes where it was
 * let go; dnd-kit's own figure of it is off by as much as the board has scrolled). Returns where
 * it is, and `aim` (`aimIfMoved`: only if it moved since): during a drag by mouse or finger, makes what is under it the drop's target
 * (dnd-kit calls onDragMove at each move and each scroll of the lists or the board), and keeps
 * the list of cards under it, the only one dnd-kit may scroll. Also scrolls the board sideways,
 * once a frame, while it rests at the board's own left or right edge.
 */
export function useDragPointer(listUnderPointer: RefObject<Element | null>): { pointer: RefObject<Point | null>; aim: () => void; aimIfMoved: () => void } {
  const pointer = useRef<Point | null>(null);
  useEffect(() => {
    const follow = (e: PointerEvent | TouchEvent) => {
      const at = 'touches' in e ? e.touches[0] : e;
      if (at) pointer.current = { x: at.clientX, y: at.clientY };
    };
    for (const type of POINTER_EVENTS) window.addEventListener(type, follow, { capture: true, passive: true });
    return () => {
      for (const type of POINTER_EVENTS) window.removeEventListener(type, follow, { capture: true });
    };
  }, []);

  // Where the target was last found (dnd-kit calls onDragMove after each scroll too, so it is
  // current for as long as the pointer stays there): a drop where the pointer rested needs no new look.
  const aimedAt = useRef<Point | null>(null);
  const aim = useCallback(() => {
    const p = pointer.current;
    if (!p || !dragState().byPointer) return;
    aimedAt.current = p;
    const under = elementAt(p.x, p.y);
    setDropTarget(dropTargetOf(under));
    listUnderPointer.current = under?.closest('.column-cards') ?? null;
  }, [listUnderPointer]);
  const aimIfMoved = useCallback(() => {
    if (pointer.current !== aimedAt.current) aim();
  }, [aim]);

  const dragging = useSyncExternalStore(subscribeToDrag, () => dragState().byPointer);
  useEffect(() => {
    if (!dragging) return;
    // The lifted card takes no pointer events (elementAt looks through it): the grabbing hand is
    // the page's while the drag lasts. It goes after the drop's frame, whose work it would add to.
    document.documentElement.classList.add(GRABBING);
    let frame = requestAnimationFrame(function step() {
      const p = pointer.current;
      const board = document.getElementById('board-columns');
      if (p && board) {
        const r = board.getBoundingClientRect();
        if (p.y >= r.top && p.y <= r.bottom) board.scrollLeft += edgeStep(r, p.x);
      }
      frame = requestAnimationFrame(step);
    });
    return () => {
      cancelAnimationFrame(frame);
      void afterNextPaint().then(() => {
        if (!dragState().byPointer) document.documentElement.classList.remove(GRABBING);
      });
    };
  }, [dragging]);
  return { pointer, aim, aimIfMoved };
}

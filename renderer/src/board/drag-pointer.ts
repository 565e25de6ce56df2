import { type RefObject, useEffect, useRef, useSyncExternalStore } from 'react';
import { dragState, dropTargetOf, elementAt, setDropTarget, subscribeToDrag } from './drag-target';
import { edgeStep } from './edge-scroll';

export interface Point {
  x: number;
  y: number;
}

const POINTER_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'touchmove'] as const;

/** Makes what is under the pointer the drop's target, during a drag by mouse or finger. */
const aimAt = (p: Point) => {
  if (dragState().byPointer) setDropTarget(dropTargetOf(elementAt(p.x, p.y)));
};

/**
 * Follows the mouse or finger while the board is shown (so that a quick drop goes where it was
 * let go) and returns where it is. During a drag by mouse or finger: at each move, and once a
 * frame (a list can scroll under a still pointer), makes what is under it the drop's target;
 * keeps the list of cards under it (the only one dnd-kit may scroll); and scrolls the board
 * sideways when it rests at the board's own left or right edge.
 */
export function useDragPointer(listUnderPointer: RefObject<Element | null>): RefObject<Point | null> {
  const pointer = useRef<Point | null>(null);
  useEffect(() => {
    const follow = (e: PointerEvent | TouchEvent) => {
      const at = 'touches' in e ? e.touches[0] : e;
      if (!at) return;
      pointer.current = { x: at.clientX, y: at.clientY };
      aimAt(pointer.current);
    };
    for (const type of POINTER_EVENTS) window.addEventListener(type, follow, { capture: true, passive: true });
    return () => {
      for (const type of POINTER_EVENTS) window.removeEventListener(type, follow, { capture: true });
    };
  }, []);

  const dragging = useSyncExternalStore(subscribeToDrag, () => dragState().byPointer);
  useEffect(() => {
    if (!dragging) return;
    let frame = requestAnimationFrame(function step() {
      const p = pointer.current;
      if (p) {
        const under = elementAt(p.x, p.y);
        setDropTarget(dropTargetOf(under));
        listUnderPointer.current = under?.closest('.column-cards') ?? null;
        const board = document.getElementById('board-columns');
        if (board) {
          const r = board.getBoundingClientRect();
          if (p.y >= r.top && p.y <= r.bottom) board.scrollLeft += edgeStep(r, p.x);
        }
      }
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [dragging, listUnderPointer]);
  return pointer;
}

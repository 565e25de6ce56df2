import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { type DropTarget, dragState, setDropTarget, slots } from './drag-target';

interface Point {
  x: number;
  y: number;
}
interface Slot extends Point, DropTarget {
  /** Which column the slot is in: `gap:<column>:<index>`. */
  column: string;
  node: HTMLElement;
}

export const ARROW_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

const centre = (r: { left: number; top: number; width: number; height: number }): Point => ({
  x: r.left + r.width / 2,
  y: r.top + r.height / 2,
});

/**
 * Where a keyboard pick-up of a client from the side list, or of a team activity, starts: the
 * slot nearest to it (a contact's card starts from its own slot instead).
 */
export function nearestSlot(rect: { left: number; top: number; width: number; height: number }): DropTarget | null {
  const from = centre(rect);
  let best: { target: DropTarget; distance: number } | null = null;
  for (const [id, { node, data }] of slots) {
    const at = centre(node.getBoundingClientRect());
    const distance = Math.hypot(at.x - from.x, at.y - from.y);
    if (!best || distance < best.distance) best = { target: { id, data }, distance };
  }
  return best?.target ?? null;
}

/**
 * Arrow keys move a picked-up card between drop slots: up and down to the slot
 * above or below in the same column, left and right to the nearest slot in the
 * next column. dnd-kit's default moves a fixed number of pixels instead.
 *
 * Positions are read live and columns are taken in the board's order, not by x:
 * the board scrolls under a keyboard drag (and Unassigned stays pinned at the left),
 * so dnd-kit's measures from the start of the drag skipped or repeated columns.
 * The chosen slot is the drop's target (drag-target.ts) at once: a quick Space can come
 * before dnd-kit has caught up with the last arrow key.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect } = context;
  if (!collisionRect || !ARROW_KEYS.includes(event.code)) return undefined;
  event.preventDefault();
  const all = [...slots].map(([id, { node, data }]): Slot => ({ ...centre(node.getBoundingClientRect()), id, data, column: id.split(':')[1]!, node }));
  all.sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (all.length === 0) return undefined;

  const fromId = dragState().target?.id;
  const from = all.find((s) => s.id === fromId);
  const here: Point = from ?? centre(collisionRect);
  const columns = [...new Set(all.map((s) => s.column))];
  const current = from?.column ?? all.reduce((best, s) => (Math.abs(s.x - here.x) < Math.abs(best.x - here.x) ? s : best)).column;
  const inColumn = (column: string | undefined) => all.filter((s) => s.column === column);
  const nearestY = (list: Slot[]) =>
    list.reduce<Slot | undefined>((best, s) => (!best || Math.abs(s.y - here.y) < Math.abs(best.y - here.y) ? s : best), undefined);

  let target: Slot | undefined;
  if (event.code === 'ArrowDown' || event.code === 'ArrowUp') {
    const down = event.code === 'ArrowDown';
    target = nearestY(inColumn(current).filter((s) => (down ? s.y > here.y + 1 : s.y < here.y - 1)));
  } else {
    target = nearestY(inColumn(columns[columns.indexOf(current) + (event.code === 'ArrowRight' ? 1 : -1)]));
  }
  if (!target) return currentCoordinates;
  setDropTarget({ id: target.id, data: target.data });
  return { x: currentCoordinates.x + target.x - here.x, y: currentCoordinates.y + target.y - here.y };
};

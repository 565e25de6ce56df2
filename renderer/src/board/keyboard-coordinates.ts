import type { DroppableContainer, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { type DropData, chooseKeyboardSlot, isGapId, keyboardSlotOf } from './drop-targets';

interface Point {
  x: number;
  y: number;
}
interface Slot extends Point {
  id: UniqueIdentifier;
  /** Which column the slot is in: `gap:<column>:<index>`. */
  column: string;
  node: HTMLElement;
  data: DropData;
}

const centre = (r: { left: number; top: number; width: number; height: number }): Point => ({
  x: r.left + r.width / 2,
  y: r.top + r.height / 2,
});

/**
 * Arrow keys move a picked-up card between drop slots: up and down to the slot
 * above or below in the same column, left and right to the nearest slot in the
 * next column. dnd-kit's default moves a fixed number of pixels instead.
 *
 * Positions are read live and columns are taken in the board's order, not by x:
 * the board scrolls under a keyboard drag (and Unassigned stays pinned at the left),
 * so dnd-kit's measures from the start of the drag skipped or repeated columns.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
  const { collisionRect, droppableContainers, over } = context;
  if (!collisionRect || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.code)) return undefined;
  event.preventDefault();
  const slots = droppableContainers
    .getEnabled()
    .filter((c: DroppableContainer) => isGapId(c.id))
    .flatMap((c): Slot[] => {
      const node = c.node.current;
      const data = c.data.current as DropData | undefined;
      return node && data ? [{ ...centre(node.getBoundingClientRect()), id: c.id, column: String(c.id).split(':')[1]!, node, data }] : [];
    })
    .sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (slots.length === 0) return undefined;

  const fromId = keyboardSlotOf(active) ?? over?.id;
  const from = slots.find((s) => s.id === fromId);
  const here: Point = from ?? centre(collisionRect);
  const columns = [...new Set(slots.map((s) => s.column))];
  const current = from?.column ?? slots.reduce((best, s) => (Math.abs(s.x - here.x) < Math.abs(best.x - here.x) ? s : best)).column;
  const inColumn = (column: string | undefined) => slots.filter((s) => s.column === column);
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
  chooseKeyboardSlot(active, target.id, target.data);
  return { x: currentCoordinates.x + target.x - here.x, y: currentCoordinates.y + target.y - here.y };
};
